// An investment's leaks for the report: open, or hidden by a review (leak-reviews.ts).
// Reviewed leaks stay in the report with who reviewed them, why and until when, so a
// stakeholder never reads "no value leaks" beside a worsening figure.
import type { UiLocale } from "@/lib/i18n/locales";
import { currentPeriod, dateToPeriod, periodOfMonthNumber, periodToDate } from "@/lib/investments/months";
import { renderLeakMessage } from "@/lib/leaks/leak-messages";
import type { FoundLeak, InvestmentFigures } from "@/lib/portfolio/investment-figures";
import { isLeakHidden, type Review } from "@/lib/portfolio/leak-reviews";
import type { RoiResult } from "@/lib/roi";
import type { ReportLeak, ReportReview } from "./report-model";

export type ReviewLookup = (investmentId: string, leak: Pick<FoundLeak, "code" | "kpi">) => Review | undefined;

const reportReviewOf = (review: Review): ReportReview => ({
  kind: review.kind,
  by: review.createdByName,
  at: review.createdAt.toISOString(),
  reason: review.reason,
  until: review.kind === "snoozed" && review.snoozedUntil ? dateToPeriod(review.snoozedUntil) : null,
});

/** Largest amount at stake first; ties keep the report's order of investments. */
export const rankLeaks = (leaks: ReportLeak[]) => [...leaks].sort((a, b) => b.atStakeMonthly - a.atStakeMonthly);

/**
 * The open and the reviewed leaks of one investment, each largest first. A review hides a
 * leak as on the dashboard: as of the report's month, unless it got worse since.
 */
export function splitLeaks(
  figures: InvestmentFigures,
  context: { result: RoiResult | null; locale: UiLocale; asOf: Date; reviewOf: ReviewLookup },
): { open: ReportLeak[]; reviewed: ReportLeak[] } {
  const periodStart = periodToDate(currentPeriod(context.asOf));
  const toPeriod = (month: number | undefined) =>
    month === undefined || context.result === null ? null : periodOfMonthNumber(context.result.startMonth, month);
  const open: ReportLeak[] = [];
  const reviewed: ReportLeak[] = [];
  for (const leak of figures.leaks) {
    const review = context.reviewOf(figures.investmentId, leak);
    const hidden = isLeakHidden(review, leak, periodStart);
    const item: ReportLeak = {
      investmentId: figures.investmentId,
      investmentName: figures.name,
      code: leak.code,
      kpi: leak.kpi ?? null,
      atStakeMonthly: leak.atStakeMonthly,
      currency: figures.currency,
      fromPeriod: toPeriod(leak.months[0]),
      toPeriod: toPeriod(leak.months.at(-1)),
      message: renderLeakMessage(leak, context.locale, figures.currency),
      review: hidden && review ? reportReviewOf(review) : null,
    };
    (hidden ? reviewed : open).push(item);
  }
  return { open: rankLeaks(open), reviewed: rankLeaks(reviewed) };
}
