import { invalidInput, notFoundError } from "@/lib/errors";
import { currentPeriod, dateToPeriod, periodOfMonthNumber } from "@/lib/investments/months";
import { cents } from "./decimal-figures";
import { loadPortfolio } from "./load-portfolio";
import { sumActualsAroundMonth } from "./month-aggregates";
import { compareWithPreviousMonth, listKpiChanges } from "./month-changes";
import { isPeriod, monthRangeOf, nextPeriodOf, placePeriod, previousPeriodOf } from "./month-period";
import { listOverdue, listToRecord } from "./month-recording";
import { diffNewLeaks, evaluateAsOf } from "./month-snapshot";
import type { EvaluatedInvestment } from "./portfolio-evaluation";

/**
 * Everything on /w/[slug]/month/[period], for business owners:
 *  (a) what still needs recording for the month (running investments without its actuals;
 *      with the current month also earlier months still unrecorded),
 *  (b) what changed since the month before (money, cumulative ROI, KPI measurements),
 *  (c) leaks that are new this month, (d) the month's realised value.
 *
 * "New leak" (c): a leak — identified by (investment, code, KPI) — that the engine reports
 * when evaluating the portfolio as of `period` but not as of the month before. "As of a
 * month" means: actuals and measurements of later months left out, and `today` at the
 * end of that month (the real today for the current month). This catches leaks that
 * appear because time passed (a month left unrecorded, a payback that slipped) as well
 * as those caused by the month's figures, which "earliest flagged month = period" would
 * not (a missing month is flagged the month after). Reviews do not change identity: a
 * reviewed leak that returns is not new; new leaks hidden by a review are only counted.
 *
 * Four queries whatever the number of investments: the portfolio's three (investments
 * with versions, KPIs, measurements and actuals; workspaces; leak reviews) and one SQL sum.
 */
export async function getMonthView(workspaceId: string, period: string, options: { today?: Date } = {}) {
  if (!isPeriod(period)) throw invalidInput("period", "A month is written YYYY-MM");
  const today = options.today ?? new Date();
  const previous = previousPeriodOf(period);
  const [portfolio, sums] = await Promise.all([loadPortfolio([workspaceId]), sumActualsAroundMonth(workspaceId, { period, previous })]);
  const workspace = portfolio.workspaces.find((w) => w.id === workspaceId);
  if (!workspace) throw notFoundError();
  const range = monthRangeOf(portfolio.investments.map((i) => dateToPeriod(i.startMonth)), today);
  const placement = placePeriod(period, range);
  const base = { period, range, slug: workspace.slug, currency: workspace.currency };
  if (placement !== "in-range") return { ...base, kind: "out-of-range" as const, reason: placement };

  const isCurrent = period === currentPeriod(today);
  const now = evaluateAsOf(portfolio, period, today);
  const before = evaluateAsOf(portfolio, previous, today);
  const month = sums.total.period;
  const where = { period, slug: workspace.slug };
  return {
    ...base,
    kind: "month" as const,
    isCurrent,
    previous: period > range.first ? previous : null,
    next: period < range.current ? nextPeriodOf(period) : null,
    realised:
      month.cost === null || month.benefit === null
        ? null
        : { cost: cents(month.cost), benefit: cents(month.benefit), net: cents(month.benefit.minus(month.cost)), investments: month.recorded },
    toRecord: {
      state: isCurrent ? ("due" as const) : ("missing" as const),
      items: listToRecord(portfolio.investments, where),
      overdue: isCurrent ? listOverdue(portfolio.investments, where) : [],
    },
    changes: { previousPeriod: previous, ...compareWithPreviousMonth(portfolio.investments, sums), kpis: listKpiChanges(portfolio.investments, period) },
    newLeaks: withPeriods(diffNewLeaks(now, before), now),
  };
}

/** Leak months are month numbers of their investment's plan; the view shows calendar months. */
function withPeriods(found: ReturnType<typeof diffNewLeaks>, evaluated: EvaluatedInvestment[]) {
  const starts = new Map(evaluated.flatMap((e) => (e.evaluation.ok ? [[e.summary.id, e.evaluation.result.startMonth] as const] : [])));
  return {
    hidden: found.hidden,
    leaks: found.leaks.map((leak) => {
      const start = starts.get(leak.investmentId);
      return { ...leak, periods: start ? leak.months.map((m) => periodOfMonthNumber(start, m)) : [] };
    }),
  };
}

export type MonthView = Awaited<ReturnType<typeof getMonthView>>;
export type MonthViewData = Extract<MonthView, { kind: "month" }>;
