import { Money, MONEY_COLUMNS } from "@/lib/currency/convert";
import type { RateBook } from "@/lib/currency/rate-book";
import { getDb } from "@/lib/db/client";
import { currentPeriod } from "@/lib/investments/months";
import { sumConverted, type ConvertedInvestment } from "./converted-months";
import { minorUnits, roiPct } from "./decimal-figures";
import type { PaybackStatus } from "./payback";
import { assembleTotals, type ConversionSummary, type CurrencyTotals } from "./roll-up";
import { sumOpenLeaks, sumStoredFigures } from "./stored-figures";
import { withConversions, withLeakSums } from "./workspace-portfolio";

// The consultant overview's figures over many workspaces, from the stored figures in a
// fixed number of queries (bounded by workspaces × currencies, and by the months of the
// investments in another currency, never by actual rows). Everything is shown in the
// consultant's overview currency: each workspace's amounts in other currencies are
// converted month by month with THAT workspace's rate table (docs/currencies.md), so the
// total of all workspaces is one sum of converted bookings. Headline figures count approved
// (and later) plans only; drafts are counted apart.

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

/** A currency other than the overview currency: its own figures, and what it adds to the line (`converted`). */
export type OtherCurrencyFigures = OverviewFigures & { converted: OverviewFigures };

function overviewFiguresOf(t: CurrencyTotals): OverviewFigures {
  return {
    currency: t.currency,
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
  /** Every counted plan, in the overview currency: its own amounts plus the other currencies converted month by month. */
  headline: OverviewFigures;
  /** Counted plans in each currency other than the overview currency: their own figures and what they add to the headline. */
  otherCurrencies: OtherCurrencyFigures[];
  /** Rates missing in this workspace's table (the headline is then incomplete), forecasts at the latest known rate. */
  conversion: ConversionSummary;
  /** Counted plans in every currency (a count, not money). */
  countedInvestments: number;
  /** Draft plans, in no figure. */
  drafts: number;
  /** The latest recorded actual of any of its investments. */
  lastUpdate: Date | null;
};
/** All workspaces together, in the overview currency; `conversion` merges the workspaces' missing rates. */
export type OverviewTotal = OverviewFigures & { workspaces: number; conversion: ConversionSummary };

const later = (a: Date | null, b: Date | null) => (a === null ? b : b === null || a >= b ? a : b);

/** What the overview converts with: the overview currency, each workspace's rate book and the converted months. */
export type OverviewConversion = {
  currency: string;
  books: Map<string, RateBook>;
  /** convertForeignInvestments(every workspace → `currency`); may still be running. */
  converted: ConvertedInvestment[] | Promise<ConvertedInvestment[]>;
};

/**
 * Per workspace, its counted plans in the overview currency (other currencies converted
 * with its own rates, and listed in their own currency too) and its drafts; and one total
 * over all of them. Two queries (stored figures, open leaks) besides the conversion.
 */
export async function sumWorkspaceFigures(workspaces: { id: string; currency: string }[], today: Date, overview: OverviewConversion) {
  const filter = { workspaceIds: workspaces.map((w) => w.id) };
  const [groups, leakSums, converted] = await Promise.all([sumStoredFigures(filter), sumOpenLeaks(filter, today), overview.converted]);
  const targets = new Map(workspaces.map((w) => [w.id, overview.currency]));
  const all = withConversions(withLeakSums(groups, leakSums), converted, targets, overview.books, currentPeriod(today));
  const byWorkspace = new Map<string, WorkspaceFigures>();
  let investments = 0;
  for (const workspace of workspaces) {
    const own = all.filter((g) => g.workspaceId === workspace.id);
    const totals = assembleTotals(own, overview.currency);
    investments += own.reduce((n, g) => n + g.tally.investments, 0);
    byWorkspace.set(workspace.id, {
      headline: overviewFiguresOf(totals.headline),
      otherCurrencies: totals.otherCurrencies.map((o) => ({ ...overviewFiguresOf(o), converted: overviewFiguresOf(o.converted) })),
      conversion: totals.conversion,
      countedInvestments: own.filter((g) => g.counted).reduce((n, g) => n + g.tally.investments, 0),
      drafts: totals.drafts.reduce((n, d) => n + d.investments, 0),
      lastUpdate: own.reduce<Date | null>((latest, g) => later(latest, g.tally.lastActualAt), null),
    });
  }
  // Every workspace's converted groups are in the overview currency: one exact sum of them all.
  const overall = assembleTotals(all, overview.currency);
  const total: OverviewTotal = { ...overviewFiguresOf(overall.headline), workspaces: workspaces.length, conversion: overall.conversion };
  return { byWorkspace, total, investments };
}

export type CategoryBenchmark = {
  category: string;
  /** The overview currency: amounts in other currencies are converted into it. */
  currency: string;
  investments: number;
  workspaces: number;
  invested: number;
  realised: number;
  actualRoiPct: number | null;
  forecastRoiPct: number | null;
  /** Investments of the category in another currency, converted month by month. */
  converted: number;
  /** False when a rate is missing for some month (its amounts are then not in the figures). */
  complete: boolean;
  /** Missing rates, each counted once per workspace whose table lacks it. */
  missingRates: number;
};

type CategoryRow = {
  category: string;
  investments: number;
  workspaces: number;
  invested: string;
  realised: string;
  forecastCost: string;
  forecastBenefit: string;
};

/**
 * ROI per investment category across the given workspaces (counted plans only), in the
 * overview currency: the amounts already in it, plus the converted months of the
 * investments in other currencies (each with its workspace's rates). Costs and benefits
 * are summed per category first, never averaged. Best measured ROI first; categories
 * without actuals last. One query besides the conversion.
 */
export async function benchmarkCategories(workspaceIds: string[], overview: Pick<OverviewConversion, "currency" | "converted">): Promise<CategoryBenchmark[]> {
  if (workspaceIds.length === 0) return [];
  const currency = overview.currency;
  const [rows, converted] = await Promise.all([
    getDb().$queryRaw<CategoryRow[]>`
      SELECT f.category::text AS category, COUNT(*)::int AS investments, COUNT(DISTINCT f."workspaceId")::int AS workspaces,
        COALESCE(SUM(f.invested) FILTER (WHERE f.currency = ${currency}), 0)::text AS invested,
        COALESCE(SUM(f.realised) FILTER (WHERE f.currency = ${currency}), 0)::text AS realised,
        COALESCE(SUM(f."forecastCost") FILTER (WHERE f.currency = ${currency}), 0)::text AS "forecastCost",
        COALESCE(SUM(f."forecastBenefit") FILTER (WHERE f.currency = ${currency}), 0)::text AS "forecastBenefit"
      FROM "InvestmentFigures" f
      WHERE f."workspaceId" = ANY(${workspaceIds}) AND NOT f.archived AND f.counted
      GROUP BY f.category`,
    overview.converted,
  ]);
  const ids = new Set(workspaceIds);
  const byCategory = sumConverted(
    converted.filter((c) => c.counted && c.target === currency && ids.has(c.workspaceId)),
    (c) => c.category,
  );
  const benchmark = rows.map((r): CategoryBenchmark => {
    const group = byCategory.get(r.category);
    const sums = group?.sums ?? (Object.fromEntries(MONEY_COLUMNS.map((c) => [c, new Money(0)])) as NonNullable<typeof group>["sums"]);
    const invested = new Money(r.invested).plus(sums.actualCost);
    const realised = new Money(r.realised).plus(sums.actualBenefit);
    const forecastCost = new Money(r.forecastCost).plus(sums.forecastCost);
    const forecastBenefit = new Money(r.forecastBenefit).plus(sums.forecastBenefit);
    const missing = new Set((group?.investments ?? []).flatMap((i) => i.notes.missing.map((m) => `${i.workspaceId}\u0000${m.from}>${m.to}@${m.period}`)));
    return {
      category: r.category,
      currency,
      investments: r.investments,
      workspaces: r.workspaces,
      invested: minorUnits(invested, currency),
      realised: minorUnits(realised, currency),
      actualRoiPct: roiPct(invested, realised),
      forecastRoiPct: roiPct(forecastCost, forecastBenefit),
      converted: group?.investments.length ?? 0,
      complete: missing.size === 0,
      missingRates: missing.size,
    };
  });
  return benchmark.sort((a, b) => (b.actualRoiPct ?? -Infinity) - (a.actualRoiPct ?? -Infinity) || a.category.localeCompare(b.category));
}
