import { recordAudit } from "@/lib/audit/record-audit";
import { revokeAllAuthSessions } from "@/lib/auth/auth-sessions";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { hashPassword } from "@/lib/auth/password";
import { consumeThrottles } from "@/lib/auth/throttle";
import { createToken, hashToken } from "@/lib/auth/tokens";
import { getDb } from "@/lib/db/client";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { appUrl, sendMail } from "@/lib/email/send-mail";
import { accountExistsMail, passwordResetMail, passwordResetNoAccountMail, signUpConfirmMail } from "@/lib/email/templates";
import { ACCOUNT_MAIL_LIMITS, throttledMessage } from "./limits";

const RESET_TOKEN_MINUTES = 60;
const SIGN_UP_TOKEN_HOURS = 24;

/** Who asks: their IP (throttling), the language of their page (mails to unknown addresses). */
type Requester = { ip: string | null; now?: Date; locale?: string | null };

async function throttleAccountMail(kind: "reset" | "sign-up", email: string, requester: Requester, now: Date) {
  const checks = [
    { key: `${kind}-email:${email}`, rule: ACCOUNT_MAIL_LIMITS.perAddress },
    ...(requester.ip ? [{ key: `${kind}-ip:${requester.ip}`, rule: ACCOUNT_MAIL_LIMITS.perIp }] : []),
  ];
  const result = await consumeThrottles(getDb(), checks, now);
  if (!result.allowed) throw new AppError("RATE_LIMITED", throttledMessage(result.retryAfterMinutes));
}

/**
 * Starts a sign-up: the account is created only from the link mailed to the address.
 * The answer, the work done and the time taken are the same whether or not an account
 * already exists (the owner of an existing address gets a "you already have an
 * account" mail instead), so sign-up cannot be used to find out who has an account.
 */
export async function requestSignUp(
  input: { name: string; email: string; password: string; callbackUrl?: string | null },
  options: Requester = { ip: null },
) {
  const now = options.now ?? new Date();
  await throttleAccountMail("sign-up", input.email, options, now);
  const passwordHash = await hashPassword(input.password);
  const existing = await getDb().user.findUnique({ where: { email: input.email }, select: { locale: true } });
  const { token, tokenHash } = createToken();
  const callbackUrl = input.callbackUrl ? safeCallbackUrl(input.callbackUrl) : null;
  // Stored either way (same work); a request for an existing address can never complete.
  await getDb().signUpRequest.create({
    data: {
      email: input.email,
      name: input.name,
      passwordHash,
      locale: options.locale ?? null,
      callbackUrl,
      tokenHash,
      expiresAt: new Date(now.getTime() + SIGN_UP_TOKEN_HOURS * 3_600_000),
      createdAt: now,
    },
  });
  const mail = existing
    ? accountExistsMail({ to: input.email, signInLink: `${appUrl()}/sign-in`, resetLink: `${appUrl()}/reset`, locale: existing.locale ?? options.locale ?? null })
    : signUpConfirmMail({ to: input.email, link: `${appUrl()}/sign-up/confirm/${token}`, locale: options.locale ?? null });
  await sendMail(mail);
  return { email: input.email };
}

const invalidSignUpLink = () =>
  new AppError("INVALID_INPUT", "This confirmation link is invalid or has expired; sign up again", {
    token: ["This confirmation link is invalid or has expired"],
  });

/** Finishes a sign-up from its mailed link: creates the account once. */
export async function confirmSignUp(input: { token: string }, now = new Date()) {
  const db = getDb();
  const request = await db.signUpRequest.findUnique({
    where: { tokenHash: hashToken(input.token) },
    select: { id: true, email: true, name: true, locale: true, callbackUrl: true, expiresAt: true, usedAt: true, passwordHash: true },
  });
  if (!request || request.usedAt || request.expiresAt <= now) throw invalidSignUpLink();
  try {
    return await db.$transaction(async (tx) => {
      const claimed = await tx.signUpRequest.updateMany({ where: { id: request.id, usedAt: null }, data: { usedAt: now } });
      if (claimed.count !== 1) throw invalidSignUpLink();
      const user = await tx.user.create({
        data: { name: request.name, email: request.email, passwordHash: request.passwordHash, locale: request.locale },
        select: { id: true, email: true, name: true },
      });
      // Other pending sign-ups for this address can no longer complete.
      await tx.signUpRequest.updateMany({ where: { email: request.email, usedAt: null }, data: { usedAt: now } });
      await recordAudit(tx, { workspaceId: null, actorId: user.id, action: "user.sign-up", entityType: "User", entityId: user.id, after: user });
      return { email: user.email, callbackUrl: request.callbackUrl ?? "/workspaces" };
    });
  } catch (error) {
    // The address got an account after this sign-up was requested.
    if (isUniqueViolation(error)) throw invalidSignUpLink();
    throw error;
  }
}

/**
 * Always answers alike: an unknown address gets a "no account here" mail instead of a
 * link, so the answer and its timing say nothing about which accounts exist. Issuing a
 * link withdraws every older unused link of that user.
 */
export async function requestPasswordReset(email: string, requester: Requester = { ip: null }) {
  const now = requester.now ?? new Date();
  await throttleAccountMail("reset", email, requester, now);
  const user = await getDb().user.findUnique({ where: { email }, select: { id: true, locale: true } });
  if (!user) {
    await sendMail(passwordResetNoAccountMail({ to: email, signUpLink: `${appUrl()}/sign-up`, locale: requester.locale ?? null }));
    return;
  }
  const { token, tokenHash } = createToken();
  await getDb().$transaction([
    getDb().passwordResetToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } }),
    getDb().passwordResetToken.create({
      data: { userId: user.id, tokenHash, createdAt: now, expiresAt: new Date(now.getTime() + RESET_TOKEN_MINUTES * 60_000) },
    }),
  ]);
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
    // Using one link withdraws all others of this user.
    await tx.passwordResetToken.updateMany({ where: { userId: record.userId, usedAt: null }, data: { usedAt: now } });
    // Bumping the session version and revoking the sessions signs out every browser.
    const user = await tx.user.update({
      where: { id: record.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { id: true, email: true },
    });
    await revokeAllAuthSessions(tx, user.id, now);
    await recordAudit(tx, { workspaceId: null, actorId: user.id, action: "user.password-reset", entityType: "User", entityId: user.id });
    return { email: user.email };
  });
}

export async function setUserLocale(userId: string, locale: string) {
  await getDb().user.update({ where: { id: userId }, data: { locale } });
}

/** The currency the user's consultant overview is shown in (validated by overviewCurrencyInput). */
export async function setUserOverviewCurrency(userId: string, currency: string) {
  await getDb().user.update({ where: { id: userId }, data: { overviewCurrency: currency } });
}
