import type { WorkspaceContext } from "@/lib/auth/workspace-gate";
import type { SessionUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db/client";
import { conflictError, invalidInput, isUniqueViolation } from "@/lib/errors";
import type { WorkspaceInput } from "./schemas";

export async function createWorkspace(user: SessionUser, input: WorkspaceInput) {
  try {
    return await getDb().$transaction(async (tx) => {
      const workspace = await tx.workspace.create({ data: input });
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
  } catch (error) {
    if (isUniqueViolation(error)) throw conflictError("This slug is already taken", { slug: ["This slug is already taken"] });
    throw error;
  }
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
