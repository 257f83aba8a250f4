import Decimal from "decimal.js";
import { currentPeriod } from "@/lib/investments/months";
import { ensureFreshFigures } from "./refresh";
import { assembleTotals, cumulativeRoiSeries, type PortfolioTotals, type RoiLinePoint } from "./roll-up";
import {
  currenciesOf,
  DEFAULT_INVESTMENT_SORT,
  INVESTMENT_PAGE_SIZE,
  listLeaks,
  monthTotalsOf,
  pageOfInvestments,
  sumOpenLeaks,
  sumStoredFigures,
  type InvestmentRow,
  type InvestmentSort,
  type PortfolioLeak,
} from "./stored-figures";

export type PortfolioQuery = {
  today?: Date;
  category?: string | null;
  /** Headline currency; defaults to the workspace's, and so does a currency none of its investments is in. */
  reportingCurrency?: string;
  sort?: InvestmentSort;
  page?: number;
  pageSize?: number;
  leakLimit?: number;
  /** At most this many reviewed leaks are listed (the count says how many there are). */
  reviewedLeakLimit?: number;
};

export const REVIEWED_LEAK_LIMIT = 50;

export type WorkspacePortfolio = {
  period: string;
  totals: PortfolioTotals;
  /** Every currency the workspace's investments are in. */
  currencies: string[];
  chart: { currency: string; points: RoiLinePoint[] };
  table: { rows: InvestmentRow[]; total: number; page: number; pageSize: number; pageCount: number; sort: InvestmentSort };
  leaks: { open: PortfolioLeak[]; openCount: number; reviewed: PortfolioLeak[]; reviewedCount: number };
};

/** Merges per-group tallies with the open-leak sums of the same groups. */
export function withLeakSums<T extends { workspaceId: string; currency: string; counted: boolean; tally: { leaks: number; atStakeMonthly: Decimal } }>(
  groups: T[],
  leaks: { workspaceId: string; currency: string; counted: boolean; leaks: number; atStake: string }[],
): T[] {
  const key = (g: { workspaceId: string; currency: string; counted: boolean }) => `${g.workspaceId}\u0000${g.currency}\u0000${g.counted}`;
  const byKey = new Map(leaks.map((l) => [key(l), l]));
  return groups.map((g) => {
    const l = byKey.get(key(g));
    return l ? { ...g, tally: { ...g.tally, leaks: l.leaks, atStakeMonthly: new Decimal(l.atStake) } } : g;
  });
}

/**
 * Everything the workspace dashboard and a workspace share link show: totals per currency
 * (headline = counted plans in the reporting currency), the cumulative ROI chart, one
 * sorted page of investments and the ranked leaks. A fixed number of queries, bounded by
 * investments and months, never by actual rows.
 */
export async function getWorkspacePortfolio(workspace: { id: string; currency: string }, query: PortfolioQuery = {}): Promise<WorkspacePortfolio> {
  const today = query.today ?? new Date();
  const period = currentPeriod(today);
  await ensureFreshFigures([workspace.id], today);
  const filter = { workspaceIds: [workspace.id], category: query.category ?? null };
  const requestedCurrency = query.reportingCurrency ?? workspace.currency;
  const sort = query.sort ?? DEFAULT_INVESTMENT_SORT;
  const pageSize = query.pageSize ?? INVESTMENT_PAGE_SIZE;
  const requestedPage = Math.max(1, Math.floor(query.page ?? 1));
  const [groups, leakSums, months, currencies, leaks, firstPage] = await Promise.all([
    sumStoredFigures(filter),
    sumOpenLeaks(filter, today),
    monthTotalsOf(workspace.id, requestedCurrency, { category: filter.category }),
    currenciesOf([workspace.id]),
    listLeaks(filter, today, query.leakLimit ?? 20, query.reviewedLeakLimit ?? REVIEWED_LEAK_LIMIT),
    pageOfInvestments(filter, sort, requestedPage, pageSize, today),
  ]);
  const pageCount = Math.max(1, Math.ceil(firstPage.total / pageSize));
  // A page past the end (the list shrank) shows the last page.
  const page = Math.min(requestedPage, pageCount);
  const table = page === requestedPage ? firstPage : await pageOfInvestments(filter, sort, page, pageSize, today);
  // A currency none of the investments is in falls back to the workspace's (it is never invented).
  const known = requestedCurrency === workspace.currency || currencies.includes(requestedCurrency);
  const reportingCurrency = known ? requestedCurrency : workspace.currency;
  const chartMonths = known ? months : await monthTotalsOf(workspace.id, reportingCurrency, { category: filter.category });
  return {
    period,
    totals: assembleTotals(withLeakSums(groups, leakSums), reportingCurrency),
    currencies: currencies.includes(reportingCurrency) ? currencies : [reportingCurrency, ...currencies],
    chart: { currency: reportingCurrency, points: cumulativeRoiSeries(chartMonths, period) },
    table: { rows: table.rows, total: table.total, page, pageSize, pageCount, sort },
    leaks,
  };
}
