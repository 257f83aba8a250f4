// When a failed delivery is tried again. A fixed schedule rather than a formula, so it can
// be documented exactly: after the 1st failed attempt wait 30 s, then 2 min, 10 min,
// 30 min, 1 h, 2 h, 4 h, 8 h and 8 h — ten attempts spread over about 24 hours (23 h 42.5 min
// of waiting), long enough to ride out a receiver's deploy or a night-long outage.

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** The wait after the n-th failed attempt (index 0: after the first). */
export const RETRY_SCHEDULE_MS = [30 * SECOND, 2 * MINUTE, 10 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR, 4 * HOUR, 8 * HOUR, 8 * HOUR] as const;

/** The most attempts a delivery gets: the first plus one per step of the schedule. */
export const MAX_ATTEMPTS = RETRY_SCHEDULE_MS.length + 1;

/** A delivery is given up this long after it was created, whatever the schedule says (late workers). */
export const GIVE_UP_AFTER_MS = 24 * HOUR;

/**
 * The wait before the next attempt after `attemptNumber` attempts failed (1-based), or
 * null when the schedule is exhausted and the delivery is given up.
 */
export function nextAttemptDelay(attemptNumber: number): number | null {
  if (!Number.isInteger(attemptNumber) || attemptNumber < 1) throw new Error(`attemptNumber must be a positive integer, not ${attemptNumber}`);
  return RETRY_SCHEDULE_MS[attemptNumber - 1] ?? null;
}

/** The moment of the next attempt, or null when the delivery should be given up (schedule exhausted or past 24 h). */
export function nextAttemptAt(input: { attemptNumber: number; now: Date; createdAt: Date }): Date | null {
  const delay = nextAttemptDelay(input.attemptNumber);
  if (delay === null) return null;
  const next = new Date(input.now.getTime() + delay);
  return next.getTime() - input.createdAt.getTime() > GIVE_UP_AFTER_MS ? null : next;
}
