import type { Dec } from "./decimal";
import { FIXED_DECIMALS, centsToFigure, divideToCents, fixedToCents, toFixedPoint } from "./fixed-point";
import type { Totals } from "./result-types";

// ROI and BCR are computed from exact fixed-point totals (see fixed-point.ts): an exact
// rational, rounded once, instead of a 40-digit division per figure.

/** ROI % = (benefit − cost) ÷ cost × 100, rounded; both at the same fixed-point scale. Null without cost. */
export function outputRoiFromFixed(benefit: bigint, cost: bigint): number | null {
  if (cost === 0n) return null;
  return centsToFigure(divideToCents(100n * (benefit - cost), cost));
}

/** BCR = benefit ÷ cost, rounded; both at the same fixed-point scale. Null without cost. */
export function outputBcrFromFixed(benefit: bigint, cost: bigint): number | null {
  if (cost === 0n) return null;
  return centsToFigure(divideToCents(benefit, cost));
}

/** ROI % of two Decimals, rounded; null without cost. */
export function outputRoiPct(benefit: Dec, cost: Dec): number | null {
  return cost.isZero() ? null : outputRoiFromFixed(toFixedPoint(benefit), toFixedPoint(cost));
}

/** Totals from exact fixed-point cost and benefit with `decimals` decimals. */
export function buildTotalsFromFixed(
  cost: bigint,
  benefit: bigint,
  decimals: number,
  paybackMonth: number | null,
): Totals {
  const costCents = fixedToCents(cost, decimals);
  const benefitCents = fixedToCents(benefit, decimals);
  const roiPct = outputRoiFromFixed(benefit, cost);
  return {
    cost: centsToFigure(costCents),
    benefit: centsToFigure(benefitCents),
    // From the rounded figures, so cost + net = benefit holds on paper too.
    net: centsToFigure(benefitCents - costCents),
    roiPct,
    roiNullReason: roiPct === null ? "NO_COST" : null,
    bcr: outputBcrFromFixed(benefit, cost),
    paybackMonth,
  };
}

export function buildTotals(cost: Dec, benefit: Dec, paybackMonth: number | null): Totals {
  return buildTotalsFromFixed(toFixedPoint(cost), toFixedPoint(benefit), FIXED_DECIMALS, paybackMonth);
}

/** Payback = the first month with some cost so far whose running benefit ≥ running cost. */
export function findPaybackMonth<T extends bigint | Dec>(
  cumCost: readonly T[],
  cumBenefit: readonly T[],
  months?: readonly number[],
): number | null {
  for (let i = 0; i < cumCost.length; i++) {
    const cost = cumCost[i];
    const benefit = cumBenefit[i];
    const reached =
      typeof cost === "bigint" && typeof benefit === "bigint"
        ? cost !== 0n && benefit >= cost
        : !(cost as Dec).isZero() && (benefit as Dec).gte(cost as Dec);
    if (reached) return months ? months[i] : i + 1;
  }
  return null;
}
