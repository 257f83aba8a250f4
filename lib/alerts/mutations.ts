import type { WorkspaceContext } from "@/lib/auth/workspace-gate";
import { getDb } from "@/lib/db/client";
import type { AlertMode } from "./modes";
import type { AlertPreferenceInput } from "./schemas";

/**
 * Sets the signed-in member's own leak e-mails for this workspace (any role: it only
 * decides what lands in their own inbox). Nobody can set another member's choice.
 */
export async function setAlertPreference(ctx: WorkspaceContext, input: AlertPreferenceInput): Promise<{ mode: AlertMode }> {
  const key = { workspaceId: ctx.workspace.id, userId: ctx.user.id };
  return getDb().$transaction(async (tx) => {
    const before = await tx.alertPreference.findUnique({ where: { workspaceId_userId: key }, select: { mode: true } });
    // Someone (re)starting the weekly digest gets the last 7 days first, not every leak
    // since a digest they stopped months ago; re-saving "weekly" keeps the running week.
    const restartsDigest = input.mode === "weekly" && before?.mode !== "weekly";
    await tx.alertPreference.upsert({
      where: { workspaceId_userId: key },
      create: { ...key, mode: input.mode },
      update: { mode: input.mode, ...(restartsDigest ? { digestSentUntil: null } : {}) },
    });
    return { mode: input.mode };
  });
}
