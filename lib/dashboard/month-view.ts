import { loadRateBooks } from "@/lib/currency/rate-books";
import { invalidInput, notFoundError } from "@/lib/errors";
import { currentPeriod } from "@/lib/investments/months";
import { convertForeignInvestments } from "@/lib/portfolio/converted-months";
import { convertMonthFigures, type ConvertedInvestmentMonth } from "@/lib/portfolio/month-conversion";
import { compareInvestmentMonths, findMonthContext, sumCurrencyMonths } from "@/lib/portfolio/month-figures";
import { listKpiChanges } from "@/lib/portfolio/month-kpis";
import { findNewLeaksOfPastMonth, listNewLeaksThisMonth } from "@/lib/portfolio/month-leaks";
import { listUnrecordedMonths } from "@/lib/portfolio/month-recording";
import { ensureFreshFigures } from "@/lib/portfolio/refresh";
import { isPeriod, monthRangeOf, nextPeriodOf, placePeriod, previousPeriodOf } from "./month-period";

/** At most this many investments per list on the page (a large workspace has thousands). */
export const MONTH_ROWS_SHOWN = 50;

/** The largest new leaks (they arrive ranked by money at stake) and how many there are. */
function capNewLeaks<T extends { leaks: unknown[]; hidden: number }>(found: T) {
  return { ...found, leaks: found.leaks.slice(0, MONTH_ROWS_SHOWN), count: found.leaks.length };
}

type Moved = { benefit: { change: number | null }; cost: { change: number | null } };
/**
 * How much an investment's month moved: the changes of benefit and cost, whatever their
 * sign, in the reporting currency where it converted (else in its own).
 */
const movement = (row: Moved & { converted?: ConvertedInvestmentMonth }) => {
  const figures: Moved = row.converted && row.converted.missing.length === 0 ? row.converted : row;
  return Math.abs(figures.benefit.change ?? 0) + Math.abs(figures.cost.change ?? 0);
};

// The link opens the entry grid at the month's cost cell (the grid's own cell id).
const gridHref = (slug: string, investmentId: string, period: string) =>
  `/w/${encodeURIComponent(slug)}/investments/${encodeURIComponent(investmentId)}/actuals#actuals-${period}-cost`;

/**
 * Everything on /w/[slug]/month/[period], for business owners, assembled from lib/portfolio:
 *  (a) what still needs recording for the month (running investments without its actuals;
 *      with the current month also earlier months still unrecorded),
 *  (b) what changed since the month before (money and cumulative ROI per investment, totals
 *      per currency of the approved-and-later plans and one total in the workspace's
 *      reporting currency; KPI measurements),
 *  (c) leaks that are new this month (see lib/portfolio/month-leaks.ts),
 *  (d) the month's realised value in the reporting currency, and one line per currency
 *      (approved-and-later plans only).
 * Amounts in other currencies are converted at their own month's rate only (actuals:
 * lib/portfolio/month-conversion.ts); a missing rate is named, never guessed.
 *
 * Nine SQL statements for the current month whatever the number of investments (the
 * freshness check, the workspace and its rate table, then six reads in parallel), each
 * bounded by the investments and their months. A past month's new leaks run the engine
 * over that month's history instead (fourteen statements; slower, see findNewLeaksOfPastMonth).
 */
export async function getMonthView(workspaceId: string, period: string, options: { today?: Date; deferPastLeaks?: boolean } = {}) {
  if (!isPeriod(period)) throw invalidInput("period", "A month is written YYYY-MM");
  const today = options.today ?? new Date();
  // The context reads no stored figure: it can go while the freshness check runs.
  const [, context, books] = await Promise.all([ensureFreshFigures([workspaceId], today), findMonthContext(workspaceId), loadRateBooks([workspaceId])]);
  if (!context) throw notFoundError();
  const range = monthRangeOf(context.firstStart ? [context.firstStart] : [], today);
  const placement = placePeriod(period, range);
  const base = { period, range, slug: context.slug, currency: context.currency };
  if (placement !== "in-range") return { ...base, kind: "out-of-range" as const, reason: placement };

  const isCurrent = period === currentPeriod(today);
  // Deferred: the caller fetches them with getPastMonthNewLeaks (`newLeaks` is then empty).
  const deferred = !isCurrent && options.deferPastLeaks === true;
  const previous = previousPeriodOf(period);
  const months = { period, previous };
  const [recording, investmentRows, currencies, converted, kpis, newLeaks] = await Promise.all([
    listUnrecordedMonths(workspaceId, period, { overdue: isCurrent }),
    compareInvestmentMonths(workspaceId, months),
    sumCurrencyMonths(workspaceId, months),
    convertForeignInvestments({ workspaceIds: [workspaceId] }, new Map([[workspaceId, context.currency]]), books),
    listKpiChanges(workspaceId, period),
    isCurrent
      ? listNewLeaksThisMonth(workspaceId, today)
      : deferred
        ? Promise.resolve({ leaks: [], hidden: 0 })
        : findNewLeaksOfPastMonth({ workspaceId, period, thresholds: context.leakThresholds }),
  ]);
  const money = convertMonthFigures({ currency: context.currency, period, previous, rows: investmentRows, currencies, converted });
  const rows = money.rows;
  return {
    ...base,
    kind: "month" as const,
    isCurrent,
    previous: period > range.first ? previous : null,
    next: period < range.current ? nextPeriodOf(period) : null,
    /** One line per currency with actuals for the month (others with their converted amounts); empty when nothing was recorded. */
    realised: money.realised,
    /** The month's realised value of every currency in the reporting currency; null when nothing was recorded. */
    realisedTotal: money.realisedTotal,
    toRecord: {
      state: isCurrent ? ("due" as const) : ("missing" as const),
      /** All of them; `items` holds the first MONTH_ROWS_SHOWN. */
      itemCount: recording.items.length,
      items: recording.items.slice(0, MONTH_ROWS_SHOWN).map(({ investmentId, name, monthNumber }) => ({
        investmentId,
        name,
        monthNumber,
        href: gridHref(context.slug, investmentId, period),
      })),
      overdueCount: recording.overdue.length,
      overdue: recording.overdue.slice(0, MONTH_ROWS_SHOWN).map((item) => ({
        ...item,
        href: gridHref(context.slug, item.investmentId, item.periods[0]),
      })),
    },
    changes: {
      previousPeriod: previous,
      // The largest movements first (equal ones in start order: the sort is stable); the
      // totals below them cover every investment.
      rows: [...rows].sort((a, b) => movement(b) - movement(a)).slice(0, MONTH_ROWS_SHOWN),
      rowCount: rows.length,
      /** Per currency in its own currency (others with what they add, converted). */
      totals: money.totals,
      /** Every currency together in the reporting currency; null when neither month has actuals. */
      total: money.total,
      kpis,
    },
    newLeaks: capNewLeaks(newLeaks),
    newLeaksDeferred: deferred,
  };
}

/**
 * A past month's new leaks on their own: the engine runs over the month's history, which
 * takes seconds in a large workspace, so the page streams this section after the rest.
 */
export async function getPastMonthNewLeaks(workspaceId: string, period: string) {
  const context = await findMonthContext(workspaceId);
  if (!context) throw notFoundError();
  return capNewLeaks(await findNewLeaksOfPastMonth({ workspaceId, period, thresholds: context.leakThresholds }));
}

export type MonthView = Awaited<ReturnType<typeof getMonthView>>;
export type MonthViewData = Extract<MonthView, { kind: "month" }>;
