import { currentPeriod } from "@/lib/investments/months";
import { previousPeriodOf } from "./month-period";

/** What decides the month the month view opens on (see openingPeriod). */
export type MonthOpeningFacts = {
  /** Any actuals recorded for the current month in the workspace (archived investments aside). */
  currentMonthHasData: boolean;
  /** The earliest start month of the workspace's investments ("YYYY-MM"); null without any. */
  firstPeriod: string | null;
};

/**
 * The month that needs action, where /w/[slug]/month and the landing after sign-in open:
 * on the 1st a new month is still empty, so the last complete month (the previous one)
 * until anything is recorded for the current month, then the current month. A workspace
 * whose investments start this month (or that has none) has no previous month to show:
 * the current month. Pure: `today` is injected (UTC months, like currentPeriod).
 */
export function openingPeriod(today: Date, facts: MonthOpeningFacts): string {
  const current = currentPeriod(today);
  if (facts.currentMonthHasData) return current;
  const previous = previousPeriodOf(current);
  // "YYYY-MM" strings compare in calendar order.
  if (facts.firstPeriod === null || previous < facts.firstPeriod) return current;
  return previous;
}
