import Decimal from "decimal.js";
import { getDb } from "@/lib/db/client";
import { cents, roiPct } from "./decimal-figures";
import type { PaybackStatus } from "./payback";
import { emptyTally, mergeTally, totalsOf, type Tally } from "./roll-up";
import { sumOpenLeaks, sumStoredFigures } from "./stored-figures";
import { withLeakSums } from "./workspace-portfolio";

// The consultant overview's figures over many workspaces, from the stored figures in a
// fixed number of queries (bounded by workspaces × currencies, never by actual rows).
// Headline figures count approved (and later) plans only; money is only ever added within
// one currency; drafts are counted apart.

/** The figures of one currency: a workspace's line or a total. */
export type OverviewFigures = {
  currency: string;
  investments: number;
  invested: number;
  realised: number;
  net: number;
  actualRoiPct: number | null;
  forecastCost: number;
  forecastBenefit: number;
  forecastRoiPct: number | null;
  payback: Record<PaybackStatus, number>;
  openLeaks: number;
  atStakeMonthly: number;
  missingMonths: number;
  lastUpdate: Date | null;
};

function overviewFiguresOf(currency: string, tally: Tally): OverviewFigures {
  const t = totalsOf(currency, tally);
  return {
    currency,
    investments: t.investments,
    invested: t.invested,
    realised: t.realised,
    net: t.net,
    actualRoiPct: t.actualRoiPct,
    forecastCost: t.forecastCost,
    forecastBenefit: t.forecastBenefit,
    forecastRoiPct: t.forecastRoiPct,
    payback: t.payback,
    openLeaks: t.leaks,
    atStakeMonthly: t.atStakeMonthly,
    missingMonths: t.missingMonths,
    lastUpdate: t.lastActualAt,
  };
}

export type WorkspaceFigures = {
  /** Counted plans in the workspace's own currency (zeros when there are none). */
  headline: OverviewFigures;
  /** Counted plans in each other currency, never added to the headline. */
  otherCurrencies: OverviewFigures[];
  /** Counted plans in every currency (a count, not money). */
  countedInvestments: number;
  /** Draft plans, in no figure. */
  drafts: number;
  /** The latest recorded actual of any of its investments. */
  lastUpdate: Date | null;
};
export type OverviewTotal = OverviewFigures & { workspaces: number };

const later = (a: Date | null, b: Date | null) => (a === null ? b : b === null || a >= b ? a : b);

/**
 * Per workspace, its counted plans per currency (its own currency first) and its drafts;
 * and one total per currency over all of them. Two queries (stored figures, open leaks).
 */
export async function sumWorkspaceFigures(workspaces: { id: string; currency: string }[], today: Date) {
  const filter = { workspaceIds: workspaces.map((w) => w.id) };
  const [groups, leakSums] = await Promise.all([sumStoredFigures(filter), sumOpenLeaks(filter, today)]);
  const all = withLeakSums(groups, leakSums);
  const byWorkspace = new Map<string, WorkspaceFigures>();
  const totals = new Map<string, { tally: Tally; workspaces: number }>();
  const addToTotal = (currency: string, tally: Tally) => {
    const total = totals.get(currency) ?? { tally: emptyTally(), workspaces: 0 };
    totals.set(currency, { tally: mergeTally(total.tally, tally), workspaces: total.workspaces + 1 });
  };
  let investments = 0;
  for (const workspace of workspaces) {
    const own = all.filter((g) => g.workspaceId === workspace.id);
    const counted = own.filter((g) => g.counted);
    const headline = counted.find((g) => g.currency === workspace.currency)?.tally ?? emptyTally();
    const others = counted
      .filter((g) => g.currency !== workspace.currency)
      .sort((a, b) => a.currency.localeCompare(b.currency));
    addToTotal(workspace.currency, headline);
    for (const g of others) addToTotal(g.currency, g.tally);
    investments += own.reduce((n, g) => n + g.tally.investments, 0);
    byWorkspace.set(workspace.id, {
      headline: overviewFiguresOf(workspace.currency, headline),
      otherCurrencies: others.map((g) => overviewFiguresOf(g.currency, g.tally)),
      countedInvestments: counted.reduce((n, g) => n + g.tally.investments, 0),
      drafts: own.filter((g) => !g.counted).reduce((n, g) => n + g.tally.investments, 0),
      lastUpdate: own.reduce<Date | null>((latest, g) => later(latest, g.tally.lastActualAt), null),
    });
  }
  const currencyTotals: OverviewTotal[] = [...totals.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, { tally, workspaces: count }]) => ({ ...overviewFiguresOf(currency, tally), workspaces: count }));
  return { byWorkspace, totals: currencyTotals, investments };
}

export type CategoryBenchmark = {
  category: string;
  currency: string;
  investments: number;
  workspaces: number;
  invested: number;
  realised: number;
  actualRoiPct: number | null;
  forecastRoiPct: number | null;
};

type CategoryRow = {
  category: string;
  currency: string;
  investments: number;
  workspaces: number;
  invested: string;
  realised: string;
  forecastCost: string;
  forecastBenefit: string;
};

/**
 * ROI per investment category across the given workspaces (counted plans only, in the
 * investments' own currencies, kept apart per currency): costs and benefits are summed per
 * category first, never averaged. Best measured ROI first; categories without actuals last.
 */
export async function benchmarkCategories(workspaceIds: string[]): Promise<CategoryBenchmark[]> {
  if (workspaceIds.length === 0) return [];
  const rows = await getDb().$queryRaw<CategoryRow[]>`
    SELECT f.category::text AS category, f.currency, COUNT(*)::int AS investments, COUNT(DISTINCT f."workspaceId")::int AS workspaces,
      SUM(f.invested)::text AS invested, SUM(f.realised)::text AS realised,
      SUM(f."forecastCost")::text AS "forecastCost", SUM(f."forecastBenefit")::text AS "forecastBenefit"
    FROM "InvestmentFigures" f
    WHERE f."workspaceId" = ANY(${workspaceIds}) AND NOT f.archived AND f.counted
    GROUP BY f.category, f.currency`;
  const benchmark = rows.map((r) => {
    const invested = new Decimal(r.invested);
    const realised = new Decimal(r.realised);
    return {
      category: r.category,
      currency: r.currency,
      investments: r.investments,
      workspaces: r.workspaces,
      invested: cents(invested),
      realised: cents(realised),
      actualRoiPct: roiPct(invested, realised),
      forecastRoiPct: roiPct(new Decimal(r.forecastCost), new Decimal(r.forecastBenefit)),
    };
  });
  return benchmark.sort(
    (a, b) =>
      (b.actualRoiPct ?? -Infinity) - (a.actualRoiPct ?? -Infinity) ||
      a.category.localeCompare(b.category) ||
      a.currency.localeCompare(b.currency),
  );
}
