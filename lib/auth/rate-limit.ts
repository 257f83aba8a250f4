import type { Db } from "@/lib/db/client";

export const LOGIN_LIMIT = { maxFailures: 10, windowMinutes: 15 } as const;

const keysFor = (email: string, ip: string | null) => [`email:${email.toLowerCase()}`, ...(ip ? [`ip:${ip}`] : [])];

type LimitCheck = { allowed: true } | { allowed: false; retryAfterMinutes: number };

/**
 * Failed sign-ins are counted per e-mail and per IP in Postgres, so the limit holds
 * across restarts and instances. A success resets the count for its keys.
 */
export async function checkLoginAllowed(db: Db, email: string, ip: string | null, now = new Date()): Promise<LimitCheck> {
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

export async function recordLoginAttempt(db: Db, email: string, ip: string | null, succeeded: boolean) {
  await db.loginAttempt.createMany({ data: keysFor(email, ip).map((key) => ({ key, succeeded })) });
}
