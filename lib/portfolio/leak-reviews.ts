import Decimal from "decimal.js";
import type { Leak } from "@/lib/roi";
import { leakSubject } from "./investment-figures";

// Whether a leak is hidden by its review: the one pure rule. stored-figures.ts applies the
// same rule in SQL (hiddenSql); the PDF and the in-memory views call isLeakHidden.

/** A LeakReview row as read from the database (Prisma's row fits). */
export type Review = {
  investmentId: string;
  code: string;
  subject: string;
  kind: "acknowledged" | "snoozed";
  snoozedUntil: Date | null;
  atStakeMonthly: { toString(): string };
  reason: string;
  createdByName: string;
  createdAt: Date;
};

const reviewKey = (investmentId: string, code: string, subject: string) => `${investmentId}\u0000${code}\u0000${subject}`;

/** The latest review of this leak, if any (reviews arrive oldest first). */
export function latestReview<R extends Review>(reviews: R[], investmentId: string, leak: Pick<Leak, "code" | "kpi">): R | undefined {
  const subject = leakSubject(leak);
  return reviews.filter((r) => r.investmentId === investmentId && r.code === leak.code && r.subject === subject).at(-1);
}

/** The latest review per leak, looked up in constant time (reviews in any order). */
export function indexLatestReviews<R extends Review>(reviews: R[]): (investmentId: string, leak: Pick<Leak, "code" | "kpi">) => R | undefined {
  const latest = new Map<string, R>();
  for (const review of reviews) {
    const key = reviewKey(review.investmentId, review.code, review.subject);
    const current = latest.get(key);
    if (current === undefined || review.createdAt >= current.createdAt) latest.set(key, review);
  }
  return (investmentId, leak) => latest.get(reviewKey(investmentId, leak.code, leakSubject(leak)));
}

/**
 * A reviewed leak stays hidden until it gets worse (more money at stake than when it was
 * reviewed) or, for a snooze, until the snoozed-until month arrives.
 */
export function isLeakHidden(review: Review | undefined, leak: Pick<Leak, "atStakeMonthly">, currentPeriodStart: Date): boolean {
  if (!review) return false;
  const worse = new Decimal(leak.atStakeMonthly).gt(new Decimal(review.atStakeMonthly.toString()));
  if (worse) return false;
  if (review.kind === "snoozed") return review.snoozedUntil !== null && review.snoozedUntil > currentPeriodStart;
  return true;
}
