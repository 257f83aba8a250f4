import Decimal from "decimal.js";
import { type Dec, HUNDRED, ZERO } from "./decimal";

// Divisions (÷12, ÷60, ramp shares) are carried to 40 significant digits, so a figure that
// is exactly on a half cent can arrive as x.xx4999…9. Snapping to 20 decimals first removes
// that division error (inputs never carry more than 20 decimals) before rounding half-up.
const SNAP_DECIMALS = 20;

/** Rounds half-up (away from zero on .5) to 2 decimals. */
export function roundCents(value: Dec): Dec {
  const snapped = value.decimalPlaces() > SNAP_DECIMALS ? value.toDecimalPlaces(SNAP_DECIMALS, Decimal.ROUND_HALF_UP) : value;
  return snapped.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** JSON number of an already rounded figure; the only place where a Decimal leaves the engine. */
export function toJsonNumber(rounded: Dec): number {
  const converted = rounded.toNumber();
  // JSON has no negative zero.
  return converted === 0 ? 0 : converted;
}

/** Rounded to cents, as JSON number. */
export function outputCents(value: Dec): number {
  return toJsonNumber(roundCents(value));
}

export function outputCentsOrNull(value: Dec | null): number | null {
  return value === null ? null : outputCents(value);
}

export type RoiNullReason = "NO_COST";

/** ROI % = (benefit − cost) ÷ cost × 100; undefined (null) without cost. */
export function computeRoiPct(benefit: Dec, cost: Dec): Dec | null {
  if (cost.isZero()) return null;
  return benefit.minus(cost).div(cost).times(HUNDRED);
}

/** BCR = benefit ÷ cost; undefined (null) without cost. */
export function computeBcr(benefit: Dec, cost: Dec): Dec | null {
  if (cost.isZero()) return null;
  return benefit.div(cost);
}

/**
 * Rounds a running total per month and derives each month as the difference of two
 * rounded totals, so the printed months always add up to the printed total exactly.
 */
export function roundRunningTotals(cumulative: readonly Dec[]): { monthly: number[]; cumulative: number[]; roundedCumulative: Dec[] } {
  const monthly: number[] = new Array<number>(cumulative.length);
  const totals: number[] = new Array<number>(cumulative.length);
  const roundedCumulative: Dec[] = new Array<Dec>(cumulative.length);
  let previous = ZERO;
  for (let i = 0; i < cumulative.length; i++) {
    const rounded = roundCents(cumulative[i]);
    roundedCumulative[i] = rounded;
    monthly[i] = toJsonNumber(rounded.minus(previous));
    totals[i] = toJsonNumber(rounded);
    previous = rounded;
  }
  return { monthly, cumulative: totals, roundedCumulative };
}

/** Running sums, exact (additions only). */
export function accumulate(values: readonly Dec[]): Dec[] {
  const sums = new Array<Dec>(values.length);
  let running = ZERO;
  for (let i = 0; i < values.length; i++) {
    running = running.plus(values[i]);
    sums[i] = running;
  }
  return sums;
}

/** "EUR 1,234.56" for messages; the UI formats figures in the reader's locale itself. */
export function formatMoney(value: Dec, currency: string): string {
  const fixed = roundCents(value).toFixed(2);
  const negative = fixed.startsWith("-");
  const [whole, cents] = (negative ? fixed.slice(1) : fixed).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}${currency} ${grouped}.${cents}`;
}

/** "12.5%" style, rounded to at most 2 decimals, for messages. */
export function formatPct(value: Dec): string {
  return `${roundCents(value).toFixed()}%`;
}
