import { evaluateInvestment, type InvestmentEvaluation } from "@/lib/investments/evaluate-investment";
import { currentPeriod, dateToPeriod, periodToDate } from "@/lib/investments/months";
import type { InvestmentDetail } from "@/lib/investments/queries";
import { isLeakHidden, latestReview } from "./leak-visibility";
import type { Portfolio } from "./load-portfolio";
import { summariseInvestment, type InvestmentSummary } from "./summarise-investment";

export type EvaluatedInvestment = { summary: InvestmentSummary; evaluation: InvestmentEvaluation };

/** Runs the engine once per investment (with the workspace's leak thresholds) and applies leak reviews. */
export function evaluatePortfolio(portfolio: Portfolio, today: Date): EvaluatedInvestment[] {
  const periodStart = periodToDate(currentPeriod(today));
  return portfolio.investments.map((investment) => {
    const evaluation = evaluateInvestment(investment as InvestmentDetail, {
      today,
      leakThresholds: portfolio.thresholds.get(investment.workspaceId),
    });
    const { id, workspaceId, name, status, category, currency } = investment;
    const base = { id, workspaceId, name, status, category, currency, startMonth: dateToPeriod(investment.startMonth) };
    const summary = summariseInvestment(base, evaluation, (leak) =>
      isLeakHidden(latestReview(portfolio.reviews, investment.id, leak), leak, periodStart),
    );
    return { summary, evaluation };
  });
}
