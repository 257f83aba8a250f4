import { Dec, ONE, ZERO } from "./decimal";
import { type MonthForecast, type MonthForecastLookup, forecastFromBasis } from "./reference-plans";
import type { PlanBasis } from "./scenarios";
import { buildTotals, findPaybackMonth, outputRoiPct } from "./totals";
import { outputCents, roundRunningTotals, subtractRounded } from "./output";
import type { ActualMonthRow, ActualsResult, PaybackProjectionBasis } from "./result-types";
import type { Actual } from "./schema-items";

/** One recorded month with its like-for-like forecast (expected scenario), exact. */
export interface ActualPoint {
  month: number;
  cost: Dec;
  benefit: Dec;
  cumCost: Dec;
  cumBenefit: Dec;
  forecastCost: Dec;
  forecastBenefit: Dec;
  forecastCumCost: Dec;
  forecastCumBenefit: Dec;
}

export interface ActualsAnalysis {
  points: ActualPoint[];
  result: ActualsResult;
  paybackMonth: number | null;
}

/**
 * Recorded months in order, each with running totals over the recorded months only and the
 * forecast it is compared with (`forecastOf`: the evaluated plan, or a reference plan).
 */
export function collectActualPoints(actuals: readonly Actual[], forecastOf: MonthForecastLookup): ActualPoint[] {
  const sorted = [...actuals].sort((a, b) => a.month - b.month);
  const points: ActualPoint[] = [];
  let cumCost = ZERO;
  let cumBenefit = ZERO;
  let forecastCumCost = ZERO;
  let forecastCumBenefit = ZERO;
  for (const actual of sorted) {
    const { cost: forecastCost, benefit: forecastBenefit } = forecastOf(actual.month);
    cumCost = cumCost.plus(actual.cost);
    cumBenefit = cumBenefit.plus(actual.benefit);
    forecastCumCost = forecastCumCost.plus(forecastCost);
    forecastCumBenefit = forecastCumBenefit.plus(forecastBenefit);
    points.push({
      month: actual.month,
      cost: actual.cost,
      benefit: actual.benefit,
      cumCost,
      cumBenefit,
      forecastCost,
      forecastBenefit,
      forecastCumCost,
      forecastCumBenefit,
    });
  }
  return points;
}

/** The evaluated plan's own forecast of the recorded months (what the projection scales). */
function sumPlanForecast(points: readonly ActualPoint[], forecastOf: MonthForecastLookup): MonthForecast {
  let cost = ZERO;
  let benefit = ZERO;
  for (const point of points) {
    const forecast = forecastOf(point.month);
    cost = cost.plus(forecast.cost);
    benefit = benefit.plus(forecast.benefit);
  }
  return { cost, benefit };
}

/**
 * Projected payback from actuals so far: the month it was reached; otherwise the months
 * after the last recorded one follow the expected plan, with benefits scaled by
 * realised ÷ forecast benefit so far and costs by actual ÷ forecast cost so far, and the
 * projection is the first of them whose running benefit catches up with the running cost.
 * Null when that does not happen within the horizon. "Forecast so far" is `planSoFar`, the
 * evaluated plan's forecast of the recorded months (default: what the points were compared
 * with): a re-forecast that already lowered the plan must not be scaled down a second time.
 */
export function projectPaybackMonth(
  points: readonly ActualPoint[],
  basis: PlanBasis,
  expectedMultiplier: Dec,
  planSoFar?: MonthForecast,
): { month: number | null; basis: PaybackProjectionBasis } {
  const reached = findPaybackMonth(
    points.map((p) => p.cumCost),
    points.map((p) => p.cumBenefit),
    points.map((p) => p.month),
  );
  if (reached !== null) return { month: reached, basis: "REACHED" };
  const last = points[points.length - 1];
  if (!last) return { month: null, basis: "NONE" };
  // Without a forecast to compare with, assume the plan holds for that side.
  const forecastCost = planSoFar?.cost ?? last.forecastCumCost;
  const forecastBenefit = planSoFar?.benefit ?? last.forecastCumBenefit;
  const benefitScale = forecastBenefit.isZero() ? ONE : last.cumBenefit.div(forecastBenefit);
  const costScale = forecastCost.isZero() ? ONE : last.cumCost.div(forecastCost);
  const benefitFactor = benefitScale.times(expectedMultiplier);
  let hasCost = !last.cumCost.isZero();
  let net = last.cumBenefit.minus(last.cumCost);
  let previous: { cost: Dec; benefit: Dec; change: Dec } | null = null;
  for (let month = last.month + 1; month <= basis.base.horizon; month++) {
    const cost = basis.plannedCost(month);
    const benefit = basis.plannedBenefit(month);
    // Plan values repeat between the months where an item starts or stops (same objects),
    // so the month's projected net change only has to be computed when they change.
    if (previous === null || previous.cost !== cost || previous.benefit !== benefit) {
      previous = { cost, benefit, change: benefit.times(benefitFactor).minus(cost.times(costScale)) };
    }
    net = net.plus(previous.change);
    hasCost = hasCost || !cost.isZero();
    if (hasCost && !net.isNegative()) return { month, basis: "PROJECTED" };
  }
  return { month: null, basis: "NONE" };
}

function buildRows(points: readonly ActualPoint[], periods: readonly string[]): ActualMonthRow[] {
  const actualCost = roundRunningTotals(points.map((p) => p.cumCost));
  const actualBenefit = roundRunningTotals(points.map((p) => p.cumBenefit));
  const forecastCost = roundRunningTotals(points.map((p) => p.forecastCumCost));
  const forecastBenefit = roundRunningTotals(points.map((p) => p.forecastCumBenefit));
  const costVariance = subtractRounded(actualCost, forecastCost, "monthly");
  const benefitVariance = subtractRounded(actualBenefit, forecastBenefit, "monthly");
  const cumCostVariance = subtractRounded(actualCost, forecastCost, "cumulative");
  const cumBenefitVariance = subtractRounded(actualBenefit, forecastBenefit, "cumulative");
  return points.map((point, i) => ({
    month: point.month,
    period: periods[point.month - 1],
    cost: actualCost.monthly[i],
    benefit: actualBenefit.monthly[i],
    cumCost: actualCost.cumulative[i],
    cumBenefit: actualBenefit.cumulative[i],
    cumRoiPct: outputRoiPct(point.cumBenefit, point.cumCost),
    forecastCost: forecastCost.monthly[i],
    forecastBenefit: forecastBenefit.monthly[i],
    forecastCumCost: forecastCost.cumulative[i],
    forecastCumBenefit: forecastBenefit.cumulative[i],
    forecastCumRoiPct: outputRoiPct(point.forecastCumBenefit, point.forecastCumCost),
    costVariance: costVariance[i],
    benefitVariance: benefitVariance[i],
    cumCostVariance: cumCostVariance[i],
    cumBenefitVariance: cumBenefitVariance[i],
  }));
}

export interface AnalyseActualsInput {
  actuals: readonly Actual[];
  basis: PlanBasis;
  expectedMultiplier: Dec;
  plannedPaybackMonth: number | null;
  /**
   * What each recorded month is compared with when it is not the evaluated plan (reference
   * plans, see reference-plans.ts); the projection of later months always follows `basis`.
   */
  reference?: MonthForecastLookup;
}

/** Forecast-versus-actual analysis; null when nothing has been recorded. */
export function analyseActuals(input: AnalyseActualsInput): ActualsAnalysis | null {
  const { actuals, basis, expectedMultiplier, plannedPaybackMonth, reference } = input;
  if (actuals.length === 0) return null;
  const own = forecastFromBasis(basis, expectedMultiplier);
  const points = collectActualPoints(actuals, reference ?? own);
  const last = points[points.length - 1];
  const planSoFar = reference ? sumPlanForecast(points, own) : undefined;
  const projection = projectPaybackMonth(points, basis, expectedMultiplier, planSoFar);
  const paybackMonth = projection.basis === "REACHED" ? projection.month : null;
  const totals = buildTotals(last.cumCost, last.cumBenefit, paybackMonth);
  const forecast = buildTotals(last.forecastCumCost, last.forecastCumBenefit, null);
  return {
    points,
    paybackMonth,
    result: {
      months: buildRows(points, basis.periods),
      totals: {
        ...totals,
        recordedMonths: points.length,
        forecastCost: forecast.cost,
        forecastBenefit: forecast.benefit,
        forecastNet: forecast.net,
        forecastRoiPct: forecast.roiPct,
        costVariance: outputCents(new Dec(totals.cost).minus(forecast.cost)),
        benefitVariance: outputCents(new Dec(totals.benefit).minus(forecast.benefit)),
      },
      plannedPaybackMonth,
      projectedPaybackMonth: projection.month,
      projectedPaybackBasis: projection.basis,
    },
  };
}
