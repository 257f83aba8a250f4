import type { Dec } from "./decimal";
import { MAX_SEED, createMulberry32 } from "./random";
import type { SimulationResult } from "./result-types";
import type { InvestmentDefinition } from "./schema";
import { type SimulationPlan, countRangedItems, prepareSimulationPlan } from "./simulation-plan";
import { roundHalfUp, summarise } from "./simulation-stats";

/** The simulation's defaults: the same seed gives the same result on every machine. */
export const DEFAULT_SIMULATION_SEED = 1;
export const DEFAULT_SIMULATION_DRAWS = 10_000;
/** Fewer draws make P10/P90 noise; more cost time without changing the picture. Outside: a RangeError. */
export const MIN_SIMULATION_DRAWS = 100;
export const MAX_SIMULATION_DRAWS = 100_000;

export interface SimulationOptions {
  seed?: number;
  draws?: number;
}

export interface SimulationInput {
  definition: InvestmentDefinition;
  expectedMultiplier: Dec;
  discountRatePct: Dec;
}

/** Checks the options; a wrong seed or number of draws is a programming or usage error, not a plan problem. */
export function resolveSimulationOptions(options: SimulationOptions): { seed: number; draws: number } {
  const seed = options.seed ?? DEFAULT_SIMULATION_SEED;
  const draws = options.draws ?? DEFAULT_SIMULATION_DRAWS;
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new RangeError(`The simulation seed must be a whole number from 0 to ${MAX_SEED}, got ${seed}.`);
  }
  if (!Number.isInteger(draws) || draws < MIN_SIMULATION_DRAWS || draws > MAX_SIMULATION_DRAWS) {
    throw new RangeError(
      `The number of draws must be a whole number from ${MIN_SIMULATION_DRAWS} to ${MAX_SIMULATION_DRAWS}, got ${draws}.`,
    );
  }
  return { seed, draws };
}

interface Draws {
  roiPct: Float64Array;
  npv: Float64Array;
  paying: number;
}

/**
 * Item k's multiplier for the uniform number u: the inverse CDF of triangular(low, 1, high).
 * Below F(1) = (1 − low) ÷ (high − low): low + √(u (high − low)(1 − low)); above it:
 * high − √((1 − u)(high − low)(high − 1)). A collapsed range (low = high = 1) always gives 1.
 */
export function drawMultiplier(plan: SimulationPlan, k: number, u: number): number {
  return u < plan.modeShare[k]
    ? plan.low[k] + Math.sqrt(u * plan.lowerArea[k])
    : plan.high[k] - Math.sqrt((1 - u) * plan.upperArea[k]);
}

/** The running net (benefit − cost) up to month t + 1 of a draw with these multipliers. */
export function runningNet(plan: SimulationPlan, multipliers: Float64Array, t: number): number {
  const n = plan.itemCount;
  const row = t * n;
  let net = plan.fixedCumNet[t];
  for (let k = 0; k < n; k++) net += multipliers[k] * plan.cumNet[row + k];
  return net;
}

/** Whether the running net reaches zero in some month from `start` on: at `start` or a break after it. */
export function paysBack(plan: SimulationPlan, multipliers: Float64Array, start: number, threshold: number): boolean {
  const months = plan.checkMonths;
  for (let i = 0; i < months.length; i++) {
    if (months[i] >= start && runningNet(plan, multipliers, months[i]) >= threshold) return true;
  }
  return plan.feasible[start] === 1 && runningNet(plan, multipliers, start) >= threshold;
}

/**
 * The draw loop (hot path: no allocations inside). Per draw, every ranged item gets a
 * multiplier ~ triangular(low, 1, high) by inverse CDF from one uniform number, items in
 * plan order (costs, then benefits); the draw's totals and NPV are then sums of
 * multiplier × item figure, and payback is looked for at the few months where it can first
 * show (paysBack).
 */
function runDraws(plan: SimulationPlan, seed: number, draws: number): Draws {
  const random = createMulberry32(seed);
  const n = plan.itemCount;
  const horizon = plan.horizon;
  const { isCost, total, discounted, firstCostIndex } = plan;
  const multipliers = new Float64Array(n);
  const roiPct = new Float64Array(draws);
  const npv = new Float64Array(draws);
  const threshold = -plan.tolerance;
  let paying = 0;
  for (let d = 0; d < draws; d++) {
    let cost = plan.fixedCost;
    let benefit = plan.fixedBenefit;
    let value = plan.fixedNpv;
    let start = plan.fixedFirstCostIndex;
    for (let k = 0; k < n; k++) {
      const m = drawMultiplier(plan, k, random());
      multipliers[k] = m;
      if (isCost[k] === 1) {
        cost += m * total[k];
        value -= m * discounted[k];
        // A cost drawn at 0 (possible when low = 0) does not start the clock.
        if (m > 0 && firstCostIndex[k] < start) start = firstCostIndex[k];
      } else {
        benefit += m * total[k];
        value += m * discounted[k];
      }
    }
    // Without cost ROI is undefined; +∞ keeps such draws at the top when sorting.
    roiPct[d] = cost > 0 ? ((benefit - cost) / cost) * 100 : Infinity;
    npv[d] = value;
    if (start < horizon && paysBack(plan, multipliers, start, threshold)) paying++;
  }
  return { roiPct, npv, paying };
}

/**
 * Seeded Monte Carlo over the items' ranges (triangular) of the expected scenario: P10/P50/P90
 * of ROI and NPV and the probability of payback within the horizon (README "Uncertainty").
 * Null when no item has a range. Deterministic given seed and draws.
 */
export function simulateUncertainty(input: SimulationInput, options: SimulationOptions = {}): SimulationResult | null {
  const { seed, draws } = resolveSimulationOptions(options);
  const rangedItems = countRangedItems(input.definition);
  if (rangedItems === 0) return null;
  const plan = prepareSimulationPlan(
    input.definition,
    input.expectedMultiplier.toNumber(),
    input.discountRatePct.toNumber(),
  );
  const result = runDraws(plan, seed, draws);
  result.roiPct.sort();
  result.npv.sort();
  return {
    seed,
    draws,
    distribution: "triangular",
    rangedItems,
    roiPct: summarise(result.roiPct, 2),
    npv: summarise(result.npv, 2),
    paybackProbabilityPct: roundHalfUp((result.paying / draws) * 100, 2),
  };
}
