// Exact figures from stored money columns (numeric(20,2)), in integer cents (BigInt): the
// same results as decimal-figures.ts (sums exact, ROI rounded half-up, away from zero, to 2
// decimals from the exact quotient), without arbitrary-precision division per value — for
// reads that turn many rows into figures (the month view's changes per investment).

const ZERO = BigInt(0);
const TWO = BigInt(2);
const HUNDRED = BigInt(100);
const PERCENT_HUNDREDTHS = BigInt(10_000);
const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** "1234.5" / "-12.34" / "7" (a stored amount with at most 2 decimals) → cents. */
export function centsOf(text: string): bigint {
  const dot = text.indexOf(".");
  if (dot < 0) return BigInt(text) * HUNDRED;
  const decimals = text.length - dot - 1;
  if (decimals > 2) throw new Error(`Not an amount in cents: ${text}`);
  // BigInt() rejects anything but an optional sign and digits.
  return BigInt(`${text.slice(0, dot)}${text.slice(dot + 1)}${"00".slice(decimals)}`);
}

/** Hundredths → the number of "x.yz" (the nearest double to the exact value, as Decimal#toNumber gives it). */
function hundredthsToNumber(value: bigint, negative: boolean): number {
  const abs = value < ZERO ? -value : value;
  // An exact integer divided by 100 is the correctly rounded quotient, as parsing "x.yz" is.
  if (abs <= SAFE) return (negative ? -1 : 1) * (Number(abs) / 100);
  const digits = abs.toString();
  return Number(`${negative ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`);
}

/** Cents → the display number. */
export const amountOf = (cents: bigint) => hundredthsToNumber(cents, cents < ZERO);

/** (benefit − cost) ÷ cost × 100, rounded half-up (away from zero) to 2 decimals; null when nothing was spent. */
export function roiPctOfCents(cost: bigint, benefit: bigint): number | null {
  if (cost === ZERO) return null;
  const numerator = (benefit - cost) * PERCENT_HUNDREDTHS;
  const negative = numerator < ZERO !== cost < ZERO;
  const n = numerator < ZERO ? -numerator : numerator;
  const d = cost < ZERO ? -cost : cost;
  let hundredths = n / d;
  if ((n % d) * TWO >= d) hundredths += BigInt(1);
  // A negative ROI that rounds to zero stays -0, as Decimal#toNumber gives it.
  return hundredthsToNumber(hundredths, negative);
}
