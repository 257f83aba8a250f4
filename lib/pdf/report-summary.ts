// The report's totals: lib/portfolio's rollUp over the investments' figures, so the PDF
// adds up exactly like the dashboard — per currency, drafts apart, reviewed leaks not
// counted as open. The period's amounts are the same roll-up over the period's actuals.
import Decimal from "decimal.js";
import { rollUp, type CurrencyTotals } from "@/lib/portfolio/roll-up";
import type { ReportSummary, ReportTotals } from "./report-model";
import type { BuiltInvestment } from "./report-investment";

const NONE = { count: 0, atStake: new Decimal(0) };

function reportTotals(
  totals: CurrencyTotals,
  inPeriod: CurrencyTotals | undefined,
  investmentIds: string[],
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
    payback: totals.payback,
    openLeaks: totals.leaks,
    atStakeMonthly: totals.atStakeMonthly,
    investmentIds,
  };
}

export function buildSummary(built: BuiltInvestment[], reportingCurrency: string): ReportSummary {
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
  const idsOf = (counted: boolean, currency: string) =>
    built
      .filter((b) => !b.figures.archived && b.figures.counted === counted && b.figures.currency === currency)
      .map((b) => b.section.id);
  const same = (list: CurrencyTotals[], currency: string) => list.find((t) => t.currency === currency);
  return {
    headline: reportTotals(totals.headline, inPeriod.headline, idsOf(true, reportingCurrency)),
    otherCurrencies: totals.otherCurrencies.map((t) =>
      reportTotals(t, same(inPeriod.otherCurrencies, t.currency), idsOf(true, t.currency)),
    ),
    drafts: totals.drafts.map((t) => reportTotals(t, same(inPeriod.drafts, t.currency), idsOf(false, t.currency))),
  };
}
