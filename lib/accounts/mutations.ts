import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import { createToken, hashToken } from "@/lib/auth/tokens";
import { getDb } from "@/lib/db/client";
import { AppError, conflictError, isUniqueViolation } from "@/lib/errors";
import { appUrl, sendMail } from "@/lib/email/send-mail";
import { passwordResetMail } from "@/lib/email/templates";

const RESET_TOKEN_MINUTES = 60;

export async function signUp(input: { name: string; email: string; password: string }, locale: string | null = null) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await getDb().$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { name: input.name, email: input.email, passwordHash, locale },
        select: { id: true, email: true, name: true },
      });
      await recordAudit(tx, { workspaceId: null, actorId: user.id, action: "user.sign-up", entityType: "User", entityId: user.id, after: user });
      return { email: user.email };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflictError("An account with this e-mail already exists", { email: ["An account with this e-mail already exists"] });
    }
    throw error;
  }
}

/** Always succeeds from the caller's view, so it cannot be used to probe for accounts. */
export async function requestPasswordReset(email: string, now = new Date()) {
  const user = await getDb().user.findUnique({ where: { email }, select: { id: true, locale: true } });
  if (!user) return;
  const { token, tokenHash } = createToken();
  await getDb().passwordResetToken.create({
    data: { userId: user.id, tokenHash, expiresAt: new Date(now.getTime() + RESET_TOKEN_MINUTES * 60_000) },
  });
  await sendMail(passwordResetMail({ to: email, link: `${appUrl()}/reset/${token}`, locale: user.locale }));
}

export async function resetPassword(input: { token: string; password: string }, now = new Date()) {
  const passwordHash = await hashPassword(input.password);
  return getDb().$transaction(async (tx) => {
    const record = await tx.passwordResetToken.findUnique({
      where: { tokenHash: hashToken(input.token) },
      select: { id: true, userId: true, expiresAt: true, usedAt: true },
    });
    if (!record || record.usedAt || record.expiresAt <= now) {
      throw new AppError("INVALID_INPUT", "This reset link is invalid or has expired; ask for a new one", {
        token: ["This reset link is invalid or has expired"],
      });
    }
    const claimed = await tx.passwordResetToken.updateMany({ where: { id: record.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count !== 1) throw new AppError("CONFLICT", "This reset link has already been used");
    // Bumping the session version signs out every existing session of this user.
    const user = await tx.user.update({
      where: { id: record.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { id: true, email: true },
    });
    await recordAudit(tx, { workspaceId: null, actorId: user.id, action: "user.password-reset", entityType: "User", entityId: user.id });
    return { email: user.email };
  });
}

export async function setUserLocale(userId: string, locale: string) {
  await getDb().user.update({ where: { id: userId }, data: { locale } });
}
