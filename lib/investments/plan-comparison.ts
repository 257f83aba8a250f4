import { forecastMonthsAgainst, type InvestmentDefinition, type MonthsForecastFigures } from "@/lib/roi";
import type { InForcePlans } from "./plan-in-force";

/**
 * Which plan the recorded months are compared with: "in-force" (the default) takes each
 * month's plan version in force when it was recorded; "evaluated" takes the evaluated plan
 * for every month.
 */
export type ComparisonBasis = "in-force" | "evaluated";

/** The forecast of the recorded months against one plan (expected scenario), rounded like the engine's totals. */
export type PlanFigures = MonthsForecastFigures;

/** What the recorded months are compared with, and how the original and current plans saw the same months. */
export type PlanComparison = {
  basis: ComparisonBasis;
  /** The first approved version and the latest one (the current plan); null for a draft. */
  originalVersion: number | null;
  currentVersion: number | null;
  /** The versions the actuals are compared with, ascending (empty: the draft plan). */
  comparedVersions: number[];
  /** Months without a (usable) plan version in force, which the plan in force takes from the evaluated plan. */
  unversionedMonths: number[];
  recordedMonths: number;
  /** Whether the original and the current plan forecast different cost or benefit for the recorded months. */
  differs: boolean;
  againstOriginal: PlanFigures;
  againstCurrent: PlanFigures;
  /** Each month against the plan in force when it was recorded (basis "in-force": the evaluation's forecast totals). */
  againstInForce: PlanFigures;
};

type VersionPlan = { version: number; definition: InvestmentDefinition | null };

/**
 * The recorded months' forecast against the original, the current and the in-force plans,
 * side by side. Pure. `definition` is the evaluated plan (month numbering, and the plan for
 * months no reference covers) of version `evaluatedVersion` (null: the draft); a version
 * whose definition is null (unparseable) counts as the evaluated plan.
 */
export function comparePlans(input: {
  definition: InvestmentDefinition;
  evaluatedVersion: number | null;
  months: readonly number[];
  basis: ComparisonBasis;
  original: VersionPlan | null;
  current: VersionPlan | null;
  inForce: InForcePlans;
}): PlanComparison {
  const { definition, months } = input;
  const wholly = (plan: VersionPlan | null) =>
    plan?.definition && plan.definition !== definition ? [{ definition: plan.definition, months }] : [];
  const figures = forecastMonthsAgainst(definition, months, {
    original: wholly(input.original),
    current: wholly(input.current),
    inForce: input.inForce.referencePlans,
  });
  const differs =
    input.original !== null &&
    input.current !== null &&
    input.original.version !== input.current.version &&
    (figures.original.forecastCost !== figures.current.forecastCost ||
      figures.original.forecastBenefit !== figures.current.forecastBenefit);
  return {
    basis: input.basis,
    originalVersion: input.original?.version ?? null,
    currentVersion: input.current?.version ?? null,
    comparedVersions:
      input.basis === "in-force"
        ? input.inForce.versions
        : input.evaluatedVersion === null || months.length === 0
          ? []
          : [input.evaluatedVersion],
    unversionedMonths: input.inForce.unversionedMonths,
    recordedMonths: new Set(months).size,
    differs,
    againstOriginal: figures.original,
    againstCurrent: figures.current,
    againstInForce: figures.inForce,
  };
}
