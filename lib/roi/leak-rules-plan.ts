import { ZERO, sumDecimals } from "./decimal";
import type { LeakContext, LeakDraft } from "./leak-support";
import { planBenefit } from "./leak-support";
import { sumPlannedBenefit } from "./scenarios";
import type { Kpi } from "./schema-items";

/** MISSING_ACTUALS: past months (before asOfMonth, within the horizon) of an active investment without actuals. */
export function detectMissingActuals(context: LeakContext): LeakDraft | null {
  if (!context.active) return null;
  const lastPast = Math.min(context.asOfMonth - 1, context.horizon);
  const missing: number[] = [];
  for (let month = 1; month <= lastPast; month++) if (!context.recordedMonths.has(month)) missing.push(month);
  if (missing.length === 0) return null;
  const atStake = sumDecimals(missing.map((month) => planBenefit(context, month))).div(missing.length);
  const periods = missing.map((month) => context.periods[month - 1]);
  return {
    code: "MISSING_ACTUALS",
    months: missing,
    atStake,
    params: { months: [...missing], periods },
  };
}

/** NO_BASELINE: the investment has started but no KPI has a baseline value. */
export function detectNoBaseline(context: LeakContext): LeakDraft | null {
  if (!context.started || context.kpis.some((kpi) => kpi.baseline !== undefined)) return null;
  const total = sumPlannedBenefit(context.basis).times(context.expectedMultiplier);
  return {
    code: "NO_BASELINE",
    months: [1],
    atStake: total.div(context.horizon),
    params: {},
  };
}

/** A KPI's direction: as stated, or from its target against its baseline; null when neither says. */
export function resolveKpiDirection(kpi: Pick<Kpi, "direction" | "baseline" | "target">): "up" | "down" | null {
  if (kpi.direction) return kpi.direction;
  if (kpi.baseline === undefined || kpi.target === undefined || kpi.target.eq(kpi.baseline)) return null;
  return kpi.target.gt(kpi.baseline) ? "up" : "down";
}

/** KPI_REGRESSION: the latest measurement moved the wrong way from the baseline. */
export function detectKpiRegressions(context: LeakContext): LeakDraft[] {
  const drafts: LeakDraft[] = [];
  for (const kpi of context.kpis) {
    const direction = resolveKpiDirection(kpi);
    if (kpi.baseline === undefined || direction === null || kpi.measurements.length === 0) continue;
    const latest = kpi.measurements.reduce((a, b) => (b.month > a.month ? b : a));
    const tolerance = kpi.baseline.abs().times(context.thresholds.kpiRegressionTolerancePct).div(100);
    const regressed =
      direction === "up"
        ? latest.value.lt(kpi.baseline.minus(tolerance))
        : latest.value.gt(kpi.baseline.plus(tolerance));
    if (!regressed) continue;
    drafts.push({
      code: "KPI_REGRESSION",
      months: [latest.month],
      atStake: latest.month <= context.horizon ? planBenefit(context, latest.month) : ZERO,
      params: {
        month: latest.month,
        value: latest.value.toNumber(),
        baseline: kpi.baseline.toNumber(),
        unit: kpi.unit ? kpi.unit : null,
        direction,
      },
      kpi: kpi.name,
    });
  }
  return drafts;
}

export function detectPlanLeaks(context: LeakContext): LeakDraft[] {
  const drafts: LeakDraft[] = [];
  const missing = detectMissingActuals(context);
  if (missing) drafts.push(missing);
  const noBaseline = detectNoBaseline(context);
  if (noBaseline) drafts.push(noBaseline);
  drafts.push(...detectKpiRegressions(context));
  return drafts;
}
