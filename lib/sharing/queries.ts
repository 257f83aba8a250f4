import { hashToken } from "@/lib/auth/tokens";
import { getDb } from "@/lib/db/client";

export async function listShareLinks(workspaceId: string) {
  return getDb().shareLink.findMany({
    where: { workspaceId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      label: true,
      percentOnly: true,
      expiresAt: true,
      revokedAt: true,
      viewCount: true,
      lastViewedAt: true,
      createdByName: true,
      createdAt: true,
      investment: { select: { id: true, name: true } },
    },
  });
}

export type OpenedShareLink =
  | { state: "unknown" | "expired" | "revoked" }
  | {
      state: "valid";
      link: { id: string; percentOnly: boolean; expiresAt: Date; investmentId: string | null; workspace: { id: string; name: string; currency: string; locale: string } };
    };

/**
 * Opens a link for a stakeholder: expired, revoked and unknown links reveal nothing
 * (not even the workspace's name); a valid one counts the view.
 */
export async function openShareLink(token: string, now = new Date()): Promise<OpenedShareLink> {
  if (typeof token !== "string" || token.length < 20 || token.length > 200) return { state: "unknown" };
  const link = await getDb().shareLink.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, percentOnly: true, expiresAt: true, revokedAt: true, investmentId: true, workspace: { select: { id: true, name: true, currency: true, locale: true } } },
  });
  if (!link) return { state: "unknown" };
  if (link.revokedAt) return { state: "revoked" };
  if (link.expiresAt <= now) return { state: "expired" };
  await getDb().shareLink.update({ where: { id: link.id }, data: { viewCount: { increment: 1 }, lastViewedAt: now } });
  return { state: "valid", link };
}
