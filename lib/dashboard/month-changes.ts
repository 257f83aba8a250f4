import Decimal from "decimal.js";
import { dateToPeriod, periodToDate } from "@/lib/investments/months";
import { cents, roiPct } from "./decimal-figures";
import type { PortfolioInvestment } from "./load-portfolio";
import type { MonthAggregates, MonthFigures, MonthSums } from "./month-aggregates";

// "What changed since last month", computed from the SQL sums (money) and the loaded
// KPI measurements. A month without actuals is reported as not recorded (null), never as 0.

/** A money figure in the month and the month before; `change` only when both were recorded. */
export type FigureChange = { current: number | null; previous: number | null; change: number | null };
/** Cumulative actual ROI at the end of each month, and the change in percentage points. */
export type RoiChange = { current: number | null; previous: number | null; changePp: number | null };
export type MonthChange = { cost: FigureChange; benefit: FigureChange; roi: RoiChange; recorded: number; previousRecorded: number };
export type InvestmentChange = MonthChange & { investmentId: string; name: string; currency: string };

export type KpiTrend = "better" | "worse" | "unchanged";
export type KpiChange = {
  investmentId: string;
  investmentName: string;
  kpiId: string;
  kpi: string;
  unit: string;
  direction: "up" | "down";
  /** Exact decimal strings, as stored. */
  value: string;
  previous: { period: string; value: string } | null;
  change: string | null;
  trend: KpiTrend | null;
};

function figureChange(current: Decimal | null, previous: Decimal | null): FigureChange {
  return {
    current: current === null ? null : cents(current),
    previous: previous === null ? null : cents(previous),
    change: current === null || previous === null ? null : cents(current.minus(previous)),
  };
}

const cumulativeRoi = (figures: MonthFigures) => roiPct(figures.cumCost, figures.cumBenefit);

/** The change of the printed (rounded) ROIs, so the three figures on screen agree exactly. */
function roiChange(sums: MonthSums): RoiChange {
  const current = cumulativeRoi(sums.period);
  const previous = cumulativeRoi(sums.previous);
  const changePp = current === null || previous === null ? null : new Decimal(current).minus(previous).toNumber();
  return { current, previous, changePp };
}

function monthChange(sums: MonthSums): MonthChange {
  return {
    cost: figureChange(sums.period.cost, sums.previous.cost),
    benefit: figureChange(sums.period.benefit, sums.previous.benefit),
    roi: roiChange(sums),
    recorded: sums.period.recorded,
    previousRecorded: sums.previous.recorded,
  };
}

/** Per investment (those with actuals in the month or the month before) and for the workspace. */
export function compareWithPreviousMonth(investments: PortfolioInvestment[], sums: MonthAggregates) {
  const rows: InvestmentChange[] = investments.flatMap((investment) => {
    const own = sums.byInvestment.get(investment.id);
    if (!own || (own.period.recorded === 0 && own.previous.recorded === 0)) return [];
    return [{ investmentId: investment.id, name: investment.name, currency: investment.currency, ...monthChange(own) }];
  });
  return { rows, total: monthChange(sums.total) };
}

function trendOf(change: Decimal, direction: "up" | "down"): KpiTrend {
  if (change.isZero()) return "unchanged";
  return change.isPositive() === (direction === "up") ? "better" : "worse";
}

/** KPI values measured in `period`, each against the KPI's latest earlier measurement. */
export function listKpiChanges(investments: PortfolioInvestment[], period: string): KpiChange[] {
  const month = periodToDate(period).getTime();
  return investments.flatMap((investment) =>
    investment.kpis.flatMap((kpi) => {
      const measured = kpi.measurements.find((m) => m.month.getTime() === month);
      if (!measured) return [];
      // Measurements arrive ordered by month.
      const earlier = kpi.measurements.filter((m) => m.month.getTime() < month).at(-1);
      const value = new Decimal(measured.value.toString());
      const change = earlier ? value.minus(earlier.value.toString()) : null;
      return [
        {
          investmentId: investment.id,
          investmentName: investment.name,
          kpiId: kpi.id,
          kpi: kpi.name,
          unit: kpi.unit,
          direction: kpi.direction,
          value: value.toString(),
          previous: earlier ? { period: dateToPeriod(earlier.month), value: earlier.value.toString() } : null,
          change: change === null ? null : change.toString(),
          trend: change === null ? null : trendOf(change, kpi.direction),
        },
      ];
    }),
  );
}
