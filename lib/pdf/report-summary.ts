// The report's totals: lib/portfolio's rollUp over the investments' figures, so the PDF
// adds up exactly like the dashboard — the headline in the reporting currency with every
// other currency's plans converted month by month (report-conversion.ts, converted once per
// investment), drafts apart, reviewed leaks not counted as open. The period's amounts are
// the same roll-up over the period's actuals. The NPV of a group is the exact sum of its
// plans' expected-scenario NPVs (each at its own rate), never across currencies (an NPV is
// not converted); the portfolio chart adds the counted plans, converted.
import Decimal from "decimal.js";
import type { ConversionNotes } from "@/lib/currency/convert";
import { cents, sumExact } from "@/lib/portfolio/decimal-figures";
import { convertTally, emptyTally, rollUp, type CurrencyTotals, type Tally } from "@/lib/portfolio/roll-up";
import type { ScenarioName } from "@/lib/roi";
import type { ReportInvestment, ReportSummary, ReportTotals } from "./report-model";
import type { BuiltInvestment } from "./report-investment";
import { portfolioChartOf } from "./report-portfolio-chart";

const NONE = { count: 0, atStake: new Decimal(0) };
const NO_NOTES: ConversionNotes = { missing: [], fallbacks: [] };

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

const convertedPart = (t: CurrencyTotals) => ({
  currency: t.currency,
  invested: t.invested,
  realised: t.realised,
  net: t.net,
  actualRoiPct: t.actualRoiPct,
});

/**
 * rollUp's `convert`: an investment's tally with its money replaced by its converted
 * months' sums (the plan in the report's scenario) and its converted money at stake;
 * `period` takes the report period's actuals only.
 */
function converter(built: BuiltInvestment[], scenario: ScenarioName, period: boolean) {
  const byId = new Map(built.map((b) => [b.figures.investmentId, b.conversion]));
  return (f: { investmentId: string }, tally: Tally): { tally: Tally; notes: ConversionNotes } => {
    const c = byId.get(f.investmentId);
    // Without a conversion (no rate book): its counts, no money.
    if (!c)
      return {
        tally: { ...emptyTally(), investments: tally.investments, payback: { ...tally.payback }, leaks: tally.leaks },
        notes: NO_NOTES,
      };
    const sums = period
      ? { ...c.sums, actualCost: c.periodSums.actualCost, actualBenefit: c.periodSums.actualBenefit }
      : c.sums;
    const converted = convertTally(tally, sums, c.atStake);
    return {
      tally: { ...converted, plannedCost: sums[`${scenario}Cost`], plannedBenefit: sums[`${scenario}Benefit`] },
      notes: c.notes,
    };
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
    converter(built, chart.scenario, false),
  );
  const inPeriod = rollUp(
    built.map((b) => b.periodFigures),
    options,
    undefined,
    converter(built, chart.scenario, true),
  );
  const membersOf = (counted: boolean, currency: string) =>
    built.filter((b) => !b.figures.archived && b.figures.counted === counted && b.figures.currency === currency);
  const same = (list: CurrencyTotals[], currency: string) => list.find((t) => t.currency === currency);
  const headline = membersOf(true, reportingCurrency);
  // The chart adds the counted plans of other currencies by their converted months.
  const convertedMonths = built.flatMap((b) =>
    !b.figures.archived && b.figures.counted && b.conversion ? [b.conversion.months] : [],
  );
  return {
    headline: reportTotals(totals.headline, inPeriod.headline, headline),
    otherCurrencies: totals.otherCurrencies.map((t) => ({
      ...reportTotals(t, same(inPeriod.otherCurrencies, t.currency), membersOf(true, t.currency)),
      converted: convertedPart(t.converted),
    })),
    drafts: totals.drafts.map((t) => reportTotals(t, same(inPeriod.drafts, t.currency), membersOf(false, t.currency))),
    chart: {
      currency: reportingCurrency,
      points: portfolioChartOf(
        [...headline.map((b) => b.contributions), ...convertedMonths],
        chart.currentPeriod,
        chart.scenario,
      ),
    },
    conversion: totals.conversion,
  };
}
