import { recordAudit } from "@/lib/audit/record-audit";
import { createToken } from "@/lib/auth/tokens";
import type { WorkspaceContext } from "@/lib/auth/workspace-gate";
import { getDb } from "@/lib/db/client";
import { appUrl } from "@/lib/email/send-mail";
import { invalidInput, notFoundError } from "@/lib/errors";
import { MAX_SHARE_DAYS, type CreateShareLinkInput } from "./schemas";

const DAY = 24 * 60 * 60 * 1000;

/** Creates a read-only link; the token is returned once and only its hash is stored. */
export async function createShareLink(ctx: WorkspaceContext, input: CreateShareLinkInput, now = new Date()) {
  const expiresAt = new Date(`${input.expiresOn}T23:59:59.999Z`);
  if (Number.isNaN(expiresAt.getTime()) || expiresAt <= now) throw invalidInput("expiresOn", "Choose an expiry date in the future");
  if (expiresAt.getTime() - now.getTime() > MAX_SHARE_DAYS * DAY) throw invalidInput("expiresOn", "A link can be valid for at most a year");
  const { token, tokenHash } = createToken();
  return getDb().$transaction(async (tx) => {
    if (input.investmentId) {
      const investment = await tx.investment.findFirst({ where: { id: input.investmentId, workspaceId: ctx.workspace.id }, select: { id: true } });
      if (!investment) throw notFoundError();
    }
    const link = await tx.shareLink.create({
      data: {
        workspaceId: ctx.workspace.id,
        investmentId: input.investmentId || null,
        label: input.label,
        tokenHash,
        percentOnly: input.percentOnly,
        expiresAt,
        createdById: ctx.user.id,
        createdByName: ctx.user.name,
      },
      select: { id: true, investmentId: true, label: true, percentOnly: true, expiresAt: true },
    });
    await recordAudit(tx, { workspaceId: ctx.workspace.id, actorId: ctx.user.id, action: "share-link.create", entityType: "ShareLink", entityId: link.id, after: link });
    return { id: link.id, url: `${appUrl()}/share/${token}` };
  });
}

export async function revokeShareLink(ctx: WorkspaceContext, shareLinkId: string, now = new Date()) {
  await getDb().$transaction(async (tx) => {
    const link = await tx.shareLink.findFirst({ where: { id: shareLinkId, workspaceId: ctx.workspace.id, revokedAt: null }, select: { id: true, label: true } });
    if (!link) throw notFoundError();
    await tx.shareLink.update({ where: { id: link.id }, data: { revokedAt: now } });
    await recordAudit(tx, { workspaceId: ctx.workspace.id, actorId: ctx.user.id, action: "share-link.revoke", entityType: "ShareLink", entityId: link.id, before: link });
  });
}
