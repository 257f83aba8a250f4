import Decimal from "decimal.js";
import { minorUnitOf } from "@/lib/shared/currencies";

const HalfUp = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/** Sums figures exactly (each is already a rounded cent amount from the engine or SQL). */
export const sumExact = (values: (number | Decimal)[]) => values.reduce<Decimal>((sum, v) => sum.plus(new HalfUp(v.toString())), new HalfUp(0));

/** (benefit − cost) ÷ cost × 100, rounded half-up to 2 decimals; null when nothing was spent. */
export function roiPct(cost: Decimal, benefit: Decimal): number | null {
  if (cost.isZero()) return null;
  // A Decimal is taken over digit for digit (as its string would be), without the string.
  return new HalfUp(benefit).minus(cost).div(cost).times(100).toDecimalPlaces(2).toNumber();
}

/** A money figure for display, rounded half-up to cents. */
export const cents = (value: Decimal) => new HalfUp(value.toString()).toDecimalPlaces(2).toNumber();

/** A money figure for display, rounded half-up to the currency's minor unit (EUR cents, whole yen). */
export const minorUnits = (value: Decimal, currency: string) => new HalfUp(value.toString()).toDecimalPlaces(minorUnitOf(currency)).toNumber();
