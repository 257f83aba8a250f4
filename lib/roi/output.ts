import Decimal from "decimal.js";
import { centsToJson, toCents } from "./cents";
import { FIXED_DECIMALS, centsToFigure, fixedToCents } from "./fixed-point";
import { Dec, HUNDRED, ZERO } from "./decimal";

// Divisions (÷12, ÷60, ramp shares) are carried to 40 significant digits, so a figure that
// is exactly on a half cent can arrive as x.xx4999…9. Snapping to 20 decimals first removes
// that division error (inputs never carry more than 20 decimals) before rounding half-up.
const SNAP_DECIMALS = 20;

/** Rounds half-up (away from zero on .5) to 2 decimals. */
export function roundCents(value: Dec): Dec {
  const snapped =
    value.decimalPlaces() > SNAP_DECIMALS ? value.toDecimalPlaces(SNAP_DECIMALS, Decimal.ROUND_HALF_UP) : value;
  return snapped.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** JSON number of an already rounded figure (the slow path, for figures beyond exact integer cents). */
export function toJsonFigure(rounded: Dec): number {
  const converted = rounded.toNumber();
  // JSON has no negative zero.
  return converted === 0 ? 0 : converted;
}

/** Rounded to cents, as JSON number. */
export function outputCents(value: Dec): number {
  const cents = toCents(value);
  return cents === null ? toJsonFigure(roundCents(value)) : centsToJson(cents);
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

/** Running totals rounded to cents, with the months derived from them. */
export interface RoundedSeries {
  monthly: number[];
  cumulative: number[];
  /** Integer cents per entry (Decimal series only); null for totals too large for exact integers. */
  cents?: { monthly: number[]; cumulative: number[] } | null;
  /** Sum of entries after index `fromExclusive` up to `toInclusive` (-1 = from the start), as printed. */
  sumBetween(fromExclusive: number, toInclusive: number): number;
}

/**
 * Rounds a running total per month and derives each month as the difference of two
 * rounded totals, so the printed months always add up to the printed total exactly.
 */
export function roundRunningTotals(cumulative: readonly Dec[]): RoundedSeries {
  const cents: number[] = new Array<number>(cumulative.length);
  for (let i = 0; i < cumulative.length; i++) {
    const value = toCents(cumulative[i]);
    if (value === null) return roundHugeRunningTotals(cumulative);
    cents[i] = value;
  }
  const monthlyCents: number[] = new Array<number>(cents.length);
  const monthly: number[] = new Array<number>(cents.length);
  const totals: number[] = new Array<number>(cents.length);
  for (let i = 0; i < cents.length; i++) {
    monthlyCents[i] = cents[i] - (i > 0 ? cents[i - 1] : 0);
    monthly[i] = centsToJson(monthlyCents[i]);
    totals[i] = centsToJson(cents[i]);
  }
  const at = (index: number) => (index >= 0 ? cents[index] : 0);
  return {
    monthly,
    cumulative: totals,
    cents: { monthly: monthlyCents, cumulative: cents },
    sumBetween: (from, to) => centsToJson(at(to) - at(from)),
  };
}

// Totals beyond 10^12 do not fit exact integer cents; do the same with Decimals.
function roundHugeRunningTotals(cumulative: readonly Dec[]): RoundedSeries {
  const rounded = cumulative.map(roundCents);
  const at = (index: number) => (index >= 0 ? rounded[index] : ZERO);
  return {
    monthly: rounded.map((value, i) => toJsonFigure(value.minus(at(i - 1)))),
    cumulative: rounded.map(toJsonFigure),
    cents: null,
    sumBetween: (from, to) => toJsonFigure(at(to).minus(at(from))),
  };
}

/** The same for exact fixed-point running totals with `decimals` decimals. */
export function roundFixedRunningTotals(cumulative: readonly bigint[], decimals = FIXED_DECIMALS): RoundedSeries {
  const cents = cumulative.map((value) => fixedToCents(value, decimals));
  const monthlyCents = cents.map((value, i) => value - (i > 0 ? cents[i - 1] : 0n));
  const at = (index: number) => (index >= 0 ? cents[index] : 0n);
  return {
    monthly: monthlyCents.map(centsToFigure),
    cumulative: cents.map(centsToFigure),
    sumBetween: (from, to) => centsToFigure(at(to) - at(from)),
  };
}

/** a − b per entry of two rounded series ("monthly" or "cumulative"), exact. */
export function subtractRounded(a: RoundedSeries, b: RoundedSeries, field: "monthly" | "cumulative"): number[] {
  if (a.cents && b.cents) {
    const left = a.cents[field];
    const right = b.cents[field];
    return left.map((value, i) => centsToJson(value - right[i]));
  }
  return a[field].map((value, i) => outputCents(new Dec(value).minus(b[field][i])));
}

/** "EUR 1,234.56" for messages; the UI formats figures in the reader's locale itself. */
export function formatMoney(value: Dec, currency: string): string {
  const fixed = roundCents(value).toFixed(2);
  const negative = fixed.startsWith("-");
  const [whole, cents] = (negative ? fixed.slice(1) : fixed).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}${currency} ${grouped}.${cents}`;
}

