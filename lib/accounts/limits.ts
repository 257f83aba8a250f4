import type { ThrottleRule } from "@/lib/auth/throttle";

/** Sign-up and reset mails: per address and per IP, counted alike for unknown addresses. */
export const ACCOUNT_MAIL_LIMITS = {
  perAddress: { limit: 3, windowMinutes: 60 },
  perIp: { limit: 10, windowMinutes: 60 },
} as const satisfies Record<string, ThrottleRule>;

export const throttledMessage = (minutes: number) =>
  `Too many requests for now; try again in ${minutes} minute${minutes === 1 ? "" : "s"}`;
