import type { Db } from "@/lib/db/client";

const DAY_MS = 24 * 3_600_000;

/**
 * Removes what can no longer matter: throttle rows untouched for a day (every window is
 * shorter), sessions ended or expired over a week ago, and sign-up requests and reset
 * links past their expiry by a day. Run by the daily job.
 */
export async function pruneAuthRecords(db: Db, now: Date) {
  const dayAgo = new Date(now.getTime() - DAY_MS);
  const weekAgo = new Date(now.getTime() - 7 * DAY_MS);
  const [throttles, sessions, signUps, resets] = await db.$transaction([
    db.authThrottle.deleteMany({ where: { updatedAt: { lt: dayAgo } } }),
    db.authSession.deleteMany({ where: { OR: [{ expiresAt: { lt: weekAgo } }, { revokedAt: { lt: weekAgo } }] } }),
    db.signUpRequest.deleteMany({ where: { expiresAt: { lt: dayAgo } } }),
    db.passwordResetToken.deleteMany({ where: { expiresAt: { lt: dayAgo } } }),
  ]);
  return { throttles: throttles.count, sessions: sessions.count, signUps: signUps.count, resets: resets.count };
}
