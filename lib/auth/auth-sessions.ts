import type { Db, Tx } from "@/lib/db/client";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export type SessionClaims = { uid?: string; sid?: string; sv?: number };

export type SessionUser = { id: string; email: string; name: string; locale: string | null };

/** Opens a server-side session for a sign-in; the cookie carries only its id. */
export async function openAuthSession(db: Db, userId: string, now = new Date()) {
  return db.authSession.create({
    data: { userId, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) },
    select: { id: true },
  });
}

/**
 * The user a session cookie stands for, or null when its session was revoked (sign-out,
 * password change or reset), has expired, or predates the user's current session version.
 */
export async function resolveSessionUser(db: Db, claims: SessionClaims, now = new Date()): Promise<SessionUser | null> {
  if (!claims.uid || !claims.sid) return null;
  const session = await db.authSession.findFirst({
    where: { id: claims.sid, userId: claims.uid, revokedAt: null, expiresAt: { gt: now } },
    select: { user: { select: { id: true, email: true, name: true, locale: true, sessionVersion: true } } },
  });
  if (!session || session.user.sessionVersion !== (claims.sv ?? 0)) return null;
  const { sessionVersion: _version, ...user } = session.user;
  return user;
}

/** Ends one session (sign-out). */
export async function revokeAuthSession(db: Db, claims: SessionClaims, now = new Date()) {
  if (!claims.sid || !claims.uid) return;
  await db.authSession.updateMany({ where: { id: claims.sid, userId: claims.uid, revokedAt: null }, data: { revokedAt: now } });
}

/** Ends every session of a user (password change or reset), inside the caller's transaction. */
export async function revokeAllAuthSessions(tx: Tx | Db, userId: string, now = new Date()) {
  await tx.authSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
}
