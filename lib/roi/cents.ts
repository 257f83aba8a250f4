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
// After snapping to 18 digits, "≥ .5" holds exactly when the first 19 digits are at least 4999…95.
const HALF_UP_FROM = "4" + "9".repeat(17) + "5";

const POWERS_OF_TEN = [1, 10, 100, 1000, 10000, 100000, 1000000, 10000000];

function countDigits(word: number): number {
  let digits = 1;
  while (digits < WORD_DIGITS && word >= POWERS_OF_TEN[digits]) digits++;
  return digits;
}

/**
 * Half-up cents (away from zero on .5) of a value as a safe integer, with the same
 * 20-decimal snap as roundCents; null when it is too large for exact integers.
 */
export function toCents(value: Dec): number | null {
  const words = value.d;
  if (!words || !value.isFinite()) return null;
  if (words.length === 0 || (words.length === 1 && words[0] === 0)) return 0;
  if (value.e > MAX_EXPONENT) return null;
  const integerDigits = value.e + 3;
  let cents = 0;
  let used = 0;
  let index = 0;
  let firstFractionDigit = 0;
  let secondFractionDigit = -1;
  // Whole words first, then the word that straddles the cent; its first remaining digit
  // usually decides the rounding on its own.
  for (; index < words.length; index++) {
    const width = index === 0 ? countDigits(words[0]) : WORD_DIGITS;
    if (used + width <= integerDigits) {
      cents = cents * POWERS_OF_TEN[width] + words[index];
      used += width;
      continue;
    }
    const inside = Math.max(integerDigits - used, 0);
    const divisor = POWERS_OF_TEN[width - inside];
    const high = Math.floor(words[index] / divisor);
    cents = cents * POWERS_OF_TEN[inside] + high;
    used += inside;
    if (integerDigits >= 0) {
      const rest = words[index] - high * divisor;
      firstFractionDigit = Math.floor(rest / (divisor / 10));
      // The next digit settles most near-half cases without looking further.
      if (divisor >= 100) secondFractionDigit = Math.floor(rest / (divisor / 100)) % 10;
    }
    break;
  }
  if (used < integerDigits) cents *= 10 ** (integerDigits - used);
  let roundsUp = firstFractionDigit >= 5;
  // Only 0.4999… can still snap up to half a cent; a second digit other than 9 rules that out.
  if (firstFractionDigit === 4 && (secondFractionDigit === -1 || secondFractionDigit === 9)) {
    roundsUp = decideFromDigits(words, integerDigits);
  }
  if (roundsUp) cents += 1;
  return value.s < 0 && cents !== 0 ? -cents : cents;
}

// The rare near-half case: compare the first 19 fraction digits with the snap threshold.
function decideFromDigits(words: readonly number[], integerDigits: number): boolean {
  let mantissa = String(words[0]);
  const needed = Math.max(integerDigits, 0) + DECIDING_DIGITS;
  for (let i = 1; i < words.length && mantissa.length < needed; i++) {
    mantissa += String(words[i]).padStart(WORD_DIGITS, "0");
  }
  const fraction = integerDigits <= 0 ? "0".repeat(-integerDigits) + mantissa : mantissa.slice(integerDigits);
  const deciding =
    fraction.length >= DECIDING_DIGITS ? fraction.slice(0, DECIDING_DIGITS) : fraction.padEnd(DECIDING_DIGITS, "0");
  return deciding >= HALF_UP_FROM;
}

/** The JSON number for integer cents; division of exact integers rounds like parsing "12.34". */
export function centsToJson(cents: number): number {
  return cents / 100;
}
