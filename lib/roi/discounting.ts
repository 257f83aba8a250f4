import { Dec, ONE, TWELVE, fromPercent } from "./decimal";
import { FIXED_DECIMALS, centsToFigure, fixedToCents, powerOfTen } from "./fixed-point";
import { findIrr, npvSignsOnGrid } from "./irr";
import type { InvestmentDefinition } from "./schema";
import type { DiscountRateSource, ScenarioTotals } from "./result-types";
import type { PlanBasis } from "./scenarios";

// Discounted figures (README "Discounting"): the net flow of month m (benefit − cost of that
// month) is taken at the end of month m and discounted by (1 + r)^(m/12), r the annual rate.
// Money stays exact: each discount factor is a fixed-point integer with DISCOUNT_DECIMALS
// decimals, the plan's fixed-point values (× 10^24) times those factors are exact integers, and
// the NPV is rounded to cents once, from the exact sum. Only the IRR search uses floats.

/** The engine's default annual discount rate in % when neither the definition nor the workspace sets one. */
export const DEFAULT_DISCOUNT_RATE_PCT = 8;

/**
 * Decimals of each discount factor (1 + r)^(−m/12). The factors are computed with 40
 * significant digits and rounded half-up to 32 decimals: on the largest plan (10^15 a month for
 * 120 months) that is an error below 10^15 × 120 × 10^-32 ≈ 10^-15, far from a cent.
 */
export const DISCOUNT_DECIMALS = 32;
/** Decimals of a discounted amount: the plan's fixed point times a factor. */
export const DISCOUNTED_DECIMALS = FIXED_DECIMALS + DISCOUNT_DECIMALS;

export interface ResolvedDiscountRate {
  ratePct: Dec;
  source: DiscountRateSource;
}

/** The definition's `discountRatePct`, else the workspace's default, else 8%. */
export function resolveDiscountRate(
  definition: Pick<InvestmentDefinition, "discountRatePct">,
  workspaceDefault: Dec | null,
): ResolvedDiscountRate {
  if (definition.discountRatePct !== undefined) return { ratePct: definition.discountRatePct, source: "definition" };
  if (workspaceDefault !== null) return { ratePct: workspaceDefault, source: "workspace" };
  return { ratePct: new Dec(DEFAULT_DISCOUNT_RATE_PCT), source: "default" };
}

// Factors per rate, computed once: nearly every plan uses the same few rates (8 above all).
const FACTOR_CACHE_LIMIT = 64;
const FACTOR_UNIT = Number(powerOfTen(DISCOUNT_DECIMALS));

interface Factors {
  fixed: bigint[];
  numbers: Float64Array;
}

const factorCache = new Map<string, Factors>();

function toDiscountFixed(value: Dec): bigint {
  return BigInt(value.toFixed(DISCOUNT_DECIMALS, Dec.ROUND_HALF_UP).replace(".", ""));
}

function computeFactors(ratePct: Dec, months: number): Factors {
  // One fractional power for the monthly growth g = (1 + r)^(1/12), then D_m = D_(m−1) ÷ g:
  // each step carries 40 significant digits, so 120 steps lose nothing at 32 decimals.
  const growth = ONE.plus(fromPercent(ratePct)).pow(ONE.div(TWELVE));
  const fixed = new Array<bigint>(months);
  const numbers = new Float64Array(months);
  let factor = ONE;
  for (let m = 1; m <= months; m++) {
    factor = factor.div(growth);
    fixed[m - 1] = toDiscountFixed(factor);
    numbers[m - 1] = Number(fixed[m - 1]) / FACTOR_UNIT;
  }
  return { fixed, numbers };
}

function lookUpFactors(ratePct: Dec, months: number): Factors {
  const key = ratePct.toFixed();
  const cached = factorCache.get(key);
  if (cached && cached.fixed.length >= months) return cached;
  const factors = computeFactors(ratePct, Math.max(months, cached?.fixed.length ?? 0));
  if (!cached && factorCache.size >= FACTOR_CACHE_LIMIT) {
    const oldest = factorCache.keys().next().value;
    if (oldest !== undefined) factorCache.delete(oldest);
  }
  factorCache.set(key, factors);
  return factors;
}

/** D_m = (1 + r)^(−m/12) for m = 1..months (index 0 = month 1), fixed point with DISCOUNT_DECIMALS decimals. */
export function discountFactors(ratePct: Dec, months: number): readonly bigint[] {
  return lookUpFactors(ratePct, months).fixed;
}

/** The same factors as floats, for statistics (IRR search, simulation). */
export function discountFactorNumbers(ratePct: Dec, months: number): Float64Array {
  return lookUpFactors(ratePct, months).numbers;
}

/** Σ value_m × D_m of a fixed-point monthly series (× 10^24) up to `months`: exact, DISCOUNTED_DECIMALS decimals. */
export function discountSeries(series: readonly bigint[], factors: readonly bigint[], months = series.length): bigint {
  let total = 0n;
  for (let i = 0; i < months; i++) if (series[i] !== 0n) total += series[i] * factors[i];
  return total;
}

/** What every scenario shares for discounting: the plan's discounted totals at multiplier 1. */
export interface DiscountBasis {
  ratePct: Dec;
  horizon: number;
  /** D_m per month (index 0 = month 1), DISCOUNT_DECIMALS decimals. */
  factors: readonly bigint[];
  /** Discounted cost of the whole horizon, DISCOUNTED_DECIMALS decimals, exact given the factors. */
  totalCost: bigint;
  /** Discounted benefit at multiplier 1, DISCOUNTED_DECIMALS decimals. */
  totalBenefit: bigint;
  /** The plan per month (× 10^24), for exact decisions where floats are too close to call. */
  cost: readonly bigint[];
  benefit: readonly bigint[];
  /** The plan per month as floats (whole units), for the IRR search. */
  costNumbers: Float64Array;
  benefitNumbers: Float64Array;
  /** Running discounted cost and benefit (multiplier 1) as floats, to find the payback month fast. */
  cumCostNumbers: Float64Array;
  cumBenefitNumbers: Float64Array;
  /** npvSign of the monthly cost and benefit on the IRR grid, computed once when a scenario needs it. */
  irrGrid(): { cost: Float64Array; benefit: Float64Array };
}

const FIXED_UNIT = Number(powerOfTen(FIXED_DECIMALS));

function toNumbers(series: readonly bigint[]): Float64Array {
  const numbers = new Float64Array(series.length);
  for (let i = 0; i < series.length; i++) numbers[i] = series[i] === 0n ? 0 : Number(series[i]) / FIXED_UNIT;
  return numbers;
}

function runningDiscountedNumbers(values: Float64Array, factors: Float64Array): Float64Array {
  const sums = new Float64Array(values.length);
  let running = 0;
  for (let i = 0; i < values.length; i++) {
    running += values[i] * factors[i];
    sums[i] = running;
  }
  return sums;
}

export function prepareDiscountBasis(basis: PlanBasis, ratePct: Dec): DiscountBasis {
  const { horizon, cost, benefit } = basis.base;
  const factors = lookUpFactors(ratePct, horizon);
  const costNumbers = toNumbers(cost);
  const benefitNumbers = toNumbers(benefit);
  let grid: { cost: Float64Array; benefit: Float64Array } | null = null;
  return {
    ratePct,
    horizon,
    factors: factors.fixed,
    totalCost: discountSeries(cost, factors.fixed, horizon),
    totalBenefit: discountSeries(benefit, factors.fixed, horizon),
    cost,
    benefit,
    costNumbers,
    benefitNumbers,
    cumCostNumbers: runningDiscountedNumbers(costNumbers, factors.numbers),
    cumBenefitNumbers: runningDiscountedNumbers(benefitNumbers, factors.numbers),
    irrGrid() {
      if (grid === null) {
        const [costGrid, benefitGrid] = npvSignsOnGrid(costNumbers, benefitNumbers);
        grid = { cost: costGrid, benefit: benefitGrid };
      }
      return grid;
    },
  };
}

/**
 * A scenario multiplier as an exact ratio: m = factor ÷ 10^decimals (0.8 = 8 ÷ 10), so m × B
 * stays an integer with `decimals` more decimals — the same scaling computeScenario uses.
 */
export interface MultiplierScale {
  factor: bigint;
  unit: bigint;
  decimals: number;
  isUnit: boolean;
}

export function scaleMultiplier(multiplier: Dec): MultiplierScale {
  const decimals = multiplier.decimalPlaces();
  const unit = powerOfTen(decimals);
  return {
    factor: BigInt(multiplier.times(new Dec(unit.toString())).toFixed()),
    unit,
    decimals,
    isUnit: multiplier.eq(ONE),
  };
}

export type DiscountedTotals = Pick<
  ScenarioTotals,
  "npv" | "irrPct" | "irrNullReason" | "irrRootsPct" | "discountedPaybackMonth"
>;

/** Floats decide a comparison unless the two sides are within this share of each other. */
const CLOSE_CALL = 1e-9;

/**
 * Discounted payback: the first month with some cost so far whose discounted benefit × m ≥
 * discounted cost. Floats find it; a month where both sides are nearly equal is decided exactly.
 */
function findDiscountedPayback(discount: DiscountBasis, multiplier: number, scale: MultiplierScale): number | null {
  const { cumCostNumbers, cumBenefitNumbers } = discount;
  for (let i = 0; i < cumCostNumbers.length; i++) {
    const cost = cumCostNumbers[i];
    if (cost === 0) continue;
    const benefit = multiplier * cumBenefitNumbers[i];
    const reached =
      Math.abs(benefit - cost) > CLOSE_CALL * Math.max(benefit, cost)
        ? benefit > cost
        : discountSeries(discount.benefit, discount.factors, i + 1) * scale.factor >=
          discountSeries(discount.cost, discount.factors, i + 1) * scale.unit;
    if (reached) return i + 1;
  }
  return null;
}

/** Net flow per month (benefit × m − cost) as floats; a flow that is exactly 0 is exactly 0. */
function netFlowNumbers(discount: DiscountBasis, multiplier: number, scale: MultiplierScale): Float64Array {
  const { costNumbers, benefitNumbers } = discount;
  const flows = new Float64Array(costNumbers.length);
  for (let i = 0; i < flows.length; i++) {
    const benefit = multiplier * benefitNumbers[i];
    const cost = costNumbers[i];
    const flow = benefit - cost;
    // Near zero the float may have the wrong sign (0.8 × 125 − 100 need not be 0 in binary);
    // a wrong sign would invent a sign change, so decide those few months exactly.
    if (Math.abs(flow) <= CLOSE_CALL * Math.max(benefit, cost)) {
      const exact = discount.benefit[i] * scale.factor - discount.cost[i] * scale.unit;
      flows[i] = exact === 0n ? 0 : Number(exact) / (FIXED_UNIT * Number(scale.unit));
    } else {
      flows[i] = flow;
    }
  }
  return flows;
}

/** NPV, IRR and discounted payback of one scenario (benefits × multiplier, costs unchanged). */
export function computeDiscountedTotals(discount: DiscountBasis, multiplier: Dec): DiscountedTotals {
  const scale = scaleMultiplier(multiplier);
  const multiplierNumber = multiplier.toNumber();
  const npvFixed = discount.totalBenefit * scale.factor - discount.totalCost * scale.unit;
  const irr = findIrr(netFlowNumbers(discount, multiplierNumber, scale), () => {
    const { cost, benefit } = discount.irrGrid();
    const values = new Float64Array(cost.length);
    for (let i = 0; i < values.length; i++) values[i] = multiplierNumber * benefit[i] - cost[i];
    return values;
  });
  return {
    npv: centsToFigure(fixedToCents(npvFixed, DISCOUNTED_DECIMALS + scale.decimals)),
    ...irr,
    discountedPaybackMonth: findDiscountedPayback(discount, multiplierNumber, scale),
  };
}
