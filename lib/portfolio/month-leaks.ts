import { getDb } from "@/lib/db/client";
import { endOfPeriod, previousPeriodOf } from "@/lib/dashboard/month-period";
import { dateToPeriod, periodOfMonthNumber, periodToDate } from "@/lib/investments/months";
import type { Leak, LeakThresholds } from "@/lib/roi";
import { evaluateAsOf } from "./as-of";
import { leakKey } from "./investment-figures";
import { indexLatestReviews, isLeakHidden } from "./leak-reviews";
import { listNewLeaks, type PortfolioLeak } from "./stored-figures";

/** A leak that is new in a month, with its plan months as calendar months. */
export type NewLeak = Leak & {
  investmentId: string;
  investmentName: string;
  workspaceId: string;
  currency: string;
  periods: string[];
};
export type NewLeaks = { leaks: NewLeak[]; hidden: number };

const periodsOf = (startPeriod: string, months: number[]) => months.map((m) => periodOfMonthNumber(startPeriod, m));

function fromStored(leak: PortfolioLeak): NewLeak {
  const {
    subject: _subject,
    previously: _previously,
    startMonth,
    counted: _counted,
    review: _review,
    hidden: _hidden,
    ...rest
  } = leak;
  return { ...rest, periods: periodsOf(startMonth, leak.months) };
}

/**
 * New leaks of the current month: the stored findings that were not there as of the month
 * before (LeakFinding.previously), reviews applied as on the dashboard. Call
 * ensureFreshFigures first.
 */
export async function listNewLeaksThisMonth(workspaceId: string, today: Date): Promise<NewLeaks> {
  const { leaks, hidden } = await listNewLeaks({ workspaceIds: [workspaceId] }, today);
  return { leaks: leaks.map(fromStored), hidden };
}

/**
 * New leaks of a past month: a leak — identified by (investment, code, KPI) — that the engine
 * reports as of the end of `period` but not as of the end of the month before, each time with
 * the actuals and measurements of later months left out (what was known about those months).
 * This catches leaks that appear because time passed (a month left unrecorded, a payback
 * that slipped) as well as those the month's figures caused. Reviews do not change identity:
 * a reviewed leak that returns is not new; new leaks hidden by a review (as of that month)
 * are counted, not listed.
 *
 * The stored figures only hold the current month's evaluation, so this runs the engine twice
 * per current investment of the workspace, over the actuals and measurements up to `period`
 * (loaded in two queries, nothing later): slower than the current month and proportional
 * to those rows, which is accepted for looking back.
 */
export async function findNewLeaksOfPastMonth(options: {
  workspaceId: string;
  period: string;
  thresholds: Partial<LeakThresholds>;
}): Promise<NewLeaks> {
  const { workspaceId, period, thresholds } = options;
  const previous = previousPeriodOf(period);
  const cutoff = periodToDate(period);
  const db = getDb();
  const [investments, reviews] = await Promise.all([
    db.investment.findMany({
      where: { workspaceId, archivedAt: null },
      orderBy: [{ startMonth: "asc" }, { name: "asc" }],
      include: {
        versions: { orderBy: { version: "desc" } },
        kpis: {
          orderBy: [{ position: "asc" }, { createdAt: "asc" }],
          include: { measurements: { where: { month: { lte: cutoff } }, orderBy: { month: "asc" } } },
        },
        actuals: { where: { month: { lte: cutoff } }, orderBy: { month: "asc" } },
      },
    }),
    db.leakReview.findMany({ where: { workspaceId }, orderBy: { createdAt: "asc" } }),
  ]);
  const latestReview = indexLatestReviews(reviews);
  const periodStart = periodToDate(period);
  const leaks: NewLeak[] = [];
  let hidden = 0;
  for (const investment of investments) {
    const now = evaluateAsOf(investment, { period, today: endOfPeriod(period), leakThresholds: thresholds });
    if (!now.ok) continue;
    const then = evaluateAsOf(investment, {
      period: previous,
      today: endOfPeriod(previous),
      leakThresholds: thresholds,
    });
    const existed = new Set(then.ok ? then.result.leaks.map(leakKey) : []);
    const startPeriod = dateToPeriod(investment.startMonth);
    for (const leak of now.result.leaks) {
      if (existed.has(leakKey(leak))) continue;
      if (isLeakHidden(latestReview(investment.id, leak), leak, periodStart)) {
        hidden++;
        continue;
      }
      leaks.push({
        ...leak,
        investmentId: investment.id,
        investmentName: investment.name,
        workspaceId,
        currency: investment.currency,
        periods: periodsOf(startPeriod, leak.months),
      });
    }
  }
  return { leaks: leaks.sort((a, b) => b.atStakeMonthly - a.atStakeMonthly), hidden };
}
