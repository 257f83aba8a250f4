import Decimal from "decimal.js";
import { Money, mergeNotes, type ConversionNotes, type MonthMoneyColumn, type RateFallback } from "@/lib/currency/convert";
import type { MissingRate } from "@/lib/currency/rate-book";
import { monthNumberOf, periodOfMonthNumber } from "@/lib/investments/months";
import { SCENARIO_NAMES, type ScenarioName } from "@/lib/roi";
import { minorUnits, roiPct } from "./decimal-figures";
import type { InvestmentFigures } from "./investment-figures";
import { PAYBACK_STATUSES, type PaybackStatus } from "./payback";

/**
 * Roll-ups of investment figures: money is only ever added within one currency, headline
 * figures count approved (and later) plans, drafts are totalled apart. Pure: the SQL
 * roll-up in stored-figures.ts must give the same answer (tested).
 */

export type Tally = {
  investments: number;
  invested: Decimal;
  realised: Decimal;
  forecastCost: Decimal;
  forecastBenefit: Decimal;
  plannedCost: Decimal;
  plannedBenefit: Decimal;
  payback: Record<PaybackStatus, number>;
  missingMonths: number;
  leaks: number;
  atStakeMonthly: Decimal;
  lastActualAt: Date | null;
};

export const emptyTally = (): Tally => ({
  investments: 0,
  invested: new Money(0),
  realised: new Money(0),
  forecastCost: new Money(0),
  forecastBenefit: new Money(0),
  plannedCost: new Money(0),
  plannedBenefit: new Money(0),
  payback: { paid_back: 0, on_track: 0, late: 0, unknown: 0 },
  missingMonths: 0,
  leaks: 0,
  atStakeMonthly: new Money(0),
  lastActualAt: null,
});

const later = (a: Date | null, b: Date | null) => (a === null ? b : b === null || a >= b ? a : b);

/** Adds b into a (same currency, by construction of the callers). */
export function mergeTally(a: Tally, b: Tally): Tally {
  const payback = { ...a.payback };
  for (const status of PAYBACK_STATUSES) payback[status] += b.payback[status];
  return {
    investments: a.investments + b.investments,
    invested: a.invested.plus(b.invested),
    realised: a.realised.plus(b.realised),
    forecastCost: a.forecastCost.plus(b.forecastCost),
    forecastBenefit: a.forecastBenefit.plus(b.forecastBenefit),
    plannedCost: a.plannedCost.plus(b.plannedCost),
    plannedBenefit: a.plannedBenefit.plus(b.plannedBenefit),
    payback,
    missingMonths: a.missingMonths + b.missingMonths,
    leaks: a.leaks + b.leaks,
    atStakeMonthly: a.atStakeMonthly.plus(b.atStakeMonthly),
    lastActualAt: later(a.lastActualAt, b.lastActualAt),
  };
}

/** The tally of one investment. `visibleLeaks` is the number of its leaks not hidden by a review (default: all). */
export function tallyOf(f: InvestmentFigures, visibleLeaks?: { count: number; atStake: Decimal }): Tally {
  const t = emptyTally();
  t.investments = 1;
  t.invested = f.invested;
  t.realised = f.realised;
  t.forecastCost = f.forecastCost;
  t.forecastBenefit = f.forecastBenefit;
  t.plannedCost = f.plannedCost;
  t.plannedBenefit = f.plannedBenefit;
  t.payback[f.paybackStatus] = 1;
  t.missingMonths = f.missingMonths;
  t.leaks = visibleLeaks?.count ?? f.leaks.length;
  t.atStakeMonthly = visibleLeaks?.atStake ?? f.atStakeMonthly;
  t.lastActualAt = f.lastActualAt;
  return t;
}

/** Display figures of a tally: money rounded half-up to the currency's minor unit, ROI from the summed money (never an average). */
export function totalsOf(currency: string, t: Tally) {
  const money = (value: Decimal) => minorUnits(value, currency);
  return {
    currency,
    investments: t.investments,
    invested: money(t.invested),
    realised: money(t.realised),
    net: money(t.realised.minus(t.invested)),
    actualRoiPct: roiPct(t.invested, t.realised),
    forecastCost: money(t.forecastCost),
    forecastBenefit: money(t.forecastBenefit),
    forecastRoiPct: roiPct(t.forecastCost, t.forecastBenefit),
    plannedCost: money(t.plannedCost),
    plannedBenefit: money(t.plannedBenefit),
    plannedRoiPct: roiPct(t.plannedCost, t.plannedBenefit),
    payback: { ...t.payback },
    missingMonths: t.missingMonths,
    leaks: t.leaks,
    atStakeMonthly: money(t.atStakeMonthly),
    lastActualAt: t.lastActualAt,
  };
}
export type CurrencyTotals = ReturnType<typeof totalsOf>;

/** The tally of a currency group with its money replaced by the converted months' sums and the converted money at stake. */
export function convertTally(tally: Tally, sums: Record<MonthMoneyColumn, Decimal>, atStakeMonthly: Decimal): Tally {
  return {
    ...tally,
    invested: sums.actualCost,
    realised: sums.actualBenefit,
    forecastCost: sums.forecastCost,
    forecastBenefit: sums.forecastBenefit,
    plannedCost: sums.expectedCost,
    plannedBenefit: sums.expectedBenefit,
    atStakeMonthly,
  };
}

export type RollUpOptions = {
  /** The currency of the headline figures; amounts in other currencies are converted into it. */
  reportingCurrency: string;
  category?: string | null;
};

/** Whether every amount could be converted; the rates that are missing; forecasts at the latest known rate. */
export type ConversionSummary = { complete: boolean; missing: MissingRate[]; fallbacks: RateFallback[] };

export const conversionSummaryOf = (notes: readonly ConversionNotes[]): ConversionSummary => {
  const merged = mergeNotes(notes);
  return { complete: merged.missing.length === 0, ...merged };
};

export type PortfolioTotals = {
  reportingCurrency: string;
  /** Every counted plan, in the reporting currency: its own amounts plus the others converted month by month (zeros when there are none). */
  headline: CurrencyTotals;
  /** Counted plans in each other currency: their own figures, and (`converted`) what they add to the headline. */
  otherCurrencies: (CurrencyTotals & { converted: CurrencyTotals })[];
  /** Draft plans, per currency, in their own currency, shown apart. */
  drafts: CurrencyTotals[];
  /** Rates missing for some months (the headline is then incomplete) and forecasts converted at the latest known rate. */
  conversion: ConversionSummary;
};

/** A currency group's tally; for a currency other than the reporting one, also its conversion. */
export type TallyGroup = { currency: string; counted: boolean; tally: Tally; converted?: { tally: Tally; notes: ConversionNotes } };

// A group without a conversion has no months to convert: it adds its counts and no money.
const convertedOf = (g: TallyGroup) =>
  g.converted ?? {
    tally: { ...emptyTally(), investments: g.tally.investments, payback: { ...g.tally.payback }, missingMonths: g.tally.missingMonths, leaks: g.tally.leaks, lastActualAt: g.tally.lastActualAt },
    notes: { missing: [], fallbacks: [] },
  };

/** Groups tallies by currency into the headline (everything counted, converted), other currencies and drafts. */
export function assembleTotals(groups: TallyGroup[], reportingCurrency: string): PortfolioTotals {
  const merged = new Map<string, TallyGroup>();
  for (const g of groups) {
    const key = `${g.counted ? 1 : 0}${g.currency}`;
    const existing = merged.get(key);
    if (!existing) {
      merged.set(key, g);
      continue;
    }
    const converted =
      existing.converted || g.converted
        ? { tally: mergeTally(convertedOf(existing).tally, convertedOf(g).tally), notes: mergeNotes([convertedOf(existing).notes, convertedOf(g).notes]) }
        : undefined;
    merged.set(key, { ...existing, tally: mergeTally(existing.tally, g.tally), converted });
  }
  const all = [...merged.values()].sort((a, b) => a.currency.localeCompare(b.currency));
  const counted = all.filter((g) => g.counted);
  const others = counted.filter((g) => g.currency !== reportingCurrency);
  let headline = counted.find((g) => g.currency === reportingCurrency)?.tally ?? emptyTally();
  for (const g of others) headline = mergeTally(headline, convertedOf(g).tally);
  return {
    reportingCurrency,
    headline: totalsOf(reportingCurrency, headline),
    otherCurrencies: others.map((g) => ({ ...totalsOf(g.currency, g.tally), converted: totalsOf(reportingCurrency, convertedOf(g).tally) })),
    drafts: all.filter((g) => !g.counted).map((g) => totalsOf(g.currency, g.tally)),
    conversion: conversionSummaryOf(others.map((g) => convertedOf(g).notes)),
  };
}

/**
 * The portfolio totals of a list of investment figures (archived ones are left out).
 * `convert` gives an investment's figures in the reporting currency (required for any
 * investment in another currency; without it such an investment adds no money).
 */
export function rollUp(
  figures: InvestmentFigures[],
  options: RollUpOptions,
  visible?: (f: InvestmentFigures) => { count: number; atStake: Decimal },
  convert?: (f: InvestmentFigures, tally: Tally) => { tally: Tally; notes: ConversionNotes },
): PortfolioTotals {
  const groups = figures
    .filter((f) => !f.archived && (!options.category || f.category === options.category))
    .map((f): TallyGroup => {
      const tally = tallyOf(f, visible?.(f));
      return { currency: f.currency, counted: f.counted, tally, converted: f.currency !== options.reportingCurrency && convert ? convert(f, tally) : undefined };
    });
  return assembleTotals(groups, options.reportingCurrency);
}

// ---- The cumulative monthly series (chart) -------------------------------------------

export type MonthTotals = { period: string } & Record<"actualCost" | "actualBenefit" | `${ScenarioName}Cost` | `${ScenarioName}Benefit`, Decimal>;
export type RoiLinePoint = { period: string; actual: number | null } & Record<ScenarioName, number | null>;

/** At most this many points are drawn; longer series keep every k-th month (cumulative values stay exact). */
export const MAX_CHART_POINTS = 120;

/**
 * Cumulative ROI per calendar month: the measured line (recorded months before `currentPeriod`)
 * and the band of the plans' scenarios. Input: one currency's monthly totals, any order.
 */
export function cumulativeRoiSeries(months: MonthTotals[], currentPeriod: string): RoiLinePoint[] {
  const sorted = withoutGaps(months);
  const running = { cost: new Decimal(0), benefit: new Decimal(0) };
  const band = Object.fromEntries(SCENARIO_NAMES.map((n) => [n, { cost: new Decimal(0), benefit: new Decimal(0) }])) as Record<ScenarioName, { cost: Decimal; benefit: Decimal }>;
  const points: RoiLinePoint[] = [];
  for (const m of sorted) {
    running.cost = running.cost.plus(m.actualCost);
    running.benefit = running.benefit.plus(m.actualBenefit);
    const point: RoiLinePoint = {
      period: m.period,
      actual: m.period < currentPeriod && !running.cost.isZero() ? roiPct(running.cost, running.benefit) : null,
      conservative: null,
      expected: null,
      optimistic: null,
    };
    for (const name of SCENARIO_NAMES) {
      band[name].cost = band[name].cost.plus(m[`${name}Cost`]);
      band[name].benefit = band[name].benefit.plus(m[`${name}Benefit`]);
      point[name] = roiPct(band[name].cost, band[name].benefit);
    }
    points.push(point);
  }
  return thin(points);
}

/** Sorted by month, with a zero month for every month between the first and the last. */
function withoutGaps(months: MonthTotals[]): MonthTotals[] {
  const byPeriod = new Map(months.map((m) => [m.period, m]));
  const periods = [...byPeriod.keys()].sort();
  if (periods.length === 0) return [];
  const zero = new Decimal(0);
  const length = monthNumberOf(periods[0], periods[periods.length - 1]);
  return Array.from({ length }, (_, i) => {
    const period = periodOfMonthNumber(periods[0], i + 1);
    return byPeriod.get(period) ?? ({ period, actualCost: zero, actualBenefit: zero, ...Object.fromEntries(SCENARIO_NAMES.flatMap((n) => [[`${n}Cost`, zero], [`${n}Benefit`, zero]])) } as MonthTotals);
  });
}

/** Keeps at most MAX_CHART_POINTS points, always the last one. */
function thin<T>(points: T[]): T[] {
  if (points.length <= MAX_CHART_POINTS) return points;
  const step = Math.ceil(points.length / MAX_CHART_POINTS);
  const kept = points.filter((_, i) => (points.length - 1 - i) % step === 0);
  return kept;
}
