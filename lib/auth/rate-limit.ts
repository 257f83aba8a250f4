import type { Db } from "@/lib/db/client";
import { clearThrottle, consumeThrottles, uncountThrottle, type ThrottleRule } from "./throttle";

export const LOGIN_LIMIT = { limit: 10, windowMinutes: 15 } as const satisfies ThrottleRule;

export const signInKeys = (email: string, ip: string | null) => ({
  email: `signin-email:${email.trim().toLowerCase()}`,
  ip: ip ? `signin-ip:${ip}` : null,
});

export type LoginReservation =
  | { allowed: false; retryAfterMinutes: number }
  | { allowed: true; email: string; ip: string | null; at: Date };

/**
 * Counts a sign-in attempt as a failure before the password is checked, per e-mail and
 * per IP, in Postgres (so the limit holds across restarts and instances): at most 10
 * failures in any 15 minutes. Checking and counting is one statement per key, so a
 * burst of parallel guesses cannot all pass the check before any was counted.
 */
export async function reserveLoginAttempt(db: Db, email: string, ip: string | null, now = new Date()): Promise<LoginReservation> {
  const keys = signInKeys(email, ip);
  const checks = [{ key: keys.email, rule: LOGIN_LIMIT }, ...(keys.ip ? [{ key: keys.ip, rule: LOGIN_LIMIT }] : [])];
  const result = await consumeThrottles(db, checks, now);
  return result.allowed ? { allowed: true, email: keys.email, ip: keys.ip, at: now } : result;
}

/**
 * A success clears its own e-mail's failures and takes back only its own attempt from
 * the IP's count: signing in to one's own account must not wipe the failures an IP
 * collected against other accounts.
 */
export async function markLoginSucceeded(db: Db, reservation: Extract<LoginReservation, { allowed: true }>) {
  await clearThrottle(db, reservation.email);
  if (reservation.ip) await uncountThrottle(db, reservation.ip, reservation.at);
}
