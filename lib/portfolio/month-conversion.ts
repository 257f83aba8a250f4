import Decimal from "decimal.js";
import { Money } from "@/lib/currency/convert";
import type { MissingRate } from "@/lib/currency/rate-book";
import type { ConvertedInvestment } from "./converted-months";
import { minorUnits, roiPct } from "./decimal-figures";
import type { CurrencyChange, CurrencySums, FigureChange, InvestmentChange, MonthChange, RealisedLine, Sums } from "./month-figures";
import { conversionSummaryOf, type ConversionSummary } from "./roll-up";

// The month view in the workspace's reporting currency (docs/currencies.md). The month
// view shows actual amounts only, so every amount in another currency is converted at the
// rate of its own month and nothing else: a month without its rate adds nothing and is
// named ("rate missing for 2026-07 USD→EUR"), never guessed. Each investment's month is one
// booking (convertForeignInvestments); a currency line is the sum of its investments'
// bookings, the total line the reporting currency's own amounts plus every converted line.
// Pure.

/** An investment's month in the reporting currency, beside its own figures. */
export type ConvertedInvestmentMonth = {
  currency: string;
  cost: FigureChange;
  benefit: FigureChange;
  /** The rates missing for the month or the month before (the figure of that month is then null). */
  missing: MissingRate[];
};
/** A currency line's change in the reporting currency, and whether every month up to the month converted. */
export type ConvertedCurrencyChange = MonthChange & { currency: string; conversion: ConversionSummary };
export type ConvertedRealised = { currency: string; cost: number; benefit: number; net: number; conversion: ConversionSummary };
/** Every counted plan's month in the reporting currency. */
export type MonthTotal = MonthChange & { currency: string; conversion: ConversionSummary };
export type RealisedTotal = RealisedLine & { conversion: ConversionSummary };

type DecimalSums = { cost: Decimal | null; benefit: Decimal | null; recorded: number; cumCost: Decimal; cumBenefit: Decimal };

const zeroSums = (): DecimalSums => ({ cost: null, benefit: null, recorded: 0, cumCost: new Money(0), cumBenefit: new Money(0) });
const fromCents = (cents: bigint) => new Money(cents.toString()).div(100);
const decimalSumsOf = (s: Sums): DecimalSums => ({
  cost: s.cost === null ? null : fromCents(s.cost),
  benefit: s.benefit === null ? null : fromCents(s.benefit),
  recorded: s.recorded,
  cumCost: fromCents(s.cumCost),
  cumBenefit: fromCents(s.cumBenefit),
});

/** Adds b into a; a month's money stays null (not recorded) unless one of them recorded it. */
function addSums(a: DecimalSums, b: DecimalSums): DecimalSums {
  const plus = (x: Decimal | null, y: Decimal | null) => (x === null ? y : y === null ? x : x.plus(y));
  return { cost: plus(a.cost, b.cost), benefit: plus(a.benefit, b.benefit), recorded: a.recorded + b.recorded, cumCost: a.cumCost.plus(b.cumCost), cumBenefit: a.cumBenefit.plus(b.cumBenefit) };
}

/** A month against the month before in `currency`: money at its minor unit, ROI from the summed money (the change of the printed ROIs). */
function changeIn(currency: string, now: DecimalSums, before: DecimalSums): MonthChange {
  const money = (v: Decimal | null) => (v === null ? null : minorUnits(v, currency));
  const figure = (a: Decimal | null, b: Decimal | null): FigureChange => ({ current: money(a), previous: money(b), change: a === null || b === null ? null : minorUnits(a.minus(b), currency) });
  const current = roiPct(now.cumCost, now.cumBenefit);
  const previous = roiPct(before.cumCost, before.cumBenefit);
  return {
    cost: figure(now.cost, before.cost),
    benefit: figure(now.benefit, before.benefit),
    roi: { current, previous, changePp: current === null || previous === null ? null : new Decimal(current).minus(previous).toNumber() },
    recorded: now.recorded,
    previousRecorded: before.recorded,
  };
}

/** Whether the month's actual amounts lacked their rate (convertMonths' flag; they then count as zero). */
const actualMissing = (m: ConvertedInvestment["months"][number]) => m.actualMissing;

/** One currency's counted investments, converted: the month and the month before, the running sums, the missing rates. */
function convertedSumsOf(investments: ConvertedInvestment[], period: string, previous: string) {
  const now = zeroSums();
  const before = zeroSums();
  const missingNow: MissingRate[] = [];
  const missingUpTo: MissingRate[] = [];
  for (const investment of investments) {
    for (const m of investment.months) {
      if (m.period > period) continue;
      if (actualMissing(m)) {
        const rate = { from: investment.currency, to: investment.target, period: m.period };
        missingUpTo.push(rate);
        if (m.period === period) missingNow.push(rate);
      }
      now.cumCost = now.cumCost.plus(m.actualCost);
      now.cumBenefit = now.cumBenefit.plus(m.actualBenefit);
      if (m.period <= previous) {
        before.cumCost = before.cumCost.plus(m.actualCost);
        before.cumBenefit = before.cumBenefit.plus(m.actualBenefit);
      }
      const sums = m.period === period ? now : m.period === previous ? before : null;
      if (sums && m.recorded) {
        sums.recorded += 1;
        sums.cost = (sums.cost ?? new Money(0)).plus(m.actualCost);
        sums.benefit = (sums.benefit ?? new Money(0)).plus(m.actualBenefit);
      }
    }
  }
  return { now, before, missingNow, missingUpTo };
}

const summary = (missing: MissingRate[]) => conversionSummaryOf([{ missing, fallbacks: [] }]);

/**
 * The month view's money in the reporting currency `currency`: per investment in another
 * currency its month converted beside its own figures, per currency line what it adds, one
 * total of the changes and one realised value over every currency. `converted`: the
 * workspace's investments in other currencies, converted into `currency`.
 */
export function convertMonthFigures(input: {
  currency: string;
  period: string;
  previous: string;
  rows: InvestmentChange[];
  currencies: { totals: CurrencyChange[]; realised: RealisedLine[]; sums: CurrencySums[] };
  converted: ConvertedInvestment[];
}) {
  const { currency, period, previous } = input;
  const byInvestment = new Map(input.converted.map((c) => [c.investmentId, c]));
  const rows = input.rows.map((row): InvestmentChange & { converted?: ConvertedInvestmentMonth } => {
    const c = row.currency === currency ? undefined : byInvestment.get(row.investmentId);
    if (!c) return row;
    const month = (p: string) => c.months.find((m) => m.period === p);
    const missing: MissingRate[] = [];
    const amount = (p: string, recorded: boolean, column: "actualCost" | "actualBenefit") => {
      const m = month(p);
      if (!recorded) return null;
      if (!m) return new Money(0);
      if (actualMissing(m)) return null;
      return new Money(m[column]);
    };
    for (const p of [previous, period]) {
      const m = month(p);
      if (m && actualMissing(m)) missing.push({ from: c.currency, to: currency, period: p });
    }
    const figure = (now: Decimal | null, before: Decimal | null): FigureChange => ({
      current: now === null ? null : minorUnits(now, currency),
      previous: before === null ? null : minorUnits(before, currency),
      change: now === null || before === null ? null : minorUnits(now.minus(before), currency),
    });
    return {
      ...row,
      converted: {
        currency,
        cost: figure(amount(period, row.cost.current !== null, "actualCost"), amount(previous, row.cost.previous !== null, "actualCost")),
        benefit: figure(amount(period, row.benefit.current !== null, "actualBenefit"), amount(previous, row.benefit.previous !== null, "actualBenefit")),
        missing,
      },
    };
  });

  // Per other currency: its counted investments' converted months.
  const counted = input.converted.filter((c) => c.counted && c.currency !== currency);
  const others = new Map<string, ReturnType<typeof convertedSumsOf>>();
  for (const code of [...new Set(counted.map((c) => c.currency))].sort()) {
    others.set(code, convertedSumsOf(counted.filter((c) => c.currency === code), period, previous));
  }
  const totals = input.currencies.totals.map((line): CurrencyChange & { converted?: ConvertedCurrencyChange } => {
    const other = line.currency === currency ? undefined : others.get(line.currency);
    return other ? { ...line, converted: { ...changeIn(currency, other.now, other.before), currency, conversion: summary(other.missingUpTo) } } : line;
  });
  const realised = input.currencies.realised.map((line): RealisedLine & { converted?: ConvertedRealised } => {
    const other = line.currency === currency ? undefined : others.get(line.currency);
    if (!other) return line;
    const cost = other.now.cost ?? new Money(0);
    const benefit = other.now.benefit ?? new Money(0);
    return {
      ...line,
      converted: { currency, cost: minorUnits(cost, currency), benefit: minorUnits(benefit, currency), net: minorUnits(benefit.minus(cost), currency), conversion: summary(other.missingNow) },
    };
  });

  // The reporting currency's own amounts plus every converted line.
  const own = input.currencies.sums.find((s) => s.currency === currency);
  let now = own ? decimalSumsOf(own.now) : zeroSums();
  let before = own ? decimalSumsOf(own.before) : zeroSums();
  for (const other of others.values()) {
    now = addSums(now, other.now);
    before = addSums(before, other.before);
  }
  const missingUpTo = [...others.values()].flatMap((o) => o.missingUpTo);
  const missingNow = [...others.values()].flatMap((o) => o.missingNow);
  const total: MonthTotal | null = totals.length === 0 ? null : { ...changeIn(currency, now, before), currency, conversion: summary(missingUpTo) };
  const realisedTotal: RealisedTotal | null =
    realised.length === 0 || now.cost === null || now.benefit === null
      ? null
      : {
          currency,
          cost: minorUnits(now.cost, currency),
          benefit: minorUnits(now.benefit, currency),
          net: minorUnits(now.benefit.minus(now.cost), currency),
          investments: now.recorded,
          conversion: summary(missingNow),
        };
  return { rows, totals, realised, total, realisedTotal };
}
