import type { WorkspaceContext } from "@/lib/auth/workspace-gate";
import type { SessionUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db/client";
import { invalidInput, isUniqueViolation } from "@/lib/errors";
import { markWorkspaceFiguresStale } from "@/lib/portfolio/refresh";
import type { DiscountRateInput } from "./discount-rate";
import type { WorkspaceInput } from "./schemas";
import { workspaceAddress } from "./workspace-address";

/** Tries with a fresh random ending this many times; 36^5 endings make a second try already rare. */
const ADDRESS_ATTEMPTS = 5;

/**
 * Creates a workspace with the user as owner, at the requested slug plus a random ending
 * (see workspace-address): the answer is the same whether or not the slug is used by a
 * workspace the user cannot see. A clash of the full address just draws a new ending.
 */
export async function createWorkspace(
  user: SessionUser,
  input: WorkspaceInput,
  address: (requested: string) => string = workspaceAddress,
) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await insertWorkspace(user, { ...input, slug: address(input.slug) });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= ADDRESS_ATTEMPTS) throw error;
    }
  }
}

async function insertWorkspace(user: SessionUser, data: WorkspaceInput) {
  return getDb().$transaction(async (tx) => {
    const workspace = await tx.workspace.create({ data });
    await tx.membership.create({ data: { workspaceId: workspace.id, userId: user.id, role: "owner" } });
    await recordAudit(tx, {
      workspaceId: workspace.id,
      actorId: user.id,
      action: "workspace.create",
      entityType: "Workspace",
      entityId: workspace.id,
      after: workspace,
    });
    return { slug: workspace.slug };
  });
}

export async function updateWorkspaceSettings(
  ctx: WorkspaceContext,
  input: { name: string; currency: string; locale: string },
) {
  return getDb().$transaction(async (tx) => {
    const before = await tx.workspace.findUniqueOrThrow({ where: { id: ctx.workspace.id } });
    const after = await tx.workspace.update({ where: { id: ctx.workspace.id }, data: input });
    await recordAudit(tx, {
      workspaceId: ctx.workspace.id,
      actorId: ctx.user.id,
      action: "workspace.update",
      entityType: "Workspace",
      entityId: after.id,
      before,
      after,
    });
    return { slug: after.slug };
  });
}

/**
 * The owner's default annual discount rate (null: the engine's 8%). Every stored evaluation
 * used the old rate, so each is marked stale in the same transaction and evaluated again on
 * its next read.
 */
export async function updateDiscountRate(ctx: WorkspaceContext, input: DiscountRateInput) {
  await getDb().$transaction(async (tx) => {
    const before = await tx.workspace.findUniqueOrThrow({ where: { id: ctx.workspace.id }, select: { discountRatePct: true } });
    const after = await tx.workspace.update({
      where: { id: ctx.workspace.id },
      data: { discountRatePct: input.discountRatePct },
      select: { discountRatePct: true },
    });
    await markWorkspaceFiguresStale(tx, ctx.workspace.id);
    await recordAudit(tx, {
      workspaceId: ctx.workspace.id,
      actorId: ctx.user.id,
      action: "workspace.discount-rate",
      entityType: "Workspace",
      entityId: ctx.workspace.id,
      before: { discountRatePct: before.discountRatePct?.toString() ?? null },
      after: { discountRatePct: after.discountRatePct?.toString() ?? null },
    });
  });
}

export async function deleteWorkspace(ctx: WorkspaceContext, confirmSlug: string) {
  if (confirmSlug !== ctx.workspace.slug) throw invalidInput("confirmSlug", "Type the workspace's slug to confirm");
  await getDb().$transaction(async (tx) => {
    // The audit trail of a deleted workspace is kept outside it (workspaceId null).
    await recordAudit(tx, {
      workspaceId: null,
      actorId: ctx.user.id,
      action: "workspace.delete",
      entityType: "Workspace",
      entityId: ctx.workspace.id,
      before: ctx.workspace,
    });
    await tx.workspace.delete({ where: { id: ctx.workspace.id } });
  });
}
