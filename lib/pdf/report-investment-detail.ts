// The detail of one investment's report section, taken from the engine's result as of the
// report period: the discounted figures, the month table, the tornado and the simulation.
// Money is turned into exact decimal strings here (the engine rounds to cents); sums are
// exact (decimal.js). Pure.
import Decimal from "decimal.js";
import { monthNumberOf, periodOfMonthNumber } from "@/lib/investments/months";
import type { InvestmentEvaluation } from "@/lib/investments/evaluate-investment";
import type { MonthRow, RoiResult } from "@/lib/roi";
import {
  TORNADO_DRIVERS,
  type ReportDiscounted,
  type ReportInvestmentDetail,
  type ReportMonthRow,
  type ReportRisk,
} from "./report-investment-model";

/** An engine amount (a number rounded to cents) as an exact decimal string with two places. */
export const moneyString = (value: number) => new Decimal(String(value)).toFixed(2);
const sum = (values: (number | string)[]) =>
  values.reduce<Decimal>((a, v) => a.plus(String(v)), new Decimal(0)).toFixed(2);
const nullableMoney = (value: number | null) => (value === null ? null : moneyString(value));

/** Months after the report period shown one by one; later months are summed per 12. */
export const FORECAST_MONTHS_SHOWN = 12;

function discountedOf(result: RoiResult): ReportDiscounted | null {
  const totals = result.scenarios.expected?.totals;
  if (!totals) return null;
  return {
    npv: moneyString(totals.npv),
    irrPct: totals.irrPct,
    irrNullReason: totals.irrNullReason,
    irrRootsPct: totals.irrRootsPct,
    discountedPaybackPeriod:
      totals.discountedPaybackMonth === null
        ? null
        : periodOfMonthNumber(result.startMonth, totals.discountedPaybackMonth),
    ratePct: result.discountRatePct,
    rateSource: result.discountRateSource,
  };
}

const forecastRow = (kind: ReportMonthRow["kind"], rows: MonthRow[]): ReportMonthRow => ({
  kind,
  from: rows[0].period,
  to: rows[rows.length - 1].period,
  forecastCost: sum(rows.map((r) => r.cost)),
  forecastBenefit: sum(rows.map((r) => r.benefit)),
  actualCost: null,
  actualBenefit: null,
  costVariance: null,
  benefitVariance: null,
  cumRoiForecastPct: rows[rows.length - 1].cumRoiPct,
  cumRoiActualPct: null,
});

/**
 * Every month of the plan up to the report period (recorded or missing), a total of the
 * recorded months, then the plan after the period: the next 12 months one by one and the
 * rest of the horizon per 12 months (a board reads the near term by month, the far term by
 * year). The forecast of the expected scenario throughout.
 */
export function monthTableOf(result: RoiResult, periodTo: string): ReportMonthRow[] {
  const plan = result.scenarios.expected?.months ?? [];
  if (plan.length === 0) return [];
  const recorded = new Map((result.actuals?.months ?? []).map((m) => [m.month, m]));
  const lastPast = Math.min(plan.length, Math.max(0, monthNumberOf(result.startMonth, periodTo)));
  const rows: ReportMonthRow[] = [];
  for (const month of plan.slice(0, lastPast)) {
    const actual = recorded.get(month.month);
    rows.push(
      actual
        ? {
            kind: "recorded",
            from: actual.period,
            to: actual.period,
            forecastCost: moneyString(actual.forecastCost),
            forecastBenefit: moneyString(actual.forecastBenefit),
            actualCost: moneyString(actual.cost),
            actualBenefit: moneyString(actual.benefit),
            costVariance: moneyString(actual.costVariance),
            benefitVariance: moneyString(actual.benefitVariance),
            cumRoiForecastPct: actual.forecastCumRoiPct,
            cumRoiActualPct: actual.cumRoiPct,
          }
        : { ...forecastRow("missing", [month]), cumRoiForecastPct: null },
    );
  }
  const recordedRows = [...recorded.values()].filter((m) => m.month <= lastPast);
  const totals = result.actuals?.totals;
  if (recordedRows.length > 0 && totals) {
    rows.push({
      kind: "total",
      from: recordedRows[0].period,
      to: recordedRows[recordedRows.length - 1].period,
      forecastCost: moneyString(totals.forecastCost),
      forecastBenefit: moneyString(totals.forecastBenefit),
      actualCost: moneyString(totals.cost),
      actualBenefit: moneyString(totals.benefit),
      costVariance: moneyString(totals.costVariance),
      benefitVariance: moneyString(totals.benefitVariance),
      cumRoiForecastPct: totals.forecastRoiPct,
      cumRoiActualPct: totals.roiPct,
    });
  }
  const later = plan.slice(lastPast);
  for (const month of later.slice(0, FORECAST_MONTHS_SHOWN)) rows.push(forecastRow("forecast", [month]));
  for (let i = FORECAST_MONTHS_SHOWN; i < later.length; i += 12) {
    rows.push(forecastRow("forecastYear", later.slice(i, i + 12)));
  }
  return rows;
}

function riskOf(result: RoiResult): ReportRisk | null {
  if (!result.risk) return null;
  const { sensitivity, simulation } = result.risk;
  return {
    sensitivity: {
      changePct: sensitivity.changePct,
      baseNpv: moneyString(sensitivity.base.npv),
      drivers: sensitivity.drivers.slice(0, TORNADO_DRIVERS).map((d) => ({
        kind: d.kind,
        label: d.label,
        lowNpv: moneyString(d.low.npv),
        highNpv: moneyString(d.high.npv),
        clamped: d.clamped,
      })),
      moreDrivers: Math.max(0, sensitivity.drivers.length - TORNADO_DRIVERS),
    },
    simulation: simulation
      ? {
          seed: simulation.seed,
          draws: simulation.draws,
          rangedItems: simulation.rangedItems,
          roiPct: { ...simulation.roiPct },
          npv: {
            p10: nullableMoney(simulation.npv.p10),
            p50: nullableMoney(simulation.npv.p50),
            p90: nullableMoney(simulation.npv.p90),
          },
          paybackProbabilityPct: simulation.paybackProbabilityPct,
        }
      : null,
  };
}

/** The section's detail; empty when the plan could not be evaluated. */
export function investmentDetailOf(evaluation: InvestmentEvaluation, periodTo: string): ReportInvestmentDetail {
  const result = evaluation.ok ? evaluation.result : null;
  const actuals = result?.actuals;
  return {
    planVersion: evaluation.versionUsed,
    reachedPaybackPeriod:
      result && actuals?.projectedPaybackBasis === "REACHED" && actuals.projectedPaybackMonth !== null
        ? periodOfMonthNumber(result.startMonth, actuals.projectedPaybackMonth)
        : null,
    discounted: result ? discountedOf(result) : null,
    monthTable: result ? monthTableOf(result, periodTo) : [],
    risk: result ? riskOf(result) : null,
  };
}
