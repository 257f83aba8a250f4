// The report's totals: lib/portfolio's rollUp over the investments' figures, so the PDF
// adds up exactly like the dashboard — per currency, drafts apart, reviewed leaks not
// counted as open. The period's amounts are the same roll-up over the period's actuals.
// The NPV of a group is the exact sum of its plans' expected-scenario NPVs (each at its own
// rate), never across currencies; the portfolio chart covers the headline group only.
import Decimal from "decimal.js";
import { cents, sumExact } from "@/lib/portfolio/decimal-figures";
import { rollUp, type CurrencyTotals } from "@/lib/portfolio/roll-up";
import type { ScenarioName } from "@/lib/roi";
import type { ReportInvestment, ReportSummary, ReportTotals } from "./report-model";
import type { BuiltInvestment } from "./report-investment";
import { portfolioChartOf } from "./report-portfolio-chart";

const NONE = { count: 0, atStake: new Decimal(0) };

/** The sum of the NPVs of the plans that have one, and how many have none (a plan that could not be evaluated). */
export function npvOf(investments: Pick<ReportInvestment, "discounted">[]): { npv: number | null; npvMissing: number } {
  const known = investments.flatMap((i) => (i.discounted ? [new Decimal(i.discounted.npv)] : []));
  return {
    npv: known.length === 0 ? null : cents(sumExact(known)),
    npvMissing: investments.length - known.length,
  };
}

function reportTotals(
  totals: CurrencyTotals,
  inPeriod: CurrencyTotals | undefined,
  members: BuiltInvestment[],
): ReportTotals {
  return {
    currency: totals.currency,
    investments: totals.investments,
    invested: totals.invested,
    realised: totals.realised,
    net: totals.net,
    investedInPeriod: inPeriod?.invested ?? 0,
    realisedInPeriod: inPeriod?.realised ?? 0,
    actualRoiPct: totals.actualRoiPct,
    forecastRoiPct: totals.forecastRoiPct,
    plannedRoiPct: totals.plannedRoiPct,
    ...npvOf(members.map((b) => b.section)),
    payback: totals.payback,
    openLeaks: totals.leaks,
    atStakeMonthly: totals.atStakeMonthly,
    investmentIds: members.map((b) => b.section.id),
  };
}

export function buildSummary(
  built: BuiltInvestment[],
  reportingCurrency: string,
  chart: { currentPeriod: string; scenario: ScenarioName },
): ReportSummary {
  const open = new Map(built.map((b) => [b.figures.investmentId, b.open]));
  const options = { reportingCurrency };
  const totals = rollUp(
    built.map((b) => b.figures),
    options,
    (f) => open.get(f.investmentId) ?? NONE,
  );
  const inPeriod = rollUp(
    built.map((b) => b.periodFigures),
    options,
  );
  const membersOf = (counted: boolean, currency: string) =>
    built.filter((b) => !b.figures.archived && b.figures.counted === counted && b.figures.currency === currency);
  const same = (list: CurrencyTotals[], currency: string) => list.find((t) => t.currency === currency);
  const headline = membersOf(true, reportingCurrency);
  return {
    headline: reportTotals(totals.headline, inPeriod.headline, headline),
    otherCurrencies: totals.otherCurrencies.map((t) =>
      reportTotals(t, same(inPeriod.otherCurrencies, t.currency), membersOf(true, t.currency)),
    ),
    drafts: totals.drafts.map((t) => reportTotals(t, same(inPeriod.drafts, t.currency), membersOf(false, t.currency))),
    chart: {
      currency: reportingCurrency,
      points: portfolioChartOf(
        headline.map((b) => b.contributions),
        chart.currentPeriod,
        chart.scenario,
      ),
    },
  };
}
