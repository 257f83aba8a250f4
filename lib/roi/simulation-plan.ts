import { FIXED_DECIMALS, powerOfTen } from "./fixed-point";
import { buildBaseSeries } from "./monthly-values";
import type { InvestmentDefinition } from "./schema";
import type { Benefit, Cost, ItemRange } from "./schema-items";
import { expandTemplate } from "./templates";

// Everything a draw of the simulation needs, computed once (README "Uncertainty"). A draw
// only multiplies each ranged item by its own multiplier, so its totals and NPV are sums of
// multiplier × a precomputed item figure, and its running net per month is a sum over a
// month-major matrix. Statistics, so floating point: the exact plan values (fixed point) are
// converted to floats here, once.

const FIXED_UNIT = powerOfTen(FIXED_DECIMALS);

/** A fixed-point plan value as a float: whole and fractional part separately, so whole amounts stay exact. */
export function fixedToFloat(fixed: bigint): number {
  const whole = fixed / FIXED_UNIT;
  const fraction = fixed - whole * FIXED_UNIT;
  return Number(whole) + Number(fraction) / 1e24;
}

export interface SimulationPlan {
  horizon: number;
  /** Ranged items, costs first, each in the definition's order. */
  itemCount: number;
  /** 1 for a cost, 0 for a benefit. */
  isCost: Uint8Array;
  /** Triangular(low, 1, high) per item: low, high, F(1) = (1 − low) ÷ (high − low), (high − low)(1 − low), (high − low)(high − 1). */
  low: Float64Array;
  high: Float64Array;
  modeShare: Float64Array;
  lowerArea: Float64Array;
  upperArea: Float64Array;
  /** Undiscounted total over the horizon at multiplier 1 (benefits already × the expected multiplier). */
  total: Float64Array;
  /** Discounted total: Σ value of month m ÷ (1 + r)^(m/12). */
  discounted: Float64Array;
  /** Index (month − 1) of a cost item's first month with cost; horizon when it has none (benefits: horizon). */
  firstCostIndex: Int32Array;
  /** Running net (benefit − cost) of item k up to month t + 1, at [t × itemCount + k]. */
  cumNet: Float64Array;
  /** The unranged items folded together. */
  fixedCost: number;
  fixedBenefit: number;
  fixedNpv: number;
  fixedCumNet: Float64Array;
  fixedFirstCostIndex: number;
  /**
   * The months (indices) at which a draw's running net has to be looked at, most promising first
   * (see findCheckMonths); `feasible[t]` = 1 when some draw could have paid back by month t + 1.
   */
  checkMonths: Int32Array;
  feasible: Uint8Array;
  /** Running net within ± tolerance of zero counts as zero: float noise, far below a cent (see simulation.ts). */
  tolerance: number;
}

interface PlanItem {
  cost: boolean;
  item: Cost | Benefit;
  range: ItemRange;
}

/** The items of the expected scenario: the definition's own, plus template-expanded items (never ranged). */
function splitItems(definition: InvestmentDefinition) {
  const expansion = expandTemplate(definition);
  const ranged: PlanItem[] = [];
  const fixedCosts: Cost[] = [...(expansion?.costs ?? [])];
  const fixedBenefits: Benefit[] = [...(expansion?.benefits ?? [])];
  for (const item of definition.costs) {
    if (item.range) ranged.push({ cost: true, item, range: item.range });
    else fixedCosts.push(item);
  }
  for (const item of definition.benefits) {
    if (item.range) ranged.push({ cost: false, item, range: item.range });
    else fixedBenefits.push(item);
  }
  return { ranged, fixedCosts, fixedBenefits };
}

/** Only whether some item carries a range (cheap: no series are built). */
export function countRangedItems(definition: InvestmentDefinition): number {
  let count = 0;
  for (const item of definition.costs) if (item.range) count++;
  for (const item of definition.benefits) if (item.range) count++;
  return count;
}

/** 1 ÷ (1 + r)^(m/12) for m = 1..horizon: the engine's convention (end of month m). */
function discountFactors(horizon: number, annualRate: number): Float64Array {
  const factors = new Float64Array(horizon);
  for (let m = 1; m <= horizon; m++) factors[m - 1] = Math.pow(1 + annualRate, -m / 12);
  return factors;
}

function toFloats(fixed: readonly bigint[], scale: number): Float64Array {
  const values = new Float64Array(fixed.length);
  for (let i = 0; i < fixed.length; i++) values[i] = fixedToFloat(fixed[i]) * scale;
  return values;
}

function firstPositive(values: Float64Array): number {
  for (let i = 0; i < values.length; i++) if (values[i] > 0) return i;
  return values.length;
}

export function prepareSimulationPlan(
  definition: InvestmentDefinition,
  expectedMultiplier: number,
  discountRatePct: number,
): SimulationPlan {
  const horizon = definition.horizonMonths;
  const factors = discountFactors(horizon, discountRatePct / 100);
  const { ranged, fixedCosts, fixedBenefits } = splitItems(definition);
  const n = ranged.length;
  const plan: SimulationPlan = {
    horizon,
    itemCount: n,
    isCost: new Uint8Array(n),
    low: new Float64Array(n),
    high: new Float64Array(n),
    modeShare: new Float64Array(n),
    lowerArea: new Float64Array(n),
    upperArea: new Float64Array(n),
    total: new Float64Array(n),
    discounted: new Float64Array(n),
    firstCostIndex: new Int32Array(n),
    cumNet: new Float64Array(horizon * n),
    fixedCost: 0,
    fixedBenefit: 0,
    fixedNpv: 0,
    fixedCumNet: new Float64Array(horizon),
    fixedFirstCostIndex: horizon,
    checkMonths: new Int32Array(0),
    feasible: new Uint8Array(horizon),
    tolerance: 0,
  };
  // A month is a break when some item's value changes in the next month (month values, not running).
  const breaks = new Uint8Array(horizon);
  breaks[horizon - 1] = 1;
  const markBreaks = (series: Float64Array) => {
    for (let t = 0; t + 1 < horizon; t++) if (series[t] !== series[t + 1]) breaks[t] = 1;
  };
  let magnitude = 0;

  ranged.forEach(({ cost, item, range }, k) => {
    const series = cost
      ? toFloats(buildBaseSeries([item as Cost], [], horizon).cost, 1)
      : toFloats(buildBaseSeries([], [item as Benefit], horizon).benefit, expectedMultiplier);
    const low = range.low.toNumber();
    const high = range.high.toNumber();
    const width = high - low;
    plan.isCost[k] = cost ? 1 : 0;
    plan.low[k] = low;
    plan.high[k] = high;
    // A collapsed range (low = high = 1) has width 0: the draw is then always 1 (see drawTriangular).
    plan.modeShare[k] = width > 0 ? (1 - low) / width : 1;
    plan.lowerArea[k] = width * (1 - low);
    plan.upperArea[k] = width * (high - 1);
    plan.firstCostIndex[k] = cost ? firstPositive(series) : horizon;
    markBreaks(series);
    const sign = cost ? -1 : 1;
    let running = 0;
    let total = 0;
    let discounted = 0;
    for (let t = 0; t < horizon; t++) {
      running += series[t];
      total += series[t];
      discounted += series[t] * factors[t];
      plan.cumNet[t * n + k] = sign * running;
    }
    plan.total[k] = total;
    plan.discounted[k] = discounted;
    magnitude += high * total;
  });

  const fixed = buildBaseSeries(fixedCosts, fixedBenefits, horizon);
  const fixedCost = toFloats(fixed.cost, 1);
  const fixedBenefit = toFloats(fixed.benefit, expectedMultiplier);
  let running = 0;
  for (let t = 0; t < horizon; t++) {
    plan.fixedCost += fixedCost[t];
    plan.fixedBenefit += fixedBenefit[t];
    plan.fixedNpv += (fixedBenefit[t] - fixedCost[t]) * factors[t];
    running += fixedBenefit[t] - fixedCost[t];
    plan.fixedCumNet[t] = running;
  }
  plan.fixedFirstCostIndex = firstPositive(fixedCost);
  markBreaks(fixedCost);
  markBreaks(fixedBenefit);
  magnitude += plan.fixedCost + plan.fixedBenefit;
  // Every running sum adds at most itemCount + 1 terms no larger than `magnitude`; their float
  // error stays below 10^-13 × magnitude, so a 10^-12 tolerance absorbs it and nothing real.
  plan.tolerance = magnitude * 1e-12;
  findCheckMonths(plan, breaks);
  return plan;
}

/**
 * Payback within the horizon only asks whether the running net reaches zero in SOME month from
 * the draw's first month with cost (s) on. Between two breaks every item's month value is
 * constant, so the running net is linear there and largest at an end: it suffices to look at
 * s and at the breaks from s on (README "Uncertainty"). Months where even every item at its
 * most favourable end of range (costs low, benefits high) stays below zero are dropped, and
 * the rest are ordered by the running net at multiplier 1, largest first, so a paying draw
 * usually stops at the first look.
 */
function findCheckMonths(plan: SimulationPlan, breaks: Uint8Array): void {
  const { horizon, itemCount: n, cumNet, low, high } = plan;
  const centre = new Float64Array(horizon);
  const months: number[] = [];
  for (let t = 0; t < horizon; t++) {
    let best = plan.fixedCumNet[t];
    let middle = plan.fixedCumNet[t];
    for (let k = 0; k < n; k++) {
      const value = cumNet[t * n + k];
      best += value > 0 ? high[k] * value : low[k] * value;
      middle += value;
    }
    centre[t] = middle;
    plan.feasible[t] = best >= -plan.tolerance ? 1 : 0;
    if (breaks[t] === 1 && plan.feasible[t] === 1) months.push(t);
  }
  months.sort((a, b) => centre[b] - centre[a] || a - b);
  plan.checkMonths = Int32Array.from(months);
}
