import Decimal from "decimal.js";
import { dateToPeriod, monthNumberOf } from "@/lib/investments/months";
import { forecastMonthsAgainst, parseDefinition, type InvestmentDefinition } from "@/lib/roi";

// Forecast accuracy of one investment: how each approved plan version's forecast of benefit
// compared with what was realised. Pure. Definitions (also in lib/accuracy/README.md):
//
// - Window of version v: the recorded months from the first month recorded under v onwards
//   ("the months it was in force and since"). A version under which no month was recorded
//   (superseded before the next recording) starts at the calendar month it was approved.
// - Forecast: v's expected-scenario benefit for exactly those calendar months (a month
//   outside v's horizon planned nothing: 0), an exact sum rounded once to cents.
// - Actual: the recorded benefit of those months (exact).
// - Error % = (forecast − actual) ÷ |actual| × 100, rounded half-up to 2 decimals: positive
//   means the forecast ran above what was realised. |actual| keeps that meaning when the
//   realised benefit is negative. Null (not measurable) without months or with 0 actual.

const HalfUp = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/** Why a version's error is null. */
export type AccuracyGap =
  /** No recorded month lies in its window yet. */
  | "NO_MONTHS"
  /** The window's realised benefit is 0: a percentage of nothing. */
  | "ZERO_ACTUAL"
  /** Its stored definition no longer parses. */
  | "INVALID_PLAN";

export type VersionAccuracy = {
  version: number;
  /** "YYYY-MM" the version was approved. */
  approvedPeriod: string;
  /** "YYYY-MM" of the window's first month (see above). */
  fromPeriod: string;
  /** Recorded months in the window. */
  months: number;
  /** Cumulative benefit over the window, decimal strings with cents; forecast null when the plan is invalid. */
  forecastBenefit: string | null;
  actualBenefit: string;
  /** (forecast − actual) ÷ |actual| × 100, 2 decimals; null with `gap`. */
  errorPct: number | null;
  gap: AccuracyGap | null;
};

/** What accuracy reads of an investment (`InvestmentDetail` fits). */
export type AccuracySource = {
  versions: readonly { id: string; version: number; createdAt: Date; definition: unknown }[];
  actuals: readonly { month: Date; benefit: { toString(): string }; planVersionId: string | null }[];
};

/** Parses each version once per call (a caller that already parsed some may pass them). */
export type PlanParser = (version: { id: string; definition: unknown }) => InvestmentDefinition | null;

export function createPlanParser(): PlanParser {
  const parsed = new Map<string, InvestmentDefinition | null>();
  return (version) => {
    if (!parsed.has(version.id)) {
      const result = parseDefinition(version.definition);
      parsed.set(version.id, result.ok ? result.definition : null);
    }
    return parsed.get(version.id) ?? null;
  };
}

/** Error % as defined above; null when the actual is 0. */
export function errorPctOf(forecast: Decimal.Value, actual: Decimal.Value): number | null {
  const a = new HalfUp(actual);
  if (a.isZero()) return null;
  return new HalfUp(forecast).minus(a).div(a.abs()).times(100).toDecimalPlaces(2).toNumber();
}

/** The expected benefit `definition` forecast for the given calendar months, rounded once to cents. */
export function forecastBenefitOf(definition: InvestmentDefinition, periods: readonly string[]): string {
  const months = periods.map((p) => monthNumberOf(definition.startMonth, p));
  const { plan } = forecastMonthsAgainst(definition, months, { plan: [] });
  return new HalfUp(String(plan.forecastBenefit)).toFixed(2);
}

/** Every plan version's accuracy, oldest version first. */
export function versionAccuracyOf(source: AccuracySource, planOf: PlanParser = createPlanParser()): VersionAccuracy[] {
  const recorded = source.actuals
    .map((a) => ({ period: dateToPeriod(a.month), benefit: new HalfUp(a.benefit.toString()), planVersionId: a.planVersionId }))
    .sort((a, b) => a.period.localeCompare(b.period));
  return [...source.versions]
    .sort((a, b) => a.version - b.version)
    .map((v): VersionAccuracy => {
      const approvedPeriod = dateToPeriod(v.createdAt);
      const fromPeriod = recorded.find((r) => r.planVersionId === v.id)?.period ?? approvedPeriod;
      const window = recorded.filter((r) => r.period >= fromPeriod);
      const actual = window.reduce((sum, r) => sum.plus(r.benefit), new HalfUp(0));
      const definition = planOf(v);
      const forecast = definition ? forecastBenefitOf(definition, window.map((r) => r.period)) : null;
      const gap: AccuracyGap | null =
        definition === null ? "INVALID_PLAN" : window.length === 0 ? "NO_MONTHS" : actual.isZero() ? "ZERO_ACTUAL" : null;
      return {
        version: v.version,
        approvedPeriod,
        fromPeriod,
        months: window.length,
        forecastBenefit: forecast,
        actualBenefit: actual.toFixed(2),
        errorPct: gap === null && forecast !== null ? errorPctOf(forecast, actual) : null,
        gap,
      };
    });
}
