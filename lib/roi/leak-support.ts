import type { ActualPoint } from "./actuals";
import type { Dec } from "./decimal";
import type { LeakCode, LeakParamsByCode } from "./result-types";
import type { PlanBasis } from "./scenarios";
import type { Kpi } from "./schema-items";

/** Default thresholds; a workspace may override any of them (see README for each rule). */
export const DEFAULT_LEAK_THRESHOLDS = Object.freeze({
  /** UNDER_FORECAST: cumulative actual benefit more than this % below forecast… */
  underForecastPct: 20,
  /** …for at least this many consecutive recorded months. */
  underForecastMinMonths: 2,
  /** COST_OVERRUN: cumulative actual cost more than this % above forecast. */
  costOverrunPct: 10,
  /** ZOMBIE_COST: a month's actual benefit at most this % of its planned benefit counts as ≈0… */
  zombieBenefitPct: 5,
  /** …for at least this many consecutive recorded months. */
  zombieMinMonths: 3,
  /** KPI_REGRESSION: ignore moves against the direction smaller than this % of the baseline. */
  kpiRegressionTolerancePct: 0,
  /** PAYBACK_SLIP: allowed delay in months before the flag is raised. */
  paybackSlipGraceMonths: 0,
  /** NEGATIVE_AFTER_RAMP: months after the ramp-up ends before a negative ROI is flagged. */
  negativeAfterRampGraceMonths: 0,
});

export type LeakThresholds = { -readonly [K in keyof typeof DEFAULT_LEAK_THRESHOLDS]: number };

export function resolveLeakThresholds(overrides: Partial<LeakThresholds> = {}): LeakThresholds {
  const resolved: LeakThresholds = { ...DEFAULT_LEAK_THRESHOLDS };
  for (const key of Object.keys(DEFAULT_LEAK_THRESHOLDS) as (keyof LeakThresholds)[]) {
    const value = overrides[key];
    // Options come from workspace settings; a bad value falls back instead of breaking evaluation.
    if (typeof value === "number" && Number.isFinite(value) && value >= 0) resolved[key] = value;
  }
  return resolved;
}

export interface LeakContext {
  currency: string;
  periods: readonly string[];
  horizon: number;
  asOfMonth: number;
  active: boolean;
  started: boolean;
  thresholds: LeakThresholds;
  basis: PlanBasis;
  expectedMultiplier: Dec;
  plannedPaybackMonth: number | null;
  projectedPaybackMonth: number | null;
  actualPaybackMonth: number | null;
  points: readonly ActualPoint[];
  recordedMonths: ReadonlySet<number>;
  kpis: readonly Kpi[];
  rampEndMonth: number | null;
}

/** A leak before its money at stake is rounded; params are final (rounded as the output). */
export type LeakDraft<C extends LeakCode = LeakCode> = {
  [K in C]: { code: K; months: number[]; atStake: Dec; params: LeakParamsByCode[K]; kpi?: string };
}[C];

/** Planned (expected scenario) benefit of one month. */
export function planBenefit(context: LeakContext, month: number): Dec {
  return context.basis.plannedBenefit(month).times(context.expectedMultiplier);
}

/** The latest unbroken run of recorded months, ending at the last one, for which `holds` is true. */
export function findTrailingRun(points: readonly ActualPoint[], holds: (point: ActualPoint) => boolean): ActualPoint[] {
  let start = points.length;
  while (start > 0 && holds(points[start - 1])) start--;
  return points.slice(start);
}
