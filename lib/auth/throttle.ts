import type { Db, Tx } from "@/lib/db/client";

export type ThrottleRule = { limit: number; windowMinutes: number };

export type ThrottleResult = { allowed: true } | { allowed: false; retryAfterMinutes: number; retryAfterSeconds?: number };

type Row = { allowed: boolean; hits: Date[] | null };

/**
 * Counts one attempt for `key` in a sliding window and says whether it is allowed, in a
 * single upsert: the row lock serialises parallel attempts on one key without an
 * interactive transaction, so a burst never waits on a transaction timeout. A refused
 * attempt is not counted (the window does not keep sliding while someone hammers it).
 */
export async function consumeThrottle(db: Db | Tx, key: string, rule: ThrottleRule, now: Date): Promise<ThrottleResult> {
  const windowStart = new Date(now.getTime() - rule.windowMinutes * 60_000);
  const rows = await db.$queryRaw<Row[]>`
    INSERT INTO "AuthThrottle" ("key", "hits", "allowed", "updatedAt")
    VALUES (${key}, ARRAY[${now}::timestamptz(3)], true, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "allowed" = (SELECT count(*) FROM unnest("AuthThrottle"."hits") AS h WHERE h > ${windowStart}) < ${rule.limit},
      "hits" = CASE
        WHEN (SELECT count(*) FROM unnest("AuthThrottle"."hits") AS h WHERE h > ${windowStart}) < ${rule.limit}
          THEN ARRAY(SELECT h FROM unnest("AuthThrottle"."hits") AS h WHERE h > ${windowStart} ORDER BY h) || ${now}::timestamptz(3)
        ELSE ARRAY(SELECT h FROM unnest("AuthThrottle"."hits") AS h WHERE h > ${windowStart} ORDER BY h)
      END,
      "updatedAt" = ${now}
    RETURNING "allowed", "hits"`;
  const row = rows[0];
  if (row.allowed) return { allowed: true };
  const oldest = Math.min(...(row.hits ?? []).map((hit) => hit.getTime()));
  const freeAt = oldest + rule.windowMinutes * 60_000;
  const waitMs = freeAt - now.getTime();
  return { allowed: false, retryAfterMinutes: Math.max(1, Math.ceil(waitMs / 60_000)), retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
}

/** Takes back one attempt counted at `at` (it turned out not to be a failure). */
export async function uncountThrottle(db: Db | Tx, key: string, at: Date) {
  // Removes one occurrence only: parallel attempts can share a millisecond.
  await db.$executeRaw`
    UPDATE "AuthThrottle" SET "hits" = ARRAY(
      SELECT h FROM unnest("hits") WITH ORDINALITY AS t(h, i)
      WHERE i <> coalesce(array_position("hits", ${at}::timestamptz(3)), 0) ORDER BY i)
    WHERE "key" = ${key}`;
}

/** Forgets every attempt counted for `key`. */
export async function clearThrottle(db: Db | Tx, key: string) {
  await db.$executeRaw`UPDATE "AuthThrottle" SET "hits" = '{}' WHERE "key" = ${key}`;
}

/**
 * Checks several keys for one attempt: allowed only when every key allows it. When one
 * refuses, the attempts counted on the others are taken back, so a blocked IP does not
 * also use up its victims' e-mail allowance.
 */
export async function consumeThrottles(
  db: Db,
  checks: { key: string; rule: ThrottleRule }[],
  now: Date,
): Promise<ThrottleResult> {
  const results = await Promise.all(checks.map((check) => consumeThrottle(db, check.key, check.rule, now)));
  const refused = results.filter((result) => !result.allowed);
  if (refused.length === 0) return { allowed: true };
  await Promise.all(checks.map((check, i) => (results[i].allowed ? uncountThrottle(db, check.key, now) : null)));
  return { allowed: false, retryAfterMinutes: Math.max(...refused.map((result) => result.retryAfterMinutes)) };
}
