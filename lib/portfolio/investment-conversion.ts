import Decimal from "decimal.js";
import { ACTUAL_COLUMNS, sumMonths, type ConversionNotes, type ConvertedMonth, type MonthAmounts, type MonthMoneyColumn } from "@/lib/currency/convert";
import type { MissingRate, RateLeg } from "@/lib/currency/rate-book";
import { minorUnits, roiPct } from "./decimal-figures";
import { conversionSummaryOf, type ConversionSummary } from "./roll-up";

// One investment's figures in its workspace's reporting currency, for its page and a share
// link to it: the headline figures in its own currency beside the converted ones, and every
// month with the rate it was converted at, so a reader can check each amount by hand against
// the rate table (docs/currencies.md). Pure: the months come from convertInvestment
// (converted-months.ts) and the investment's own stored months.

/** An investment's stored month in its own currency (InvestmentMonth). */
export type OwnMonth = MonthAmounts & { recorded: boolean };

/** What convertInvestment gives: the same months converted, each with the rates used. */
export type ConvertedInvestmentMonths = {
  currency: string;
  target: string;
  months: (ConvertedMonth & { recorded: boolean })[];
  notes: ConversionNotes;
};

/** Headline figures in one currency, rounded to its minor unit; ROI from the summed money. */
export type ConversionFigures = {
  currency: string;
  invested: number;
  realised: number;
  net: number;
  actualRoiPct: number | null;
  /** The plan's forecast for the recorded months. */
  forecastCost: number;
  forecastBenefit: number;
  forecastRoiPct: number | null;
  /** The whole plan in force, expected scenario. */
  plannedCost: number;
  plannedBenefit: number;
  plannedRoiPct: number | null;
};

/** The rate a month was converted at: the stored rate(s) behind it (one, or the two legs of a cross rate). */
export type MonthRate = {
  legs: RateLeg[];
  /** The month whose rate was used (a forecast may use the latest known one). */
  usedPeriod: string;
  fallback: boolean;
};

export type ConversionMonthRow = {
  period: string;
  /** "actual": a recorded month (its actual amounts, at that month's rate only); "plan": the plan's expected amounts. */
  kind: "actual" | "plan";
  own: { cost: number; benefit: number };
  /** Null when the month's rate is missing (it then adds nothing to the converted figures). */
  converted: { cost: number; benefit: number } | null;
  rate: MonthRate | null;
  missing: MissingRate | null;
};

export type InvestmentConversionView = {
  currency: string;
  target: string;
  own: ConversionFigures;
  converted: ConversionFigures;
  conversion: ConversionSummary;
  months: ConversionMonthRow[];
};

function figuresOf(currency: string, s: Record<MonthMoneyColumn, Decimal>): ConversionFigures {
  const money = (v: Decimal) => minorUnits(v, currency);
  return {
    currency,
    invested: money(s.actualCost),
    realised: money(s.actualBenefit),
    net: money(s.actualBenefit.minus(s.actualCost)),
    actualRoiPct: roiPct(s.actualCost, s.actualBenefit),
    forecastCost: money(s.forecastCost),
    forecastBenefit: money(s.forecastBenefit),
    forecastRoiPct: roiPct(s.forecastCost, s.forecastBenefit),
    plannedCost: money(s.expectedCost),
    plannedBenefit: money(s.expectedBenefit),
    plannedRoiPct: roiPct(s.expectedCost, s.expectedBenefit),
  };
}

const isZero = (m: MonthAmounts, columns: readonly MonthMoneyColumn[]) => columns.every((c) => m[c].isZero());

/**
 * The page's figures: own and converted headline figures, the conversion notes (missing
 * rates, forecasts at the latest known rate) and a row per month — recorded months with
 * their actual amounts, the other months with the plan's (expected) amounts; months with
 * nothing in them are left out.
 */
export function investmentConversionView(own: readonly OwnMonth[], converted: ConvertedInvestmentMonths): InvestmentConversionView {
  const { currency, target } = converted;
  const byPeriod = new Map(own.map((m) => [m.period, m]));
  const months = converted.months;
  const rows: ConversionMonthRow[] = [];
  for (const m of months) {
    const o = byPeriod.get(m.period);
    if (!o) continue;
    const recorded = o.recorded;
    if (!recorded && isZero(o, ["expectedCost", "expectedBenefit"])) continue;
    const use = recorded ? m.actualRate : m.forecastRate;
    const lacking = recorded ? m.actualMissing : m.forecastMissing;
    const ownCost = recorded ? o.actualCost : o.expectedCost;
    const ownBenefit = recorded ? o.actualBenefit : o.expectedBenefit;
    const convertedCost = recorded ? m.actualCost : m.expectedCost;
    const convertedBenefit = recorded ? m.actualBenefit : m.expectedBenefit;
    // A recorded month of zeros needs no rate: its converted amounts are zeros too.
    const nothing = recorded && isZero(o, ACTUAL_COLUMNS);
    rows.push({
      period: m.period,
      kind: recorded ? "actual" : "plan",
      own: { cost: minorUnits(ownCost, currency), benefit: minorUnits(ownBenefit, currency) },
      converted: lacking ? null : { cost: minorUnits(convertedCost, target), benefit: minorUnits(convertedBenefit, target) },
      rate: use && !nothing ? { legs: use.legs, usedPeriod: use.usedPeriod, fallback: use.fallback } : null,
      missing: lacking ? { from: currency, to: target, period: m.period } : null,
    });
  }
  return {
    currency,
    target,
    own: figuresOf(currency, sumMonths(own)),
    converted: figuresOf(target, sumMonths(months)),
    conversion: conversionSummaryOf([converted.notes]),
    months: rows,
  };
}

