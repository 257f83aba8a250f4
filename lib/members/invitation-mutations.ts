import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { createToken, hashToken } from "@/lib/auth/tokens";
import type { WorkspaceContext } from "@/lib/auth/workspace-gate";
import type { Role } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { AppError, conflictError, notFoundError } from "@/lib/errors";
import { appUrl, sendMail } from "@/lib/email/send-mail";
import { invitationMail } from "@/lib/email/templates";
import { INVITATION_DAYS } from "./schemas";

export async function inviteMember(ctx: WorkspaceContext, input: { email: string; role: Role }, now = new Date()) {
  const { token, tokenHash } = createToken();
  const invitation = await getDb().$transaction(async (tx) => {
    const existing = await tx.membership.findFirst({
      where: { workspaceId: ctx.workspace.id, user: { email: input.email } },
      select: { id: true },
    });
    if (existing) throw conflictError("This person is already a member", { email: ["This person is already a member"] });
    // A new invitation to the same address replaces any pending one.
    await tx.invitation.updateMany({
      where: { workspaceId: ctx.workspace.id, email: input.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const created = await tx.invitation.create({
      data: {
        workspaceId: ctx.workspace.id,
        email: input.email,
        role: input.role,
        tokenHash,
        invitedById: ctx.user.id,
        expiresAt: new Date(now.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000),
      },
      select: { id: true, email: true, role: true, expiresAt: true },
    });
    await recordAudit(tx, {
      workspaceId: ctx.workspace.id,
      actorId: ctx.user.id,
      action: "invitation.create",
      entityType: "Invitation",
      entityId: created.id,
      after: created,
    });
    return created;
  });
  await sendMail(
    invitationMail({
      to: input.email,
      inviterName: ctx.user.name,
      workspaceName: ctx.workspace.name,
      role: input.role,
      link: `${appUrl()}/invite/${token}`,
      locale: ctx.workspace.locale,
    }),
  );
  return invitation;
}

export async function revokeInvitation(ctx: WorkspaceContext, invitationId: string, now = new Date()) {
  await getDb().$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({
      where: { id: invitationId, workspaceId: ctx.workspace.id, acceptedAt: null, revokedAt: null },
      select: { id: true, email: true, role: true },
    });
    if (!invitation) throw notFoundError();
    await tx.invitation.update({ where: { id: invitation.id }, data: { revokedAt: now } });
    await recordAudit(tx, {
      workspaceId: ctx.workspace.id,
      actorId: ctx.user.id,
      action: "invitation.revoke",
      entityType: "Invitation",
      entityId: invitation.id,
      before: invitation,
    });
  });
}

type InvitationState = "valid" | "expired" | "used" | "revoked" | "unknown";

/** What the invitation page shows before accepting; reveals nothing for unknown tokens. */
export async function describeInvitation(token: string, now = new Date()) {
  const invitation = await getDb().invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true, workspace: { select: { name: true } } },
  });
  if (!invitation) return { state: "unknown" as InvitationState };
  const state: InvitationState = invitation.acceptedAt
    ? "used"
    : invitation.revokedAt
      ? "revoked"
      : invitation.expiresAt <= now
        ? "expired"
        : "valid";
  return { state, email: invitation.email, role: invitation.role, workspaceName: invitation.workspace.name };
}

export async function acceptInvitation(user: SessionUser, token: string, now = new Date()) {
  return getDb().$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({
      where: { tokenHash: hashToken(token) },
      select: { id: true, email: true, role: true, workspaceId: true, expiresAt: true, acceptedAt: true, revokedAt: true, workspace: { select: { slug: true } } },
    });
    if (!invitation || invitation.revokedAt) throw new AppError("NOT_FOUND", "This invitation link is not valid");
    if (invitation.acceptedAt) throw new AppError("CONFLICT", "This invitation has already been used");
    if (invitation.expiresAt <= now) throw new AppError("CONFLICT", "This invitation has expired; ask for a new one");
    if (invitation.email !== user.email) {
      throw new AppError("FORBIDDEN", `This invitation was sent to ${invitation.email}; sign in with that address to accept it`);
    }
    // Single use: the conditional update fails for a second, concurrent accept.
    const claimed = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null }, data: { acceptedAt: now } });
    if (claimed.count !== 1) throw new AppError("CONFLICT", "This invitation has already been used");
    const membership = await tx.membership.upsert({
      where: { workspaceId_userId: { workspaceId: invitation.workspaceId, userId: user.id } },
      update: {},
      create: { workspaceId: invitation.workspaceId, userId: user.id, role: invitation.role },
    });
    await recordAudit(tx, {
      workspaceId: invitation.workspaceId,
      actorId: user.id,
      action: "invitation.accept",
      entityType: "Membership",
      entityId: membership.id,
      after: membership,
    });
    return { slug: invitation.workspace.slug };
  });
}
