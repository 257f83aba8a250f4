import Decimal from "decimal.js";
import { minorUnitOf } from "@/lib/shared/currencies";
import { fractionOf, roundFraction, type MissingRate, type RateBook, type RateUse } from "./rate-book";

// Conversion of amounts between currencies. Every converted amount is one booking in the
// target currency: amount × rate, computed exactly (divided and cross rates are exact
// fractions) and rounded once, half-up, to the target currency's minor unit (EUR cents,
// whole yen). Totals add those bookings, so every total equals the sum of the converted
// amounts it is made of, and each can be checked by hand against the rate table.

/** Sums of converted amounts keep every digit (the global Decimal keeps 20). */
export const Money = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -60, toExpPos: 60 });

/** amount × the rate of `use`, rounded half-up to the minor unit of `use.to`. */
export function convertAmount(amount: Decimal.Value, use: Pick<RateUse, "factor" | "to">): Decimal {
  const a = fractionOf(amount);
  return roundFraction({ n: a.n * use.factor.n, d: a.d * use.factor.d }, minorUnitOf(use.to));
}

/** Money columns of an investment's month (lib/portfolio InvestmentMonth). */
export const ACTUAL_COLUMNS = ["actualCost", "actualBenefit"] as const;
export const FORECAST_COLUMNS = [
  "forecastCost",
  "forecastBenefit",
  "conservativeCost",
  "conservativeBenefit",
  "expectedCost",
  "expectedBenefit",
  "optimisticCost",
  "optimisticBenefit",
] as const;
export const MONEY_COLUMNS = [...ACTUAL_COLUMNS, ...FORECAST_COLUMNS] as const;
export type MonthMoneyColumn = (typeof MONEY_COLUMNS)[number];

export type MonthAmounts = { period: string } & Record<MonthMoneyColumn, Decimal>;

/** Forecasts that used the latest known rate, per rate month used. */
export type RateFallback = { from: string; to: string; usedPeriod: string; months: number };

export type ConvertedMonth = MonthAmounts & {
  /** The rate of the actual amounts (null: missing, or nothing to convert). */
  actualRate: RateUse | null;
  /** The rate of the forecast amounts (null: no rate known at all). */
  forecastRate: RateUse | null;
  /** The month's actual amounts could not be converted (they count as zero in `converted`). */
  actualMissing: boolean;
  forecastMissing: boolean;
};

export type ConversionNotes = { missing: MissingRate[]; fallbacks: RateFallback[] };

const isZero = (row: MonthAmounts, columns: readonly MonthMoneyColumn[]) => columns.every((c) => row[c].isZero());

/**
 * Converts one currency's months into `to`: actual amounts at their own month's rate only,
 * forecast and plan amounts at their month's rate or else the latest known one. A month
 * whose rate is missing adds nothing and is listed in `missing`. Pure.
 */
export function convertMonths(months: readonly MonthAmounts[], from: string, to: string, book: RateBook): { months: ConvertedMonth[]; notes: ConversionNotes } {
  const missing: MissingRate[] = [];
  const fallbackMonths = new Map<string, number>();
  const converted = months.map((m): ConvertedMonth => {
    const needsActual = !isZero(m, ACTUAL_COLUMNS);
    const needsForecast = !isZero(m, FORECAST_COLUMNS);
    const actualRate = needsActual ? book.exact(from, to, m.period) : null;
    const forecastRate = needsForecast ? book.forecast(from, to, m.period) : null;
    const actualMissing = needsActual && actualRate === null;
    const forecastMissing = needsForecast && forecastRate === null;
    if (actualMissing || forecastMissing) missing.push({ from, to, period: m.period });
    if (forecastRate?.fallback) fallbackMonths.set(forecastRate.usedPeriod, (fallbackMonths.get(forecastRate.usedPeriod) ?? 0) + 1);
    const row = { period: m.period, actualRate, forecastRate, actualMissing, forecastMissing } as ConvertedMonth;
    for (const c of ACTUAL_COLUMNS) row[c] = actualRate ? convertAmount(m[c], actualRate) : new Decimal(0);
    for (const c of FORECAST_COLUMNS) row[c] = forecastRate ? convertAmount(m[c], forecastRate) : new Decimal(0);
    return row;
  });
  const fallbacks = [...fallbackMonths.entries()].map(([usedPeriod, count]) => ({ from, to, usedPeriod, months: count }));
  return { months: converted, notes: { missing, fallbacks } };
}

/** Column sums of converted months. */
export function sumMonths(months: readonly MonthAmounts[]): Record<MonthMoneyColumn, Decimal> {
  const sums = Object.fromEntries(MONEY_COLUMNS.map((c) => [c, new Money(0)])) as Record<MonthMoneyColumn, Decimal>;
  for (const m of months) for (const c of MONEY_COLUMNS) sums[c] = sums[c].plus(m[c]);
  return sums;
}

/** Merges conversion notes: missing rates once each (sorted), fallbacks summed per rate month. */
export function mergeNotes(notes: readonly ConversionNotes[]): ConversionNotes {
  const missing = new Map<string, MissingRate>();
  const fallbacks = new Map<string, RateFallback>();
  for (const n of notes) {
    for (const m of n.missing) missing.set(`${m.from}>${m.to}@${m.period}`, m);
    for (const f of n.fallbacks) {
      const k = `${f.from}>${f.to}@${f.usedPeriod}`;
      const existing = fallbacks.get(k);
      fallbacks.set(k, existing ? { ...existing, months: existing.months + f.months } : f);
    }
  }
  const order = (a: { from: string; to: string }, b: { from: string; to: string }) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to);
  return {
    missing: [...missing.values()].sort((a, b) => order(a, b) || a.period.localeCompare(b.period)),
    fallbacks: [...fallbacks.values()].sort((a, b) => order(a, b) || a.usedPeriod.localeCompare(b.usedPeriod)),
  };
}

/**
 * A going-forward monthly amount (money at stake per month) in `to`: at the rate of
 * `period` (the current month), else the latest known one (`rate.fallback` says so; it is
 * not a forecast month, so it adds nothing to the notes' fallback months); missing when
 * there is none.
 */
export function convertMonthlyAmount(amount: Decimal.Value, from: string, to: string, period: string, book: RateBook): { value: Decimal; rate: RateUse | null; notes: ConversionNotes } {
  if (from === to) return { value: new Money(amount), rate: null, notes: { missing: [], fallbacks: [] } };
  if (new Decimal(amount).isZero()) return { value: new Money(0), rate: null, notes: { missing: [], fallbacks: [] } };
  const rate = book.forecast(from, to, period);
  if (!rate) return { value: new Money(0), rate: null, notes: { missing: [{ from, to, period }], fallbacks: [] } };
  return { value: convertAmount(amount, rate), rate, notes: { missing: [], fallbacks: [] } };
}
