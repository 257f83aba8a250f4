import { Dec } from "./decimal";

// Running totals and ratios are the hot path of every evaluation. Item values are computed
// with Decimals; their running totals are kept as exact fixed-point integers (value × 10^24)
// in BigInt, where adding, comparing and dividing with exact half-up rounding is far cheaper
// than 40-digit Decimal division. 24 decimals keep the 20-decimal snap of roundCents intact:
// even 120 months of per-month rounding at 10^-24 stay far below 10^-20.

export const FIXED_DECIMALS = 24;

const POWERS = Array.from({ length: 81 }, (_, n) => 10n ** BigInt(n));
const WORD_DIGITS = 7;
/** Snap at 18 decimals of a cents quantity = 20 decimals of the amount, then round half-up. */
const SNAP = POWERS[18];
const SNAP_NUMERATOR = 2n * SNAP;
const SNAP_OFFSET = SNAP + 1n;
const CENTS_NUMERATOR = 100n * SNAP_NUMERATOR;
const LARGEST_EXACT = BigInt(Number.MAX_SAFE_INTEGER);

export function powerOfTen(exponent: number): bigint {
  return POWERS[exponent];
}

/** value × 10^24, rounded half-up (away from zero); exact for every value with ≤ 24 decimals. */
export function toFixedPoint(value: Dec): bigint {
  const words = value.d;
  if (!words || words.length === 0 || (words.length === 1 && words[0] === 0)) return 0n;
  let digits = String(words[0]);
  for (let i = 1; i < words.length; i++) digits += String(words[i]).padStart(WORD_DIGITS, "0");
  const kept = value.e + 1 + FIXED_DECIMALS;
  let fixed: bigint;
  let next = 0;
  if (kept <= 0) {
    fixed = 0n;
    if (kept === 0) next = digits.charCodeAt(0) - 48;
  } else if (digits.length <= kept) {
    fixed = BigInt(digits) * POWERS[kept - digits.length];
  } else {
    fixed = BigInt(digits.slice(0, kept));
    next = digits.charCodeAt(kept) - 48;
  }
  if (next >= 5) fixed += 1n;
  return value.s < 0 ? -fixed : fixed;
}

/** The Decimal of a fixed-point integer with `decimals` decimals (exact; no division needed). */
export function fromFixedPoint(fixed: bigint, decimals = FIXED_DECIMALS): Dec {
  const negative = fixed < 0n;
  const digits = (negative ? -fixed : fixed).toString().padStart(decimals + 1, "0");
  const point = digits.length - decimals;
  return new Dec(`${negative ? "-" : ""}${digits.slice(0, point)}.${digits.slice(point)}`);
}

/** numerator ÷ denominator rounded half-up (away from zero); the denominator must be positive. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n;
  const quotient = ((negative ? -numerator : numerator) * 2n + denominator) / (2n * denominator);
  return negative ? -quotient : quotient;
}

/**
 * round(numerator ÷ denominator) in cents, where the quotient is an amount in whole units:
 * snapped to 20 decimals and then rounded half-up (away from zero) — what roundCents does
 * to a Decimal. The denominator must be positive.
 */
export function divideToCents(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n;
  const size = negative ? -numerator : numerator;
  // floor(q + 0.5 + 0.5e-18) is "snap to 18 decimals, then round half-up" for cents q ≥ 0.
  const cents = (size * CENTS_NUMERATOR + denominator * SNAP_OFFSET) / (denominator * SNAP_NUMERATOR);
  return negative ? -cents : cents;
}

// The same with a fixed power-of-ten denominator, with its constants computed once.
const FIXED_CENTS = POWERS.map((power) => ({ offset: power * SNAP_OFFSET, divisor: power * SNAP_NUMERATOR }));

/** Cents of a fixed-point amount with `decimals` decimals. */
export function fixedToCents(fixed: bigint, decimals = FIXED_DECIMALS): bigint {
  const { offset, divisor } = FIXED_CENTS[decimals];
  if (fixed < 0n) return -((-fixed * CENTS_NUMERATOR + offset) / divisor);
  return (fixed * CENTS_NUMERATOR + offset) / divisor;
}

/** JSON number of integer cents; exact integers divide like parsing "12.34". */
export function centsToFigure(cents: bigint): number {
  if (cents <= LARGEST_EXACT && cents >= -LARGEST_EXACT) return Number(cents) / 100;
  return new Dec(cents.toString()).div(100).toNumber();
}
