// The parts of one investment's report model that go beyond the simple figures: the
// discounted figures, the month-by-month table, the tornado and the simulation. Plain JSON
// (a frozen report stores and hashes the model): money as exact decimal strings with two
// places ("-1234.50") in the investment's currency, percentages as numbers, months as
// "YYYY-MM". The PDF components only format and draw these.
import type { DiscountRateSource, IrrNullReason } from "@/lib/roi";

/** The expected scenario's discounted figures (the whole plan), as the engine computed them. */
export type ReportDiscounted = {
  /** Net present value at `ratePct`, cents: what the executive summary adds up per currency. */
  npv: string;
  /** Annual IRR in %, 2 decimals; null with `irrNullReason`. */
  irrPct: number | null;
  irrNullReason: IrrNullReason | null;
  /** Every root found (annual %, ascending): several with MULTIPLE_ROOTS. */
  irrRootsPct: number[];
  /** The first month whose discounted benefit so far covers the discounted cost so far. */
  discountedPaybackPeriod: string | null;
  /** The annual discount rate in % and where it came from. */
  ratePct: number;
  rateSource: DiscountRateSource;
};

/**
 * One line of the month table. "recorded": a month with actuals (forecast = the plan in
 * force when it was recorded, expected scenario); "missing": a past month without actuals;
 * "forecast": a month after the report period (the evaluated plan only); "forecastYear": the
 * rest of the horizon summed per 12 months; "total": the recorded months summed.
 */
export type ReportMonthRow = {
  kind: "recorded" | "missing" | "forecast" | "forecastYear" | "total";
  /** First and last month of the row (the same for a month). */
  from: string;
  to: string;
  forecastCost: string;
  forecastBenefit: string;
  /** Null where nothing was recorded. */
  actualCost: string | null;
  actualBenefit: string | null;
  /** actual − forecast: a positive cost variance is an overspend, a negative benefit variance a shortfall. */
  costVariance: string | null;
  benefitVariance: string | null;
  /** Cumulative ROI at the end of the row: forecast (recorded months: same months) and actual. */
  cumRoiForecastPct: number | null;
  cumRoiActualPct: number | null;
};

/** One bar of the tornado: the expected scenario's NPV with the driver at −changePct% and +changePct%. */
export type ReportDriver = {
  kind: "cost" | "benefit" | "input";
  label: string;
  lowNpv: string;
  highNpv: string;
  /** Set when a template input had to stay within its allowed range. */
  clamped: boolean;
};

export type ReportPercentiles = { p10: number | null; p50: number | null; p90: number | null };
export type ReportMoneyPercentiles = { p10: string | null; p50: string | null; p90: string | null };

export type ReportSimulation = {
  seed: number;
  draws: number;
  rangedItems: number;
  roiPct: ReportPercentiles;
  npv: ReportMoneyPercentiles;
  paybackProbabilityPct: number;
};

export type ReportRisk = {
  sensitivity: {
    changePct: number;
    baseNpv: string;
    /** The largest swings first, at most TORNADO_DRIVERS. */
    drivers: ReportDriver[];
    /** How many drivers were left out of the chart. */
    moreDrivers: number;
  };
  /** Null when no item of the plan has a range. */
  simulation: ReportSimulation | null;
};

/** The tornado shows this many drivers. */
export const TORNADO_DRIVERS = 8;

/** What the report adds to an investment's figures (ReportInvestment in report-model.ts). */
export type ReportInvestmentDetail = {
  /** The plan version the figures use (null: the working draft, before approval). */
  planVersion: number | null;
  /** When the cumulative benefit reached the cumulative cost in the actuals. */
  reachedPaybackPeriod: string | null;
  /** Null when the plan could not be evaluated. */
  discounted: ReportDiscounted | null;
  monthTable: ReportMonthRow[];
  risk: ReportRisk | null;
};
