import type { Leak } from "@/lib/roi";
import { currentPeriod, periodToDate } from "@/lib/investments/months";
import { leakSubject } from "./leak-visibility";
import type { Portfolio } from "./load-portfolio";
import { endOfPeriod } from "./month-period";
import { evaluatePortfolio, type EvaluatedInvestment } from "./portfolio-evaluation";
import type { VisibleLeak } from "./summarise-investment";

/**
 * The portfolio as it stood at the end of `period`: actuals and KPI measurements of later
 * months are left out, so the engine sees what was known about that month and before.
 * (Facts recorded late for earlier months count: the view is about months, not about
 * when someone typed them.) Pure: no queries, the loaded portfolio is reused.
 */
export function portfolioAsOf(portfolio: Portfolio, period: string): Portfolio {
  const cutoff = periodToDate(period).getTime();
  const upTo = <T extends { month: Date }>(rows: T[]) => rows.filter((row) => row.month.getTime() <= cutoff);
  return {
    ...portfolio,
    investments: portfolio.investments.map((investment) => ({
      ...investment,
      actuals: upTo(investment.actuals),
      kpis: investment.kpis.map((kpi) => ({ ...kpi, measurements: upTo(kpi.measurements) })),
    })),
  };
}

/**
 * Evaluates the portfolio as of `period`: with the real `today` when it is the current
 * month (so its own month is still open), else as of the last day of that month.
 */
export function evaluateAsOf(portfolio: Portfolio, period: string, today: Date): EvaluatedInvestment[] {
  const asOf = period === currentPeriod(today) ? today : endOfPeriod(period);
  return evaluatePortfolio(portfolioAsOf(portfolio, period), asOf);
}

/** A leak's identity across evaluations: which investment, which rule, which KPI. */
export const leakKey = (investmentId: string, leak: Leak) => `${investmentId}\u0000${leak.code}\u0000${leakSubject(leak)}`;

/**
 * Leaks that are new in a month: present when evaluating as of the month, absent when
 * evaluating as of the month before. Identity ignores reviews (a reviewed leak that comes
 * back is not new); of the new ones, those hidden by a review are counted, not listed.
 */
export function diffNewLeaks(now: EvaluatedInvestment[], before: EvaluatedInvestment[]): { leaks: VisibleLeak[]; hidden: number } {
  const existed = new Set(
    before.flatMap((e) => (e.evaluation.ok ? e.evaluation.result.leaks.map((leak) => leakKey(e.summary.id, leak)) : [])),
  );
  const leaks: VisibleLeak[] = [];
  let hidden = 0;
  for (const { summary, evaluation } of now) {
    if (!evaluation.ok) continue;
    for (const leak of evaluation.result.leaks) {
      const key = leakKey(summary.id, leak);
      if (existed.has(key)) continue;
      const shown = summary.leaks.find((candidate) => leakKey(summary.id, candidate) === key);
      if (shown) leaks.push(shown);
      else hidden++;
    }
  }
  return { leaks: leaks.sort((a, b) => b.atStakeMonthly - a.atStakeMonthly), hidden };
}
