import { dateToPeriod } from "@/lib/investments/months";
import type { RoiResult } from "@/lib/roi";

export type RoiLinePoint = { period: string; conservative: number | null; expected: number | null; optimistic: number | null; actual: number | null };
export type MonthBarPoint = { period: string; forecastBenefit: number; actualBenefit: number; forecastCost: number; actualCost: number };
export type KpiPoint = { period: string; measured: number | null; baseline: number | null; target: number | null };

/** Cumulative ROI per month of the horizon: the scenario band, and the measured line where recorded. */
export function buildRoiLines(result: RoiResult): RoiLinePoint[] {
  const actualByMonth = new Map((result.actuals?.months ?? []).map((m) => [m.month, m.cumRoiPct]));
  return (result.scenarios.expected?.months ?? []).map((m, i) => ({
    period: m.period,
    conservative: result.scenarios.conservative?.months[i]?.cumRoiPct ?? null,
    expected: m.cumRoiPct,
    optimistic: result.scenarios.optimistic?.months[i]?.cumRoiPct ?? null,
    actual: actualByMonth.get(m.month) ?? null,
  }));
}

/** Forecast against actual per recorded month (the bars). */
export function buildMonthBars(result: RoiResult): MonthBarPoint[] {
  return (result.actuals?.months ?? []).map((m) => ({
    period: m.period,
    forecastBenefit: m.forecastBenefit,
    actualBenefit: m.benefit,
    forecastCost: m.forecastCost,
    actualCost: m.cost,
  }));
}

type DecimalLike = { toString(): string };
type KpiRow = { baseline: DecimalLike | null; target: DecimalLike | null; measurements: { month: Date; value: DecimalLike }[] };

/** A KPI's measurements against its baseline and target (KPI values are not money; plain numbers are fine for a chart). */
export function buildKpiSeries(kpi: KpiRow): KpiPoint[] {
  const baseline = kpi.baseline === null ? null : Number(kpi.baseline.toString());
  const target = kpi.target === null ? null : Number(kpi.target.toString());
  return kpi.measurements.map((m) => ({ period: dateToPeriod(m.month), measured: Number(m.value.toString()), baseline, target }));
}
