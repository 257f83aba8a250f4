import type { JsonValue } from "./parse";
import type { RoiNullReason } from "./output";
import type { EngineWarning } from "./warnings";

export const SCENARIO_NAMES = ["conservative", "expected", "optimistic"] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

export interface MonthRow {
  month: number;
  period: string;
  cost: number;
  benefit: number;
  cumCost: number;
  cumBenefit: number;
  /** null while nothing has been spent yet (ROI undefined). */
  cumRoiPct: number | null;
}

export interface Totals {
  cost: number;
  benefit: number;
  net: number;
  roiPct: number | null;
  roiNullReason: RoiNullReason | null;
  bcr: number | null;
  paybackMonth: number | null;
}

/** Why a scenario has no IRR. */
export type IrrNullReason =
  /** The net monthly flows never change sign (all spending or all return): no rate makes NPV zero. */
  | "NO_SIGN_CHANGE"
  /** The flows change sign but NPV has no zero for annual rates between −99.99% and 100,000%. */
  | "NO_ROOT_IN_RANGE"
  /** NPV is zero at more than one rate (the flows change sign more than once); see `irrRootsPct`. */
  | "MULTIPLE_ROOTS";

/** A scenario's totals with its discounted figures (README "Discounting"). */
export interface ScenarioTotals extends Totals {
  /** Net present value at the result's `discountRatePct`, rounded to cents. */
  npv: number;
  /** Annual rate in % at which NPV = 0, rounded to 2 decimals; null with `irrNullReason`. */
  irrPct: number | null;
  irrNullReason: IrrNullReason | null;
  /** Every rate (annual %, 2 decimals, ascending) in range at which NPV = 0: one entry when irrPct is set. */
  irrRootsPct: number[];
  /** First month with some cost so far whose cumulative discounted benefit ≥ cumulative discounted cost. */
  discountedPaybackMonth: number | null;
}

export interface YearRow {
  year: number;
  fromMonth: number;
  toMonth: number;
  cost: number;
  benefit: number;
  net: number;
  roiPct: number | null;
  roiNullReason: RoiNullReason | null;
  bcr: number | null;
}

export interface ScenarioResult {
  multiplier: number;
  totals: ScenarioTotals;
  years: YearRow[];
  months: MonthRow[];
}

export interface ActualMonthRow extends MonthRow {
  forecastCost: number;
  forecastBenefit: number;
  forecastCumCost: number;
  forecastCumBenefit: number;
  forecastCumRoiPct: number | null;
  /** actual − forecast; positive cost variance = overspend, negative benefit variance = shortfall. */
  costVariance: number;
  benefitVariance: number;
  cumCostVariance: number;
  cumBenefitVariance: number;
}

export interface ActualTotals extends Totals {
  recordedMonths: number;
  forecastCost: number;
  forecastBenefit: number;
  forecastNet: number;
  forecastRoiPct: number | null;
  costVariance: number;
  benefitVariance: number;
}

export type PaybackProjectionBasis = "REACHED" | "PROJECTED" | "NONE";

export interface ActualsResult {
  months: ActualMonthRow[];
  totals: ActualTotals;
  plannedPaybackMonth: number | null;
  projectedPaybackMonth: number | null;
  projectedPaybackBasis: PaybackProjectionBasis;
}

export const LEAK_CODES = [
  "UNDER_FORECAST",
  "COST_OVERRUN",
  "MISSING_ACTUALS",
  "NO_BASELINE",
  "KPI_REGRESSION",
  "PAYBACK_SLIP",
  "ZOMBIE_COST",
  "NEGATIVE_AFTER_RAMP",
] as const;
export type LeakCode = (typeof LEAK_CODES)[number];

/**
 * What each leak found, as data: the reader's language turns it into a sentence
 * (lib/leaks/leak-messages.ts). Money is in the investment's currency and percentages are
 * plain numbers, both rounded half-up to 2 decimals; months are month numbers of the plan
 * (1 = startMonth), periods "YYYY-MM".
 */
export interface LeakParamsByCode {
  /** Running benefit `belowPct`% (`shortfall`) under the forecast of the same months, after `months`. */
  UNDER_FORECAST: { belowPct: number; shortfall: number; months: number[] };
  /** Running cost `abovePct`% (`overrun`) over the forecast; `abovePct` null when the plan had no cost. */
  COST_OVERRUN: { abovePct: number | null; overrun: number };
  /** Past months without actuals, with their periods. */
  MISSING_ACTUALS: { months: number[]; periods: string[] };
  /** Nothing to say beyond the code. */
  NO_BASELINE: Record<string, never>;
  /** The latest measurement (`month`, `value`) against the baseline, in the KPI's unit (null: none). */
  KPI_REGRESSION: { month: number; value: number; baseline: number; unit: string | null; direction: "up" | "down" };
  /** Planned payback month and its period; `projectedMonth` null when it will not pay back within the horizon. */
  PAYBACK_SLIP: { plannedMonth: number; plannedPeriod: string; projectedMonth: number | null };
  /** Average planned running cost per month of the zombie `months`. */
  ZOMBIE_COST: { runningCostMonthly: number; months: number[] };
  /** The ramp-up ended in `rampEndMonth`; cumulative ROI is still `roiPct`% in `month`. */
  NEGATIVE_AFTER_RAMP: { rampEndMonth: number; month: number; roiPct: number };
}

/** Every code has a params type: indexing fails to compile when one is missing. */
export type LeakParams<C extends LeakCode = LeakCode> = { [K in C]: LeakParamsByCode[K] }[C];

interface LeakOf<C extends LeakCode> {
  code: C;
  months: number[];
  /** Money at stake per month, in the investment's currency (see README for each code). */
  atStakeMonthly: number;
  params: LeakParamsByCode[C];
  /** The KPI concerned (KPI_REGRESSION only). */
  kpi?: string;
}

/** A value leak; `params` is typed by `code`. */
export type Leak<C extends LeakCode = LeakCode> = { [K in C]: LeakOf<K> }[C];

export interface CustomerAcquisitionResult {
  roiPct: number | null;
  roiNullReason: RoiNullReason | null;
  ltvCacRatio: number | null;
  maxCac: number;
}

export interface ExpansionResult {
  template: string;
  costs: JsonValue[];
  benefits: JsonValue[];
  summary: { [key: string]: number | null };
}

/** Where the discount rate came from: the definition, the workspace's default, or the engine's 8%. */
export type DiscountRateSource = "definition" | "workspace" | "default";

/** The expected scenario's net ROI and NPV with one driver changed. */
export interface SensitivityPoint {
  roiPct: number | null;
  npv: number;
}

/** One driver of the tornado: a cost, a benefit or a template input at −change% and +change%. */
export interface SensitivityDriver {
  kind: "cost" | "benefit" | "input";
  /** "costs.0", "benefits.2" or "inputs.participationPct": the field path in the definition. */
  path: string;
  /** The item's label, or the template input's key. */
  label: string;
  /** The driver at (100 − changePct)%. */
  low: SensitivityPoint;
  /** The driver at (100 + changePct)%. */
  high: SensitivityPoint;
  /** |high.npv − low.npv|: the ranking key (largest first). */
  npvSwing: number;
  /** |high.roiPct − low.roiPct|; null when either is null. */
  roiSwingPct: number | null;
  /** True when a template input had to be kept inside its allowed range (e.g. a rate capped at 100%). */
  clamped: boolean;
}

export interface SensitivityResult {
  /** The change applied to each driver, in % (20). */
  changePct: number;
  /** The expected scenario unchanged. */
  base: SensitivityPoint;
  /** Ranked by npvSwing, largest first (then roiSwingPct, then path). */
  drivers: SensitivityDriver[];
}

/** P10, P50 and P90 of a simulated figure. */
export interface Percentiles {
  p10: number | null;
  p50: number | null;
  p90: number | null;
}

/**
 * A seeded Monte Carlo estimate over the items' ranges (README "Uncertainty"): statistics,
 * computed with floating point, labelled as an estimate. Null in `risk.simulation` when no item has a range.
 */
export interface SimulationResult {
  seed: number;
  draws: number;
  distribution: "triangular";
  /** How many items carry a range (the rest keep their value in every draw). */
  rangedItems: number;
  /** ROI % of the expected scenario; a draw without cost counts as +∞ (a percentile there is null). */
  roiPct: Percentiles;
  /** NPV at the result's discount rate, rounded to cents. */
  npv: Percentiles;
  /** Share of draws, in % (2 decimals), whose cumulative benefit reaches cumulative cost within the horizon. */
  paybackProbabilityPct: number;
}

export interface RiskResult {
  sensitivity: SensitivityResult;
  simulation: SimulationResult | null;
}

export interface RoiResult {
  name: string;
  currency: string;
  startMonth: string;
  horizonMonths: number;
  asOfMonth: number;
  /** The annual discount rate (%) behind every npv, irrPct and discountedPaybackMonth. */
  discountRatePct: number;
  discountRateSource: DiscountRateSource;
  warnings: EngineWarning[];
  scenarios: Partial<Record<ScenarioName, ScenarioResult>>;
  actuals?: ActualsResult;
  leaks: Leak[];
  customerAcquisition?: CustomerAcquisitionResult;
  expansion?: ExpansionResult;
  /** Sensitivity and simulation of the expected scenario; only with `options.risk` (they cost more). */
  risk?: RiskResult;
}
