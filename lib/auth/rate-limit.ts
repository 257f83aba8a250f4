import type { Db, Tx } from "@/lib/db/client";

export const LOGIN_LIMIT = { maxFailures: 10, windowMinutes: 15 } as const;

const keysFor = (email: string, ip: string | null) => [`email:${email.toLowerCase()}`, ...(ip ? [`ip:${ip}`] : [])];

type LimitCheck = { allowed: true } | { allowed: false; retryAfterMinutes: number };

/**
 * Failed sign-ins are counted per e-mail and per IP in Postgres, so the limit holds
 * across restarts and instances. A success resets the count for its keys.
 */
export async function checkLoginAllowed(db: Tx, email: string, ip: string | null, now = new Date()): Promise<LimitCheck> {
  const windowStart = new Date(now.getTime() - LOGIN_LIMIT.windowMinutes * 60_000);
  let blockedUntil = 0;
  for (const key of keysFor(email, ip)) {
    const lastSuccess = await db.loginAttempt.findFirst({
      where: { key, succeeded: true, createdAt: { gte: windowStart } },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    });
    const since = lastSuccess && lastSuccess.createdAt > windowStart ? lastSuccess.createdAt : windowStart;
    const failures = await db.loginAttempt.findMany({
      where: { key, succeeded: false, createdAt: { gt: since } },
      orderBy: { createdAt: "desc" },
      take: LOGIN_LIMIT.maxFailures,
      select: { createdAt: true },
    });
    if (failures.length >= LOGIN_LIMIT.maxFailures) {
      const oldestCounted = failures[failures.length - 1].createdAt.getTime();
      blockedUntil = Math.max(blockedUntil, oldestCounted + LOGIN_LIMIT.windowMinutes * 60_000);
    }
  }
  if (blockedUntil > now.getTime()) {
    return { allowed: false, retryAfterMinutes: Math.max(1, Math.ceil((blockedUntil - now.getTime()) / 60_000)) };
  }
  return { allowed: true };
}

/**
 * Checks the limit and, when allowed, records the attempt as a failure before the
 * password is checked, atomically per key (advisory locks). Checking and recording
 * separately let a burst of parallel guesses all pass the check before any was counted.
 */
export async function reserveLoginAttempt(
  db: Db,
  email: string,
  ip: string | null,
): Promise<{ allowed: false; retryAfterMinutes: number } | { allowed: true; attemptIds: string[] }> {
  return db.$transaction(async (tx) => {
    const keys = keysFor(email, ip).sort();
    for (const key of keys) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
    const limit = await checkLoginAllowed(tx, email, ip);
    if (!limit.allowed) return limit;
    const created = await tx.loginAttempt.createManyAndReturn({
      data: keys.map((key) => ({ key, succeeded: false })),
      select: { id: true },
    });
    return { allowed: true as const, attemptIds: created.map((row) => row.id) };
  });
}

/** Turns a reserved attempt into a success, which clears the failures before it. */
export async function markLoginSucceeded(db: Db, attemptIds: string[]) {
  await db.loginAttempt.updateMany({ where: { id: { in: attemptIds } }, data: { succeeded: true } });
}
