import type { ActualPoint } from "./actuals";
import { Dec, HUNDRED, ONE, ZERO, sumDecimals } from "./decimal";
import { findTrailingRun, planBenefit, type LeakContext, type LeakDraft } from "./leak-support";
import { computeRoiPct, outputCents } from "./output";

const monthsOf = (run: readonly ActualPoint[]) => run.map((point) => point.month);
const lastOf = (points: readonly ActualPoint[]) => points[points.length - 1];

/** UNDER_FORECAST: cumulative benefit more than X% below forecast for N+ consecutive recorded months (up to now). */
export function detectUnderForecast(context: LeakContext): LeakDraft | null {
  const { underForecastPct, underForecastMinMonths } = context.thresholds;
  const floor = ONE.minus(new Dec(underForecastPct).div(HUNDRED));
  const run = findTrailingRun(
    context.points,
    (p) =>
      p.forecastCumBenefit.isPositive() &&
      !p.forecastCumBenefit.isZero() &&
      p.cumBenefit.lt(p.forecastCumBenefit.times(floor)),
  );
  if (run.length === 0 || run.length < underForecastMinMonths) return null;
  const last = lastOf(run);
  const shortfall = last.forecastCumBenefit.minus(last.cumBenefit);
  const below = shortfall.div(last.forecastCumBenefit).times(HUNDRED);
  return {
    code: "UNDER_FORECAST",
    months: monthsOf(run),
    atStake: shortfall.div(context.points.length),
    params: { belowPct: outputCents(below), shortfall: outputCents(shortfall), months: monthsOf(run) },
  };
}

/** COST_OVERRUN: cumulative actual cost more than X% above the forecast of the same months. */
export function detectCostOverrun(context: LeakContext): LeakDraft | null {
  const ceiling = ONE.plus(new Dec(context.thresholds.costOverrunPct).div(HUNDRED));
  const run = findTrailingRun(context.points, (p) => p.cumCost.gt(p.forecastCumCost.times(ceiling)));
  if (run.length === 0) return null;
  const last = lastOf(run);
  const overrun = last.cumCost.minus(last.forecastCumCost);
  const above = last.forecastCumCost.isZero() ? null : overrun.div(last.forecastCumCost).times(HUNDRED);
  return {
    code: "COST_OVERRUN",
    months: monthsOf(run),
    atStake: overrun.div(context.points.length),
    params: { abovePct: above === null ? null : outputCents(above), overrun: outputCents(overrun) },
  };
}

/** ZOMBIE_COST: running cost paid while the benefit is ≈0 (≤ X% of plan) for N+ consecutive recorded months. */
export function detectZombieCost(context: LeakContext): LeakDraft | null {
  const { zombieBenefitPct, zombieMinMonths } = context.thresholds;
  const share = new Dec(zombieBenefitPct).div(HUNDRED);
  const run = findTrailingRun(context.points, (p) => {
    const planned = planBenefit(context, p.month);
    const isRunning = context.basis.base.runningCost[p.month - 1] !== 0n && !p.cost.isZero();
    return isRunning && !planned.isZero() && p.benefit.lte(planned.times(share));
  });
  if (run.length === 0 || run.length < zombieMinMonths) return null;
  const atStake = sumDecimals(run.map((p) => context.basis.plannedRunningCost(p.month))).div(run.length);
  return {
    code: "ZOMBIE_COST",
    months: monthsOf(run),
    atStake,
    params: { runningCostMonthly: outputCents(atStake), months: monthsOf(run) },
  };
}

/** PAYBACK_SLIP: not paid back yet and the projected payback is later than planned (or never). */
export function detectPaybackSlip(context: LeakContext): LeakDraft | null {
  const planned = context.plannedPaybackMonth;
  const projected = context.projectedPaybackMonth;
  if (planned === null || context.points.length === 0 || context.actualPaybackMonth !== null) return null;
  if (projected !== null && projected <= planned + context.thresholds.paybackSlipGraceMonths) return null;
  const last = lastOf(context.points);
  const plannedNet = last.forecastCumBenefit.minus(last.forecastCumCost);
  const actualNet = last.cumBenefit.minus(last.cumCost);
  const atStake = plannedNet.minus(actualNet).div(context.points.length);
  return {
    code: "PAYBACK_SLIP",
    months: projected === null ? [planned] : [planned, projected],
    atStake: atStake.isNegative() ? ZERO : atStake,
    params: { plannedMonth: planned, plannedPeriod: context.periods[planned - 1], projectedMonth: projected },
  };
}

/** NEGATIVE_AFTER_RAMP: cumulative actual ROI still below zero after the last benefit reached full value. */
export function detectNegativeAfterRamp(context: LeakContext): LeakDraft | null {
  if (context.rampEndMonth === null) return null;
  const after = context.rampEndMonth + context.thresholds.negativeAfterRampGraceMonths;
  const run = findTrailingRun(
    context.points,
    (p) => p.month > after && !p.cumCost.isZero() && p.cumBenefit.lt(p.cumCost),
  );
  if (run.length === 0) return null;
  const last = lastOf(run);
  const roiPct = computeRoiPct(last.cumBenefit, last.cumCost) ?? ZERO;
  return {
    code: "NEGATIVE_AFTER_RAMP",
    months: monthsOf(run),
    atStake: last.cumCost.minus(last.cumBenefit).div(context.points.length),
    params: { rampEndMonth: context.rampEndMonth, month: last.month, roiPct: outputCents(roiPct) },
  };
}

export function detectActualsLeaks(context: LeakContext): LeakDraft[] {
  if (context.points.length === 0) return [];
  const found = [
    detectUnderForecast(context),
    detectCostOverrun(context),
    detectZombieCost(context),
    detectPaybackSlip(context),
    detectNegativeAfterRamp(context),
  ];
  return found.filter((draft): draft is LeakDraft => draft !== null);
}
