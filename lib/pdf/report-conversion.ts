// The report's currency conversion: each investment in another currency than the
// workspace's reporting currency has its months (contributionsOf) converted once, with the
// workspace's RateBook loaded once for the report (lib/currency, docs/currencies.md):
// actuals at their own month's rate only, forecasts and plans at theirs or the latest known.
// The executive summary adds the converted sums (rollUp's `convert`), the portfolio chart the
// converted months, each section prints its converted figures, and the appendix lists every
// stored rate those conversions used. Pure.
import Decimal from "decimal.js";
import {
  convertMonthlyAmount,
  convertMonths,
  mergeNotes,
  sumMonths,
  type ConversionNotes,
  type ConvertedMonth,
  type MonthAmounts,
  type MonthMoneyColumn,
  type RateFallback,
} from "@/lib/currency/convert";
import type { MissingRate, RateBook, RateUse } from "@/lib/currency/rate-book";
import { minorUnits, roiPct } from "@/lib/portfolio/decimal-figures";
import { conversionSummaryOf } from "@/lib/portfolio/roll-up";
import { periodOfMonthNumber } from "@/lib/investments/months";
import type { ScenarioName } from "@/lib/roi";

/** A stored rate as the report loads it (ExchangeRate): in `period`, 1 `from` = `rate` `to`. */
export type ReportRateEntry = { from: string; to: string; period: string; rate: string; source: string };

/** Whether every amount converted, the rates missing and the forecasts at the latest known rate (plain JSON). */
export type ReportConversionSummary = { complete: boolean; missing: MissingRate[]; fallbacks: RateFallback[] };

/** An investment's figures in the reporting currency (its section prints them under its own). */
export type ReportConverted = {
  currency: string;
  invested: number;
  realised: number;
  net: number;
  investedInPeriod: number;
  realisedInPeriod: number;
  actualRoiPct: number | null;
  forecastRoiPct: number | null;
  /** The whole plan in the report's scenario. */
  plannedRoiPct: number | null;
  conversion: ReportConversionSummary;
};

/** One stored rate the report used, and for which conversions ("divided": used the other way round; "cross": one leg through a third currency). */
export type ReportRateUsed = {
  period: string;
  from: string;
  to: string;
  rate: string;
  source: string;
  usedFor: { from: string; to: string; how: "direct" | "divided" | "cross" }[];
};

/** Forecasts (or the money at stake) of one investment converted at the latest known rate instead of their own month's. */
export type ReportRateFallback = {
  investmentName: string;
  kind: "forecast" | "atStake";
  from: string;
  to: string;
  /** The month whose rate was used. */
  usedPeriod: string;
  months: number;
  /** The months, as runs of consecutive months. */
  ranges: { from: string; to: string }[];
};

/** The appendix "Exchange rates used". */
export type ReportRates = {
  used: ReportRateUsed[];
  fallbacks: ReportRateFallback[];
  /** Every rate missing for a figure the report prints (the summary's own list covers the counted plans). */
  missing: MissingRate[];
};

/** One investment's conversion, kept beside its figures while the report is built (not part of the model). */
export type InvestmentConversion = {
  from: string;
  target: string;
  months: ConvertedMonth[];
  /** The months' notes and the money at stake's. */
  notes: ConversionNotes;
  sums: Record<MonthMoneyColumn, Decimal>;
  /** The actual columns of the report period's months only. */
  periodSums: { actualCost: Decimal; actualBenefit: Decimal };
  atStake: Decimal;
  atStakeRate: RateUse | null;
};

/**
 * Converts an investment's months into `target` (once), with its open money at stake per
 * month at `currentPeriod`'s rate (else the latest known).
 */
export function convertInvestmentMonths(
  months: readonly MonthAmounts[],
  from: string,
  target: string,
  book: RateBook,
  options: { periodFrom: string; currentPeriod: string; atStake: Decimal },
): InvestmentConversion {
  const converted = convertMonths(months, from, target, book);
  const atStake = convertMonthlyAmount(options.atStake, from, target, options.currentPeriod, book);
  // The fallbacks count forecast months; the money at stake's rate is stated in the appendix.
  const periodSums = { actualCost: new Decimal(0), actualBenefit: new Decimal(0) };
  for (const m of converted.months) {
    if (m.period < options.periodFrom) continue;
    periodSums.actualCost = periodSums.actualCost.plus(m.actualCost);
    periodSums.actualBenefit = periodSums.actualBenefit.plus(m.actualBenefit);
  }
  return {
    from,
    target,
    months: converted.months,
    notes: mergeNotes([converted.notes, { missing: atStake.notes.missing, fallbacks: [] }]),
    sums: sumMonths(converted.months),
    periodSums,
    atStake: atStake.value,
    atStakeRate: atStake.rate,
  };
}

export const summaryOf = (notes: ConversionNotes): ReportConversionSummary => conversionSummaryOf([notes]);

/** The section's figures in the reporting currency: sums of the converted months, ROI from those sums. */
export function convertedFiguresOf(c: InvestmentConversion, scenario: ScenarioName): ReportConverted {
  const money = (v: Decimal) => minorUnits(v, c.target);
  const s = c.sums;
  return {
    currency: c.target,
    invested: money(s.actualCost),
    realised: money(s.actualBenefit),
    net: money(s.actualBenefit.minus(s.actualCost)),
    investedInPeriod: money(c.periodSums.actualCost),
    realisedInPeriod: money(c.periodSums.actualBenefit),
    actualRoiPct: roiPct(s.actualCost, s.actualBenefit),
    forecastRoiPct: roiPct(s.forecastCost, s.forecastBenefit),
    plannedRoiPct: roiPct(s[`${scenario}Cost`], s[`${scenario}Benefit`]),
    conversion: summaryOf(c.notes),
  };
}

const rateKey = (r: { from: string; to: string; period: string }) => `${r.from}>${r.to}@${r.period}`;

/**
 * Every stored rate the conversions used (a cross rate's two legs each), oldest month first,
 * with its source; the forecasts that used the latest known rate, per investment; and every
 * missing rate.
 */
export function ratesUsedOf(
  conversions: { name: string; conversion: InvestmentConversion }[],
  entries: readonly ReportRateEntry[],
): ReportRates {
  const sources = new Map(entries.map((e) => [rateKey(e), e.source]));
  const used = new Map<string, ReportRateUsed>();
  const add = (use: RateUse | null) => {
    if (!use) return;
    for (const leg of use.legs) {
      const key = rateKey(leg);
      let entry = used.get(key);
      if (!entry) {
        entry = {
          period: leg.period,
          from: leg.from,
          to: leg.to,
          rate: leg.rate,
          source: sources.get(key) ?? "",
          usedFor: [],
        };
        used.set(key, entry);
      }
      const how = use.legs.length > 1 ? "cross" : leg.inverted ? "divided" : "direct";
      if (!entry.usedFor.some((u) => u.from === use.from && u.to === use.to && u.how === how))
        entry.usedFor.push({ from: use.from, to: use.to, how });
    }
  };
  const fallbacks: ReportRateFallback[] = [];
  for (const { name, conversion } of conversions) {
    const byPeriod = new Map<string, ReportRateFallback>();
    for (const m of conversion.months) {
      add(m.actualRate);
      add(m.forecastRate);
      const rate = m.forecastRate;
      if (!rate?.fallback) continue;
      const f = byPeriod.get(rate.usedPeriod);
      if (f) {
        f.months += 1;
        const last = f.ranges[f.ranges.length - 1];
        if (periodOfMonthNumber(last.to, 2) === m.period) last.to = m.period;
        else f.ranges.push({ from: m.period, to: m.period });
      } else {
        const entry: ReportRateFallback = {
          investmentName: name,
          kind: "forecast",
          from: rate.from,
          to: rate.to,
          usedPeriod: rate.usedPeriod,
          months: 1,
          ranges: [{ from: m.period, to: m.period }],
        };
        byPeriod.set(rate.usedPeriod, entry);
        fallbacks.push(entry);
      }
    }
    add(conversion.atStakeRate);
    const stake = conversion.atStakeRate;
    if (stake?.fallback)
      fallbacks.push({
        investmentName: name,
        kind: "atStake",
        from: stake.from,
        to: stake.to,
        usedPeriod: stake.usedPeriod,
        months: 1,
        ranges: [{ from: stake.period, to: stake.period }],
      });
  }
  return {
    used: [...used.values()].sort(
      (a, b) => a.period.localeCompare(b.period) || a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
    ),
    fallbacks,
    missing: mergeNotes(conversions.map((c) => c.conversion.notes)).missing,
  };
}
