import type { Dec } from "./decimal";
import type { SimulationResult } from "./result-types";
import type { InvestmentDefinition } from "./schema";

/** The simulation's defaults: the same seed gives the same result on every machine. */
export const DEFAULT_SIMULATION_SEED = 1;
export const DEFAULT_SIMULATION_DRAWS = 10_000;

export interface SimulationOptions {
  seed?: number;
  draws?: number;
}

export interface SimulationInput {
  definition: InvestmentDefinition;
  expectedMultiplier: Dec;
  discountRatePct: Dec;
}

/** Seeded Monte Carlo over the items' ranges (triangular); null when no item has a range. */
export function simulateUncertainty(input: SimulationInput, options: SimulationOptions = {}): SimulationResult | null {
  void input;
  void options;
  // TODO(engine helper)
  return null;
}
