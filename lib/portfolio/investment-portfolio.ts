import { evaluateInvestment, type InvestmentEvaluation } from "@/lib/investments/evaluate-investment";
import { currentPeriod } from "@/lib/investments/months";
import { getInvestmentDetail } from "@/lib/investments/queries";
import { getEvaluationSettings } from "@/lib/investments/evaluation-settings";
import { ensureFreshFigures } from "./refresh";
import { cumulativeRoiSeries, type CurrencyTotals, type RoiLinePoint } from "./roll-up";
import { investmentFiguresOf, investmentMonthsOf, listLeaks, type InvestmentRow, type PortfolioLeak } from "./stored-figures";

export type InvestmentPortfolio = {
  period: string;
  row: InvestmentRow;
  archived: boolean;
  /** Its figures as the workspace totals count them (drafts: `row.counted` is false). */
  totals: CurrencyTotals;
  chart: { currency: string; points: RoiLinePoint[] };
  leaks: { open: PortfolioLeak[]; openCount: number; reviewed: PortfolioLeak[]; reviewedCount: number };
  /** The engine's evaluation of this one investment (scenarios, month-by-month actuals, plan comparison). */
  evaluation: InvestmentEvaluation;
};

/** Leaks of one investment: one per code and KPI, so a generous bound never cuts one off. */
const ONE_INVESTMENT_LEAKS = 200;

/**
 * Everything a share link to one investment shows, from the same stored figures as the
 * workspace dashboard: its totals, its cumulative ROI chart and its leaks (open and
 * reviewed). Null when the workspace has no such investment.
 */
export async function getInvestmentPortfolio(workspace: { id: string }, investmentId: string, query: { today?: Date } = {}): Promise<InvestmentPortfolio | null> {
  const today = query.today ?? new Date();
  await ensureFreshFigures([workspace.id], today, { investmentId });
  const [figures, months, leaks, settings] = await Promise.all([
    investmentFiguresOf(workspace.id, investmentId, today),
    investmentMonthsOf(workspace.id, investmentId),
    listLeaks({ workspaceIds: [workspace.id], investmentId }, today, ONE_INVESTMENT_LEAKS, ONE_INVESTMENT_LEAKS),
    getEvaluationSettings(workspace.id),
  ]);
  if (!figures) return null;
  // One investment only: its detail does not depend on the workspace's size. The workspace's
  // discount rate too, so a share link shows the same NPV as the investment page.
  const evaluation = evaluateInvestment(await getInvestmentDetail(workspace.id, investmentId), {
    today,
    leakThresholds: settings.leakThresholds,
    discountRatePct: settings.discountRatePct,
  });
  const period = currentPeriod(today);
  return {
    period,
    row: figures.row,
    archived: figures.archived,
    totals: figures.totals,
    chart: { currency: figures.row.currency, points: cumulativeRoiSeries(months, period) },
    leaks,
    evaluation,
  };
}
