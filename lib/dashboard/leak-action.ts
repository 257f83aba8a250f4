import type { LeakCode } from "@/lib/roi";

// Where to act on each kind of leak, below /w/[slug]/investments/[id]: the entry grid for
// figures, its KPI section for measurements, the plan editor for plan-level slips.
const ACTION_PATHS: Record<LeakCode, string> = {
  MISSING_ACTUALS: "/actuals",
  UNDER_FORECAST: "/actuals",
  COST_OVERRUN: "/actuals",
  ZOMBIE_COST: "/actuals",
  NO_BASELINE: "/actuals#kpis",
  KPI_REGRESSION: "/actuals#kpis",
  PAYBACK_SLIP: "/edit",
  NEGATIVE_AFTER_RAMP: "/edit",
};

export const leakActionHref = (slug: string, investmentId: string, code: LeakCode) =>
  `/w/${encodeURIComponent(slug)}/investments/${encodeURIComponent(investmentId)}${ACTION_PATHS[code]}`;
