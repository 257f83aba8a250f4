import Decimal from "decimal.js";
import type { Leak } from "@/lib/roi";

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

export const leakSubject = (leak: Leak) => leak.kpi ?? "";

/** The latest review of this leak, if any (reviews arrive oldest first). */
export function latestReview(reviews: Review[], investmentId: string, leak: Leak): Review | undefined {
  const subject = leakSubject(leak);
  return reviews.filter((r) => r.investmentId === investmentId && r.code === leak.code && r.subject === subject).at(-1);
}

/**
 * A reviewed leak stays hidden until it gets worse (more money at stake than when it was
 * reviewed) or, for a snooze, until the snoozed-until month arrives.
 */
export function isLeakHidden(review: Review | undefined, leak: Leak, currentPeriodStart: Date): boolean {
  if (!review) return false;
  const worse = new Decimal(leak.atStakeMonthly).gt(new Decimal(review.atStakeMonthly.toString()));
  if (worse) return false;
  if (review.kind === "snoozed") return review.snoozedUntil !== null && review.snoozedUntil > currentPeriodStart;
  return true;
}
