// One investment of the report: evaluated as it stood at the end of the report period (with
// the workspace's discount rate, the tornado and the simulation), its figures from
// lib/portfolio (figuresOf), its chart (cumulativeRoiSeries), KPIs, leaks with their reviews,
// and the detail of report-investment-detail.ts (discounted figures, month table, risk); in
// another currency than the reporting one, its months converted once (report-conversion.ts).
import Decimal from "decimal.js";
import type { RateBook } from "@/lib/currency/rate-book";
import { currentPeriod, dateToPeriod, periodOfMonthNumber } from "@/lib/investments/months";
import { evaluateAsOf, factsUpTo } from "@/lib/portfolio/as-of";
import { cents, sumExact } from "@/lib/portfolio/decimal-figures";
import {
  contributionsOf,
  figuresOf,
  figuresSourceOf,
  type InvestmentFigures,
  type MonthContribution,
} from "@/lib/portfolio/investment-figures";
import { cumulativeRoiSeries, tallyOf, totalsOf } from "@/lib/portfolio/roll-up";
import type { LeakThresholds } from "@/lib/roi";
import type {
  KpiState,
  ReportChartPoint,
  ReportInvestment,
  ReportKpi,
  SourceInvestment,
  SourceKpi,
} from "./report-model";
import { convertedFiguresOf, convertInvestmentMonths, type InvestmentConversion } from "./report-conversion";
import { investmentDetailOf } from "./report-investment-detail";
import { splitLeaks, type ReviewLookup } from "./report-leaks";
import type { ReportOptions } from "./report-period";

export type InvestmentContext = {
  options: ReportOptions;
  /** The engine's "now" for the report (report-period.ts: reportAsOf). */
  asOf: Date;
  /** The latest review of a leak (leak-reviews.ts: indexLatestReviews). */
  reviewOf: ReviewLookup;
  leakThresholds: Partial<LeakThresholds>;
  /** The workspace's default annual discount rate in % (null or absent: the engine's 8%). */
  discountRatePct?: string | null;
  /** The reporting currency and the workspace's rates (loaded once for the report): an investment in another currency is converted. */
  conversion?: { target: string; book: RateBook };
};

export type BuiltInvestment = {
  section: ReportInvestment;
  /** Its figures with the plan of the report's scenario: what rollUp adds up. */
  figures: InvestmentFigures;
  /** The same, with only the period's actuals as invested and realised. */
  periodFigures: InvestmentFigures;
  /** Its open leaks (not hidden by a review): how many, and the money at stake. */
  open: { count: number; atStake: Decimal };
  /** Its months as the workspace totals take them: the executive summary's portfolio chart sums these (report-portfolio-chart.ts). */
  contributions: MonthContribution[];
  /** Its months converted into the reporting currency (null when it is in that currency). */
  conversion: InvestmentConversion | null;
};

const dec = (value: number | undefined) => new Decimal(value === undefined ? 0 : String(value));

function kpiStateOf(kpi: SourceKpi, latest: Decimal | null): KpiState {
  if (latest === null) return "no_data";
  if (kpi.baseline === null) return "no_baseline";
  const better = (a: Decimal, b: { toString(): string }) =>
    kpi.direction === "up" ? a.gte(b.toString()) : a.lte(b.toString());
  if (kpi.target !== null && better(latest, kpi.target)) return "on_target";
  return better(latest, kpi.baseline) ? "improving" : "regressing";
}

function buildKpi(kpi: SourceKpi): ReportKpi {
  const last = kpi.measurements.at(-1);
  return {
    name: kpi.name,
    unit: kpi.unit,
    baseline: kpi.baseline?.toString() ?? null,
    target: kpi.target?.toString() ?? null,
    latest: last ? { period: dateToPeriod(last.month), value: last.value.toString() } : null,
    state: kpiStateOf(kpi, last ? new Decimal(last.value.toString()) : null),
  };
}

export function buildInvestment(stored: SourceInvestment, context: InvestmentContext): BuiltInvestment {
  const { options, asOf } = context;
  const investment = factsUpTo(stored, options.period.to);
  const evaluation = evaluateAsOf(investment, {
    period: options.period.to,
    today: asOf,
    leakThresholds: context.leakThresholds,
    discountRatePct: context.discountRatePct ?? null,
    // The tornado and the simulation, once per investment (the simulation is the costly part).
    risk: true,
  });
  const source = figuresSourceOf(investment);
  // A report does not say what is new since last month, so no second evaluation for that.
  const base = figuresOf(source, evaluation, []);
  const result = evaluation.ok ? evaluation.result : null;
  // The whole plan in the report's scenario (figuresOf's own is the expected one).
  const plan = result?.scenarios[options.scenario]?.totals;
  const figures: InvestmentFigures = { ...base, plannedCost: dec(plan?.cost), plannedBenefit: dec(plan?.benefit) };
  const inPeriod = source.actuals.filter((a) => a.period >= options.period.from);
  const periodFigures: InvestmentFigures = {
    ...figures,
    invested: sumExact(inPeriod.map((a) => new Decimal(a.cost.toString()))),
    realised: sumExact(inPeriod.map((a) => new Decimal(a.benefit.toString()))),
  };
  const { open, reviewed } = splitLeaks(figures, { result, locale: options.locale, asOf, reviewOf: context.reviewOf });
  const own = totalsOf(figures.currency, tallyOf(figures));
  const toPeriod = (month: number | null) =>
    month === null || !result ? null : periodOfMonthNumber(result.startMonth, month);
  // Computed once: the chart, the portfolio chart and the conversion all take these months.
  const contributions = contributionsOf(source, evaluation);
  const openAtStake = sumExact(open.map((l) => l.atStakeMonthly));
  const target = context.conversion?.target;
  const conversion =
    context.conversion && target !== undefined && stored.currency !== target
      ? convertInvestmentMonths(contributions, stored.currency, target, context.conversion.book, {
          periodFrom: options.period.from,
          currentPeriod: currentPeriod(asOf),
          atStake: openAtStake,
        })
      : null;
  const chart: ReportChartPoint[] = result
    ? cumulativeRoiSeries(contributions, currentPeriod(asOf)).map((p) => ({
        period: p.period,
        low: p.conservative,
        high: p.optimistic,
        scenario: p[options.scenario],
        actual: p.actual,
      }))
    : [];
  const section: ReportInvestment = {
    id: stored.id,
    name: stored.name,
    status: stored.status,
    category: stored.category,
    ownerName: stored.ownerName,
    currency: stored.currency,
    counted: figures.counted,
    valid: figures.valid,
    startMonth: figures.startMonth,
    invested: own.invested,
    realised: own.realised,
    net: own.net,
    investedInPeriod: cents(periodFigures.invested),
    realisedInPeriod: cents(periodFigures.realised),
    actualRoiPct: own.actualRoiPct,
    forecastRoiPct: own.forecastRoiPct,
    plannedRoiPct: own.plannedRoiPct,
    paybackStatus: figures.paybackStatus,
    plannedPaybackPeriod: toPeriod(figures.plannedPaybackMonth),
    projectedPaybackPeriod: toPeriod(figures.projectedPaybackMonth),
    missingMonths: figures.missingMonths,
    chart,
    kpis: investment.kpis.map(buildKpi),
    leaks: open,
    reviewedLeaks: reviewed,
    converted: conversion ? convertedFiguresOf(conversion, options.scenario) : null,
    ...investmentDetailOf(evaluation, options.period.to),
  };
  return {
    section,
    figures,
    periodFigures,
    open: { count: open.length, atStake: openAtStake },
    contributions: result ? contributions : [],
    conversion,
  };
}
