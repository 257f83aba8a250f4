import { invalidInput } from "@/lib/errors";
import { currentPeriod, dateToPeriod, monthNumberOf, periodOfMonthNumber } from "@/lib/investments/months";

export const FUTURE_MONTH_MESSAGE = "Only past and current months can be recorded";
export const outsideHorizonMessage = (first: string, last: string) =>
  `This month is outside the investment's horizon (${first} to ${last})`;

type Span = { startMonth: string; horizonMonths: number };

/** Why a month cannot take actuals or KPI measurements, or null when it can. */
export function recordableMonthError(span: Span, month: string, today: Date = new Date()): string | null {
  const n = monthNumberOf(span.startMonth, month);
  if (n < 1 || n > span.horizonMonths)
    return outsideHorizonMessage(span.startMonth, periodOfMonthNumber(span.startMonth, span.horizonMonths));
  // "YYYY-MM" strings compare in calendar order.
  if (month > currentPeriod(today)) return FUTURE_MONTH_MESSAGE;
  return null;
}

/** For mutations: the stored investment row's span; throws INVALID_INPUT naming the field. */
export function assertRecordableMonth(
  investment: { startMonth: Date; horizonMonths: number },
  month: string,
  { field = "month", today = new Date() }: { field?: string; today?: Date } = {},
) {
  const message = recordableMonthError(
    { startMonth: dateToPeriod(investment.startMonth), horizonMonths: investment.horizonMonths },
    month,
    today,
  );
  if (message) throw invalidInput(field, message);
}
