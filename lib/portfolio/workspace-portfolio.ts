import Decimal from "decimal.js";
import { convertMonthlyAmount, mergeNotes } from "@/lib/currency/convert";
import type { RateBook } from "@/lib/currency/rate-book";
import { loadRateBooks } from "@/lib/currency/rate-books";
import { currentPeriod } from "@/lib/investments/months";
import { SCENARIO_NAMES } from "@/lib/roi";
import { convertForeignInvestments, sumConverted, type ConvertedInvestment } from "./converted-months";
import { minorUnits } from "./decimal-figures";
import { ensureFreshFigures } from "./refresh";
import { assembleTotals, convertTally, cumulativeRoiSeries, type MonthTotals, type PortfolioTotals, type RoiLinePoint, type TallyGroup } from "./roll-up";
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

/** A row's money in the reporting currency, for an investment in another currency. */
export type ConvertedRowFigures = { currency: string; invested: number; realised: number; atStakeMonthly: number; complete: boolean };

export type WorkspacePortfolio = {
  period: string;
  totals: PortfolioTotals;
  /** Every currency the workspace's investments are in. */
  currencies: string[];
  chart: { currency: string; points: RoiLinePoint[] };
  table: { rows: (InvestmentRow & { converted?: ConvertedRowFigures })[]; total: number; page: number; pageSize: number; pageCount: number; sort: InvestmentSort };
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
 * Adds each currency group's conversion into its workspace's target currency: the money of
 * its converted months, and its open money at stake at the current month's rate.
 */
export function withConversions<T extends { workspaceId: string; currency: string; counted: boolean; tally: TallyGroup["tally"] }>(
  groups: T[],
  converted: ConvertedInvestment[],
  targets: Map<string, string>,
  books: Map<string, RateBook>,
  period: string,
): (T & Pick<TallyGroup, "converted">)[] {
  const sums = sumConverted(converted, (i) => `${i.workspaceId}\u0000${i.currency}\u0000${i.counted}`);
  return groups.map((g) => {
    const target = targets.get(g.workspaceId);
    if (target === undefined || g.currency === target) return g;
    const book = books.get(g.workspaceId);
    const group = sums.get(`${g.workspaceId}\u0000${g.currency}\u0000${g.counted}`);
    if (!book || !group) return g;
    const atStake = convertMonthlyAmount(g.tally.atStakeMonthly, g.currency, target, period, book);
    return { ...g, converted: { tally: convertTally(g.tally, group.sums, atStake.value), notes: mergeNotes([group.notes, atStake.notes]) } };
  });
}

/** Monthly totals in the target currency: the target's own months plus the converted months of the other currencies (counted plans). */
export function addConvertedMonths(own: MonthTotals[], converted: ConvertedInvestment[]): MonthTotals[] {
  const byPeriod = new Map(own.map((m) => [m.period, { ...m }]));
  const keys = ["actualCost", "actualBenefit", ...SCENARIO_NAMES.flatMap((n) => [`${n}Cost`, `${n}Benefit`] as const)] as const;
  for (const investment of converted) {
    if (!investment.counted) continue;
    for (const m of investment.months) {
      const existing = byPeriod.get(m.period);
      const row = existing ?? ({ period: m.period, ...Object.fromEntries(keys.map((k) => [k, new Decimal(0)])) } as MonthTotals);
      for (const k of keys) row[k] = row[k].plus(m[k]);
      byPeriod.set(m.period, row);
    }
  }
  return [...byPeriod.values()].sort((a, b) => a.period.localeCompare(b.period));
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
  const [currencies, books] = await Promise.all([currenciesOf([workspace.id]), loadRateBooks([workspace.id])]);
  // A currency none of the investments is in falls back to the workspace's (it is never invented).
  const reportingCurrency = requestedCurrency === workspace.currency || currencies.includes(requestedCurrency) ? requestedCurrency : workspace.currency;
  const book = books.get(workspace.id) as RateBook;
  const targets = new Map([[workspace.id, reportingCurrency]]);
  const leakConversion = { target: reportingCurrency, book, period, currencies };
  // Investments in other currencies sort by their converted money, so they are converted first.
  const converted = await convertForeignInvestments(filter, targets, books);
  const convertedSort = { invested: converted.map((c) => ({ investmentId: c.investmentId, invested: c.sums.actualCost.toFixed() })), atStake: leakConversion };
  const [groups, leakSums, months, leaks, firstPage] = await Promise.all([
    sumStoredFigures(filter),
    sumOpenLeaks(filter, today),
    monthTotalsOf(workspace.id, reportingCurrency, { category: filter.category }),
    listLeaks(filter, today, query.leakLimit ?? 20, query.reviewedLeakLimit ?? REVIEWED_LEAK_LIMIT, leakConversion),
    pageOfInvestments(filter, sort, requestedPage, pageSize, today, convertedSort),
  ]);
  const pageCount = Math.max(1, Math.ceil(firstPage.total / pageSize));
  // A page past the end (the list shrank) shows the last page.
  const page = Math.min(requestedPage, pageCount);
  const table = page === requestedPage ? firstPage : await pageOfInvestments(filter, sort, page, pageSize, today, convertedSort);
  const byInvestment = new Map(converted.map((c) => [c.investmentId, c]));
  const rows = table.rows.map((row) => {
    const c = byInvestment.get(row.id);
    if (!c) return row;
    const atStake = convertMonthlyAmount(String(row.atStakeMonthly), row.currency, reportingCurrency, period, book);
    return {
      ...row,
      converted: {
        currency: reportingCurrency,
        invested: minorUnits(c.sums.actualCost, reportingCurrency),
        realised: minorUnits(c.sums.actualBenefit, reportingCurrency),
        atStakeMonthly: minorUnits(atStake.value, reportingCurrency),
        complete: c.notes.missing.length === 0 && atStake.notes.missing.length === 0,
      },
    };
  });
  return {
    period,
    totals: assembleTotals(withConversions(withLeakSums(groups, leakSums), converted, targets, books, period), reportingCurrency),
    currencies: currencies.includes(reportingCurrency) ? currencies : [reportingCurrency, ...currencies],
    chart: { currency: reportingCurrency, points: cumulativeRoiSeries(addConvertedMonths(months, converted), period) },
    table: { rows, total: table.total, page, pageSize, pageCount, sort },
    leaks,
  };
}
