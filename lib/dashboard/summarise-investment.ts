import type { Leak, RoiResult } from "@/lib/roi";
import type { InvestmentEvaluation } from "@/lib/investments/evaluate-investment";

export type PaybackState = "paid_back" | "on_time" | "late" | "no_plan" | "no_data";

export type VisibleLeak = Leak & { investmentId: string; investmentName: string; workspaceId: string; currency: string };

export type InvestmentSummary = {
  id: string;
  startMonth: string;
  workspaceId: string;
  name: string;
  status: string;
  category: string;
  currency: string;
  valid: boolean;
  actualRoiPct: number | null;
  forecastRoiPct: number | null;
  plannedRoiPct: number | null;
  forecastCost: number;
  forecastBenefit: number;
  plannedPaybackMonth: number | null;
  projectedPaybackMonth: number | null;
  paybackState: PaybackState;
  recordedMonths: number;
  expectedMonths: number;
  sparkline: { period: string; actual: number | null; forecast: number | null }[];
  leaks: VisibleLeak[];
  hiddenLeaks: number;
};

type Base = { id: string; workspaceId: string; name: string; status: string; category: string; currency: string; startMonth: string };

export function paybackStateOf(result: RoiResult): PaybackState {
  const actuals = result.actuals;
  if (!actuals || actuals.months.length === 0) return "no_data";
  if (actuals.projectedPaybackBasis === "REACHED") return "paid_back";
  if (actuals.plannedPaybackMonth === null) return "no_plan";
  if (actuals.projectedPaybackMonth === null) return "late";
  return actuals.projectedPaybackMonth <= actuals.plannedPaybackMonth ? "on_time" : "late";
}

/** Months that should have actuals by now: the past months inside the horizon, once running. */
function expectedMonthsOf(result: RoiResult, status: string): number {
  if (status === "draft" || status === "approved") return 0;
  return Math.max(0, Math.min(result.asOfMonth - 1, result.horizonMonths));
}

/** One row of the dashboard table, from the engine's output; `isHidden` applies leak reviews. */
export function summariseInvestment(base: Base, evaluation: InvestmentEvaluation, isHidden: (leak: Leak) => boolean): InvestmentSummary {
  const empty = {
    ...base,
    valid: false,
    actualRoiPct: null,
    forecastRoiPct: null,
    plannedRoiPct: null,
    forecastCost: 0,
    forecastBenefit: 0,
    plannedPaybackMonth: null,
    projectedPaybackMonth: null,
    paybackState: "no_data" as const,
    recordedMonths: 0,
    expectedMonths: 0,
    sparkline: [],
    leaks: [],
    hiddenLeaks: 0,
  };
  if (!evaluation.ok) return empty;
  const result = evaluation.result;
  const actuals = result.actuals;
  const leaks = result.leaks.map((leak) => ({ ...leak, investmentId: base.id, investmentName: base.name, workspaceId: base.workspaceId, currency: base.currency }));
  const visible = leaks.filter((leak) => !isHidden(leak));
  return {
    ...empty,
    valid: true,
    actualRoiPct: actuals?.totals.roiPct ?? null,
    forecastRoiPct: actuals?.totals.forecastRoiPct ?? null,
    plannedRoiPct: result.scenarios.expected?.totals.roiPct ?? null,
    forecastCost: actuals?.totals.forecastCost ?? 0,
    forecastBenefit: actuals?.totals.forecastBenefit ?? 0,
    plannedPaybackMonth: result.scenarios.expected?.totals.paybackMonth ?? null,
    projectedPaybackMonth: actuals?.projectedPaybackMonth ?? null,
    paybackState: paybackStateOf(result),
    recordedMonths: actuals?.months.length ?? 0,
    expectedMonths: expectedMonthsOf(result, base.status),
    sparkline: (actuals?.months ?? []).map((m) => ({ period: m.period, actual: m.cumRoiPct, forecast: m.forecastCumRoiPct })),
    leaks: visible,
    hiddenLeaks: leaks.length - visible.length,
  };
}
