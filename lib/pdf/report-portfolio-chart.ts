// The executive summary's portfolio chart: the cumulative ROI of the counted plans in the
// workspace's currency, month by month, with lib/portfolio's cumulativeRoiSeries (the
// dashboard's own rule), so the report's line and the dashboard's line are the same line.
// Plans in other currencies take part with their converted months (report-conversion.ts);
// drafts are left out.
import Decimal from "decimal.js";
import { SCENARIO_NAMES, type ScenarioName } from "@/lib/roi";
import type { MonthContribution } from "@/lib/portfolio/investment-figures";
import { cumulativeRoiSeries, type MonthTotals } from "@/lib/portfolio/roll-up";
import type { ReportChartPoint } from "./report-model";

const FIELDS = [
  "actualCost",
  "actualBenefit",
  ...SCENARIO_NAMES.flatMap((n) => [`${n}Cost`, `${n}Benefit`] as const),
] as const;

/** The money of one month of an investment (its own, or converted into the reporting currency). */
export type ChartMonth = Pick<MonthContribution, (typeof FIELDS)[number] | "period">;

/** The investments' months added up per calendar month (exact). Pure. */
export function monthTotalsOf(contributions: ChartMonth[][]): MonthTotals[] {
  const byPeriod = new Map<string, MonthTotals>();
  for (const months of contributions) {
    for (const month of months) {
      let sum = byPeriod.get(month.period);
      if (!sum) {
        sum = { period: month.period, ...Object.fromEntries(FIELDS.map((f) => [f, new Decimal(0)])) } as MonthTotals;
        byPeriod.set(month.period, sum);
      }
      for (const field of FIELDS) sum[field] = sum[field].plus(month[field]);
    }
  }
  return [...byPeriod.values()];
}

/**
 * The chart's points: the actual line up to the month before `currentPeriod` (the month after
 * the report period), the band from conservative to optimistic and the report's scenario.
 */
export function portfolioChartOf(
  contributions: ChartMonth[][],
  currentPeriod: string,
  scenario: ScenarioName,
): ReportChartPoint[] {
  return cumulativeRoiSeries(monthTotalsOf(contributions), currentPeriod).map((p) => ({
    period: p.period,
    low: p.conservative,
    high: p.optimistic,
    scenario: p[scenario],
    actual: p.actual,
  }));
}
