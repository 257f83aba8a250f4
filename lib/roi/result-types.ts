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
  totals: Totals;
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

export interface Leak {
  code: LeakCode;
  months: number[];
  /** Money at stake per month, in the investment's currency (see README for each code). */
  atStakeMonthly: number;
  message: string;
  /** The KPI concerned (KPI_REGRESSION only). */
  kpi?: string;
}

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

export interface RoiResult {
  name: string;
  currency: string;
  startMonth: string;
  horizonMonths: number;
  asOfMonth: number;
  warnings: EngineWarning[];
  scenarios: Partial<Record<ScenarioName, ScenarioResult>>;
  actuals?: ActualsResult;
  leaks: Leak[];
  customerAcquisition?: CustomerAcquisitionResult;
  expansion?: ExpansionResult;
}
