import { isRunning } from "@/lib/investments/status";
import { dateToPeriod, monthNumberOf, periodOfMonthNumber } from "@/lib/investments/months";
import type { PortfolioInvestment } from "./load-portfolio";

export type ToRecord = { investmentId: string; name: string; monthNumber: number; href: string };
export type Overdue = { investmentId: string; name: string; periods: string[]; href: string };

// The link opens the entry grid at the month's cost cell (the grid's own cell id).
const gridHref = (slug: string, investmentId: string, period: string) =>
  `/w/${encodeURIComponent(slug)}/investments/${encodeURIComponent(investmentId)}/actuals#actuals-${period}-cost`;

const recordedPeriods = (investment: PortfolioInvestment) => new Set(investment.actuals.map((a) => dateToPeriod(a.month)));

/**
 * Running investments (status active) whose horizon covers `period` and that have no
 * actuals for it — the span the entry grid accepts (the stored start and horizon).
 */
export function listToRecord(investments: PortfolioInvestment[], options: { period: string; slug: string }): ToRecord[] {
  return investments.flatMap((investment) => {
    if (!isRunning(investment.status)) return [];
    const monthNumber = monthNumberOf(dateToPeriod(investment.startMonth), options.period);
    if (monthNumber < 1 || monthNumber > investment.horizonMonths) return [];
    if (recordedPeriods(investment).has(options.period)) return [];
    return [{ investmentId: investment.id, name: investment.name, monthNumber, href: gridHref(options.slug, investment.id, options.period) }];
  });
}

/** Earlier months of running investments that are still unrecorded (shown with the current month); links to the first. */
export function listOverdue(investments: PortfolioInvestment[], options: { period: string; slug: string }): Overdue[] {
  return investments.flatMap((investment) => {
    if (!isRunning(investment.status)) return [];
    const start = dateToPeriod(investment.startMonth);
    const last = Math.min(monthNumberOf(start, options.period) - 1, investment.horizonMonths);
    const recorded = recordedPeriods(investment);
    const periods: string[] = [];
    for (let n = 1; n <= last; n++) {
      const period = periodOfMonthNumber(start, n);
      if (!recorded.has(period)) periods.push(period);
    }
    if (periods.length === 0) return [];
    return [{ investmentId: investment.id, name: investment.name, periods, href: gridHref(options.slug, investment.id, periods[0]) }];
  });
}
