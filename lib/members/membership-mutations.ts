import { recordAudit } from "@/lib/audit/record-audit";
import type { WorkspaceContext } from "@/lib/auth/workspace-gate";
import type { Role } from "@/lib/auth/roles";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError, notFoundError } from "@/lib/errors";

const LAST_OWNER = "A workspace needs at least one owner: make someone else owner first";

/** Serialises owner changes per workspace, so two owners cannot demote each other at once. */
async function lockWorkspace(tx: Tx, workspaceId: string) {
  await tx.$queryRaw`SELECT id FROM "Workspace" WHERE id = ${workspaceId} FOR UPDATE`;
}

/** The gate ran before the lock; an owner demoted meanwhile must not finish an owner action. */
async function assertStillOwner(tx: Tx, ctx: WorkspaceContext) {
  const actor = await tx.membership.findFirst({ where: { workspaceId: ctx.workspace.id, userId: ctx.user.id }, select: { role: true } });
  if (!actor) throw notFoundError();
  if (actor.role !== "owner") throw new AppError("FORBIDDEN", `This needs the owner role; you are ${actor.role}`);
}

async function countOwners(tx: Tx, workspaceId: string) {
  return tx.membership.count({ where: { workspaceId, role: "owner" } });
}

async function findMembership(tx: Tx, workspaceId: string, membershipId: string) {
  const membership = await tx.membership.findFirst({
    where: { id: membershipId, workspaceId },
    select: { id: true, role: true, userId: true, user: { select: { email: true } } },
  });
  if (!membership) throw notFoundError();
  return membership;
}

export async function changeMemberRole(ctx: WorkspaceContext, input: { membershipId: string; role: Role }) {
  await getDb().$transaction(async (tx) => {
    await lockWorkspace(tx, ctx.workspace.id);
    await assertStillOwner(tx, ctx);
    const membership = await findMembership(tx, ctx.workspace.id, input.membershipId);
    if (membership.role === input.role) return;
    if (membership.role === "owner" && (await countOwners(tx, ctx.workspace.id)) <= 1) {
      throw new AppError("CONFLICT", LAST_OWNER, { role: [LAST_OWNER] });
    }
    await tx.membership.update({ where: { id: membership.id }, data: { role: input.role } });
    await recordAudit(tx, {
      workspaceId: ctx.workspace.id,
      actorId: ctx.user.id,
      action: "membership.role",
      entityType: "Membership",
      entityId: membership.id,
      before: { email: membership.user.email, role: membership.role },
      after: { email: membership.user.email, role: input.role },
    });
  });
}

async function deleteMembership(ctx: WorkspaceContext, membershipId: string, action: string) {
  await getDb().$transaction(async (tx) => {
    await lockWorkspace(tx, ctx.workspace.id);
    if (action !== "membership.leave") await assertStillOwner(tx, ctx);
    const membership = await findMembership(tx, ctx.workspace.id, membershipId);
    if (membership.role === "owner" && (await countOwners(tx, ctx.workspace.id)) <= 1) {
      throw new AppError("CONFLICT", LAST_OWNER);
    }
    await tx.membership.delete({ where: { id: membership.id } });
    await recordAudit(tx, {
      workspaceId: ctx.workspace.id,
      actorId: ctx.user.id,
      action,
      entityType: "Membership",
      entityId: membership.id,
      before: { email: membership.user.email, role: membership.role },
    });
  });
}

export const removeMember = (ctx: WorkspaceContext, membershipId: string) =>
  deleteMembership(ctx, membershipId, "membership.remove");

export async function leaveWorkspace(ctx: WorkspaceContext) {
  const own = await getDb().membership.findFirst({
    where: { workspaceId: ctx.workspace.id, userId: ctx.user.id },
    select: { id: true },
  });
  if (!own) throw notFoundError();
  await deleteMembership(ctx, own.id, "membership.leave");
}
