import { evaluateInvestment, type InvestmentEvaluation, type InvestmentForEvaluation } from "@/lib/investments/evaluate-investment";
import { periodToDate } from "@/lib/investments/months";
import type { LeakThresholds } from "@/lib/roi";

// "As it stood at the end of a month": the one rule for looking back, shared by the stored
// figures' "new this month" comparison and by reports on earlier periods. Pure.

type Dated = { month: Date };
type WithFacts<A extends Dated, K extends { measurements: Dated[] }> = { actuals: A[]; kpis: K[] };

/**
 * The investment as it stood at the end of `period` ("YYYY-MM"): actuals and KPI
 * measurements of later months are left out; everything else is kept as it is.
 */
export function factsUpTo<A extends Dated, K extends { measurements: Dated[] }, T extends WithFacts<A, K>>(investment: T, period: string): T {
  const cutoff = periodToDate(period).getTime();
  const upTo = <R extends Dated>(rows: R[]) => rows.filter((row) => row.month.getTime() <= cutoff);
  return { ...investment, actuals: upTo(investment.actuals), kpis: investment.kpis.map((k) => ({ ...k, measurements: upTo(k.measurements) })) };
}

export type AsOfOptions = {
  /** The last month whose facts count ("YYYY-MM"). */
  period: string;
  /** The engine's "now" (which months are past); the caller picks it for the question asked. */
  today: Date;
  leakThresholds?: Partial<LeakThresholds>;
  /** The workspace's default discount rate (null: the engine's); the plan's own rate wins. */
  discountRatePct?: string | null;
  /** Also compute the tornado and the simulation (the report prints them). */
  risk?: boolean;
};

/** Evaluates the investment as it stood at the end of `options.period`. */
export function evaluateAsOf(investment: InvestmentForEvaluation, options: AsOfOptions): InvestmentEvaluation {
  return evaluateInvestment(factsUpTo(investment, options.period), {
    today: options.today,
    leakThresholds: options.leakThresholds,
    discountRatePct: options.discountRatePct,
    risk: options.risk,
  });
}
