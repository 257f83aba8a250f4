/** Calendar helpers for "YYYY-MM" periods; month numbers are 1-based from the start month. */

export const PERIOD_PATTERN = /^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/;

interface YearMonth {
  year: number;
  month: number;
}

export function parsePeriod(period: string): YearMonth | null {
  if (!PERIOD_PATTERN.test(period)) return null;
  return { year: parseInt(period.slice(0, 4), 10), month: parseInt(period.slice(5, 7), 10) };
}

function requirePeriod(period: string): YearMonth {
  const parsed = parsePeriod(period);
  if (!parsed) throw new Error(`Invalid period "${period}", expected YYYY-MM`);
  return parsed;
}

function toIndex({ year, month }: YearMonth): number {
  return year * 12 + (month - 1);
}

function fromIndex(index: number): string {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
}

/** The calendar period of month number `month` (month 1 = startMonth). */
export function formatPeriod(startMonth: string, month: number): string {
  return fromIndex(toIndex(requirePeriod(startMonth)) + month - 1);
}

/** Periods of months 1..count. */
export function listPeriods(startMonth: string, count: number): string[] {
  const first = toIndex(requirePeriod(startMonth));
  const periods: string[] = [];
  for (let i = 0; i < count; i++) periods.push(fromIndex(first + i));
  return periods;
}

/** The month number (relative to startMonth) of a calendar period; may be ≤ 0 or beyond the horizon. */
export function findMonthOfPeriod(startMonth: string, period: string): number {
  return toIndex(requirePeriod(period)) - toIndex(requirePeriod(startMonth)) + 1;
}

/**
 * Month number of "today". A Date is read in UTC so the result does not depend on the
 * server's time zone; strings may be "YYYY-MM" or start with "YYYY-MM-DD".
 */
export function deriveMonthOfDate(startMonth: string, today: Date | string): number {
  const period =
    typeof today === "string"
      ? today.slice(0, 7)
      : `${String(today.getUTCFullYear()).padStart(4, "0")}-${String(today.getUTCMonth() + 1).padStart(2, "0")}`;
  return findMonthOfPeriod(startMonth, period);
}

