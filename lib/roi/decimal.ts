import Decimal from "decimal.js";

// A private clone: other code (e.g. Prisma) may change the global Decimal settings,
// and the engine's rounding must never depend on that.
export const Dec = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Dec = Decimal;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);
export const HUNDRED = new Dec(100);
export const TWELVE = new Dec(12);
export const SIXTY = new Dec(60);

const DECIMAL_STRING = /^-?\d{1,20}(\.\d{1,20})?$/;

/** Reads a JSON number or a plain decimal string ("12.50"); null when it is neither. */
export function toDecimal(raw: number | string): Dec | null {
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return null;
    return normaliseZero(new Dec(raw));
  }
  if (!DECIMAL_STRING.test(raw)) return null;
  return normaliseZero(new Dec(raw));
}

// "-0" would survive a round trip as a distinct value; treat it as plain zero.
function normaliseZero(value: Dec): Dec {
  return value.isZero() ? ZERO : value;
}

export function isDec(value: unknown): value is Dec {
  return Decimal.isDecimal(value);
}

/** Sum of a list, exact. */
export function sumDecimals(values: readonly Dec[]): Dec {
  let total = ZERO;
  for (const value of values) total = total.plus(value);
  return total;
}

const HUNDREDTH = new Dec("0.01");

/** value ÷ 100, for percentages given as percents (as an exact multiplication: cheaper than dividing). */
export function fromPercent(pct: Dec): Dec {
  return pct.times(HUNDREDTH);
}
