import type { Dec } from "./decimal";

// Hot path of every evaluation: turning exact totals into rounded JSON figures. Reading the
// documented digit words of a Decimal (d: base-1e7 words, e: exponent) is ~10× faster than
// rounding and converting with Decimal methods, and integer cents let months be derived
// from running totals with exact integer subtraction.

const WORD_DIGITS = 7;
/** Above this exponent cents would no longer be exact JS integers; callers fall back to Decimals. */
const MAX_EXPONENT = 12;
/** Fraction digits (of value × 100) that decide rounding: 18 for the 20-decimal snap, +1. */
const DECIDING_DIGITS = 19;
// After snapping to 18 digits, "≥ .5" holds exactly when the first 19 digits are at least
// 4999…95; "> .5" (ties go down) exactly when they are at least 5000…05.
const HALF_UP_FROM = "4" + "9".repeat(17) + "5";
const HALF_DOWN_ABOVE = "5" + "0".repeat(17) + "5";
const ZERO_CODE = 48;

/**
 * Half-up cents (away from zero on .5) of value × 10^shift as a safe integer, with the same
 * 20-decimal snap as roundCents; null when it is too large for exact integers.
 * With `tiesDown`, an exact half goes towards zero instead.
 */
export function toCents(value: Dec, shift = 0, tiesDown = false): number | null {
  const words = value.d;
  if (!words || !value.isFinite()) return null;
  if (words.length === 0 || (words.length === 1 && words[0] === 0)) return 0;
  if (value.e + shift > MAX_EXPONENT) return null;
  const integerDigits = value.e + 3 + shift;
  let mantissa = String(words[0]);
  const needed = Math.max(integerDigits, 0) + DECIDING_DIGITS;
  for (let i = 1; i < words.length && mantissa.length < needed; i++) {
    mantissa += String(words[i]).padStart(WORD_DIGITS, "0");
  }
  let cents = 0;
  let fraction: string;
  if (integerDigits <= 0) {
    fraction = "0".repeat(-integerDigits) + mantissa;
  } else {
    for (let i = 0; i < integerDigits; i++) {
      const digit = i < mantissa.length ? mantissa.charCodeAt(i) - ZERO_CODE : 0;
      cents = cents * 10 + digit;
    }
    fraction = mantissa.slice(integerDigits);
  }
  const deciding = fraction.length >= DECIDING_DIGITS ? fraction.slice(0, DECIDING_DIGITS) : fraction.padEnd(DECIDING_DIGITS, "0");
  if (deciding >= (tiesDown ? HALF_DOWN_ABOVE : HALF_UP_FROM)) cents += 1;
  return value.s < 0 && cents !== 0 ? -cents : cents;
}

/** The JSON number for integer cents; division of exact integers rounds like parsing "12.34". */
export function centsToNumber(cents: number): number {
  return cents / 100;
}
