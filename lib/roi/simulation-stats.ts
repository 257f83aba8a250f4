import type { Percentiles } from "./result-types";

// Statistics of the simulated draws (README "Uncertainty"): floats, rounded once for output.

/**
 * The p-th percentile by nearest rank of ascending values: the value at rank ⌈p ÷ 100 × n⌉
 * (1-based). With 10,000 draws P10 is the 1,000th smallest, P50 the 5,000th, P90 the 9,000th.
 */
export function nearestRank(sorted: Float64Array, p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/**
 * Rounds half-up (away from zero on .5) to `decimals`. The float is first snapped to 12
 * significant digits, so an exact x.xx5 that arrives as x.xx4999999999 still rounds up (the
 * draws' sums carry errors around 10^-14 of their size). Beyond 10^11 units of the last
 * decimal the snap is skipped: there a float has no sub-unit digits worth snapping.
 */
export function roundHalfUp(value: number, decimals: number): number {
  const unit = 10 ** decimals;
  const scaled = value * unit;
  const snapped = Math.abs(scaled) < 1e11 ? Number(scaled.toPrecision(12)) : scaled;
  const rounded = Math.sign(snapped) * Math.floor(Math.abs(snapped) + 0.5);
  // JSON has no negative zero.
  return rounded === 0 ? 0 : rounded / unit;
}

/** P10, P50 and P90 of ascending values, each rounded; a percentile at ±∞ is null (e.g. ROI without cost). */
export function summarise(sorted: Float64Array, decimals: number): Percentiles {
  const at = (p: number) => {
    const value = nearestRank(sorted, p);
    return Number.isFinite(value) ? roundHalfUp(value, decimals) : null;
  };
  return { p10: at(10), p50: at(50), p90: at(90) };
}
