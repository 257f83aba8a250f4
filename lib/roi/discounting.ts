import { Dec } from "./decimal";
import type { InvestmentDefinition } from "./schema";
import type { DiscountRateSource, ScenarioTotals } from "./result-types";
import type { PlanBasis } from "./scenarios";

// Discounted figures (README "Discounting"): the net flow of month m (benefit − cost of that
// month) is taken at the end of month m and discounted by (1 + r)^(m/12), r the annual rate.

/** The engine's default annual discount rate in % when neither the definition nor the workspace sets one. */
export const DEFAULT_DISCOUNT_RATE_PCT = 8;

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

/** What every scenario shares for discounting: the plan's discounted series at multiplier 1. */
export interface DiscountBasis {
  ratePct: Dec;
  horizon: number;
  // TODO(engine helper): discount factors and discounted running cost/benefit (fixed point).
}

export function prepareDiscountBasis(basis: PlanBasis, ratePct: Dec): DiscountBasis {
  return { ratePct, horizon: basis.base.horizon };
}

export type DiscountedTotals = Pick<
  ScenarioTotals,
  "npv" | "irrPct" | "irrNullReason" | "irrRootsPct" | "discountedPaybackMonth"
>;

/** NPV, IRR and discounted payback of one scenario (benefits × multiplier, costs unchanged). */
export function computeDiscountedTotals(discount: DiscountBasis, multiplier: Dec): DiscountedTotals {
  void discount;
  void multiplier;
  return { npv: 0, irrPct: null, irrNullReason: "NO_SIGN_CHANGE", irrRootsPct: [], discountedPaybackMonth: null };
}
