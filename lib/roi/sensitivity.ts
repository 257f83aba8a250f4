import type { Dec } from "./decimal";
import type { DiscountBasis } from "./discounting";
import type { SensitivityResult } from "./result-types";
import type { InvestmentDefinition } from "./schema";

/** Each driver is moved by this many percent down and up. */
export const SENSITIVITY_CHANGE_PCT = 20;

export interface SensitivityInput {
  definition: InvestmentDefinition;
  expectedMultiplier: Dec;
  discountRatePct: Dec;
  /** The unchanged plan's discount basis (for the base point). */
  discount: DiscountBasis;
}

/** The tornado of the expected scenario: every cost, benefit and template input at −20% and +20%. */
export function computeSensitivity(input: SensitivityInput): SensitivityResult {
  void input;
  // TODO(engine helper)
  return { changePct: SENSITIVITY_CHANGE_PCT, base: { roiPct: null, npv: 0 }, drivers: [] };
}
