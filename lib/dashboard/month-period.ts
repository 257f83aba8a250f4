import { currentPeriod, periodOfMonthNumber } from "@/lib/investments/months";

// The month view's URL segment: "YYYY-MM" only (no day, no "2026-3"), so every month has
// exactly one address.
const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isPeriod = (value: unknown): value is string => typeof value === "string" && PERIOD.test(value);

export const previousPeriodOf = (period: string) => periodOfMonthNumber(period, 0);
export const nextPeriodOf = (period: string) => periodOfMonthNumber(period, 2);

/** Noon UTC on the last day of the month: "as of the end of `period`" for the engine and leak reviews. */
export function endOfPeriod(period: string): Date {
  const [year, month] = period.split("-").map(Number);
  return new Date(Date.UTC(year, month, 0, 12));
}

export type MonthRange = { first: string; current: string };

/**
 * The months the view has something to say about: from the earliest start of the
 * workspace's investments up to the current month (the current month alone without investments).
 */
export function monthRangeOf(startPeriods: string[], today: Date): MonthRange {
  const current = currentPeriod(today);
  const first = [...startPeriods, current].sort()[0];
  return { first, current };
}

export type PeriodPlacement = "in-range" | "before-first" | "after-current";

// "YYYY-MM" strings compare in calendar order.
export function placePeriod(period: string, range: MonthRange): PeriodPlacement {
  if (period < range.first) return "before-first";
  if (period > range.current) return "after-current";
  return "in-range";
}
