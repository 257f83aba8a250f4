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
