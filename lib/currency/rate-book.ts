import Decimal from "decimal.js";

// A workspace's monthly exchange rates and the one rule for finding the rate of a month.
// Pure: the server, the PDF and the tests use the same book.
//
// A stored rate says: in `period`, 1 `from` = `rate` `to` (the ECB's way: EUR→USD 1.0823).
// Converting from → to in a month uses, in this order,
//   1. that month's rate from → to;
//   2. that month's rate to → from, divided (1 ÷ rate);
//   3. a cross rate through one other currency with rates that month (EUR first, then
//      alphabetical): from → X → to, each leg direct or divided.
// Actual amounts only ever use their own month's rate (`exact`): a missing one is reported,
// never guessed. Forecasts use their own month's rate, else the latest month with a rate
// (`forecast`), and say so.

export type RateEntry = { from: string; to: string; period: string; rate: Decimal.Value };

/** A rate as an exact fraction n ÷ d of whole numbers (a divided or cross rate stays exact). */
export type Fraction = { n: bigint; d: bigint };

/** One stored rate a conversion used, and whether it was divided (used the other way round). */
export type RateLeg = { from: string; to: string; period: string; rate: string; inverted: boolean };

export type RateUse = {
  from: string;
  to: string;
  /** The month converted. */
  period: string;
  /** The month whose rate was used: `period` unless a forecast fell back to the latest known rate. */
  usedPeriod: string;
  fallback: boolean;
  factor: Fraction;
  legs: RateLeg[];
};

export type MissingRate = { from: string; to: string; period: string };

const ZERO = BigInt(0);
const ONE = BigInt(1);
const TWO = BigInt(2);
const TEN = BigInt(10);

/** "1.0823" → 10823 / 10000, exactly. */
export function fractionOf(value: Decimal.Value): Fraction {
  const text = new Decimal(value).toFixed();
  const negative = text.startsWith("-");
  const [whole, decimals = ""] = (negative ? text.slice(1) : text).split(".");
  const n = BigInt(whole + decimals) * (negative ? -ONE : ONE);
  return { n, d: TEN ** BigInt(decimals.length) };
}

const times = (a: Fraction, b: Fraction): Fraction => ({ n: a.n * b.n, d: a.d * b.d });
const inverse = (a: Fraction): Fraction => ({ n: a.d, d: a.n });

/** The factor as a decimal with at most `places` decimals, half-up (for display and ordering). */
export function factorToDecimal(factor: Fraction, places = 10): Decimal {
  return roundFraction({ n: factor.n, d: factor.d }, places);
}

/** n ÷ d rounded half-up (away from zero) to `places` decimals, exactly. */
export function roundFraction(value: Fraction, places: number): Decimal {
  const negative = value.n < ZERO !== value.d < ZERO;
  const n = (value.n < ZERO ? -value.n : value.n) * TEN ** BigInt(places);
  const d = value.d < ZERO ? -value.d : value.d;
  const units = (TWO * n + d) / (TWO * d);
  return decimalOfUnits(negative ? -units : units, places);
}

/** A whole number of 10^-places units as a Decimal, without any rounding ("123", 2 → 1.23). */
export function decimalOfUnits(units: bigint, places: number): Decimal {
  const negative = units < ZERO;
  const digits = (negative ? -units : units).toString().padStart(places + 1, "0");
  const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  const value = new Decimal(`${negative ? "-" : ""}${text}`);
  return value.isZero() ? new Decimal(0) : value;
}

const key = (from: string, to: string) => `${from}>${to}`;

export class RateBook {
  /** period → "from>to" → rate */
  private readonly byPeriod = new Map<string, Map<string, { rate: string; fraction: Fraction }>>();
  /** The periods that have any rate, newest first. */
  private readonly periodsNewestFirst: string[];
  private readonly latestCache = new Map<string, RateUse | null>();

  constructor(entries: readonly RateEntry[]) {
    for (const e of entries) {
      let month = this.byPeriod.get(e.period);
      if (!month) this.byPeriod.set(e.period, (month = new Map()));
      const rate = new Decimal(e.rate).toFixed();
      month.set(key(e.from, e.to), { rate, fraction: fractionOf(rate) });
    }
    this.periodsNewestFirst = [...this.byPeriod.keys()].sort().reverse();
  }

  get isEmpty() {
    return this.periodsNewestFirst.length === 0;
  }

  /** The conversion from → to in `period` from that month's rates only; null when there is none. */
  exact(from: string, to: string, period: string): RateUse | null {
    if (from === to) return { from, to, period, usedPeriod: period, fallback: false, factor: { n: ONE, d: ONE }, legs: [] };
    const month = this.byPeriod.get(period);
    if (!month) return null;
    const leg = (a: string, b: string): { factor: Fraction; leg: RateLeg } | null => {
      const direct = month.get(key(a, b));
      if (direct) return { factor: direct.fraction, leg: { from: a, to: b, period, rate: direct.rate, inverted: false } };
      const reverse = month.get(key(b, a));
      if (reverse && reverse.fraction.n !== ZERO) return { factor: inverse(reverse.fraction), leg: { from: b, to: a, period, rate: reverse.rate, inverted: true } };
      return null;
    };
    const one = leg(from, to);
    if (one) return { from, to, period, usedPeriod: period, fallback: false, factor: one.factor, legs: [one.leg] };
    const via = new Set<string>();
    for (const k of month.keys()) for (const c of k.split(">")) if (c !== from && c !== to) via.add(c);
    const order = [...via].sort((a, b) => (a === "EUR" ? -1 : b === "EUR" ? 1 : a.localeCompare(b)));
    for (const x of order) {
      const first = leg(from, x);
      const second = first && leg(x, to);
      if (first && second) return { from, to, period, usedPeriod: period, fallback: false, factor: times(first.factor, second.factor), legs: [first.leg, second.leg] };
    }
    return null;
  }

  /** For a forecast: the month's own conversion, else the latest month that has one (marked as a fallback). */
  forecast(from: string, to: string, period: string): RateUse | null {
    const own = this.exact(from, to, period);
    if (own) return own;
    const latest = this.latest(from, to);
    return latest ? { ...latest, period, fallback: true } : null;
  }

  /** The newest month's conversion from → to, if any month has one. */
  latest(from: string, to: string): RateUse | null {
    const k = key(from, to);
    if (this.latestCache.has(k)) return this.latestCache.get(k) ?? null;
    let found: RateUse | null = null;
    for (const period of this.periodsNewestFirst) {
      found = this.exact(from, to, period);
      if (found) break;
    }
    this.latestCache.set(k, found);
    return found;
  }
}
