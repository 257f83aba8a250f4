// The report as plain data: everything the PDF prints. Every figure comes from
// lib/portfolio — per investment figuresOf on an evaluation as of the report period, totals
// by rollUp (headline in the workspace's currency with every other currency converted month
// by month at the workspace's rates, report-conversion.ts; drafts apart), the chart by
// cumulativeRoiSeries. The PDF components only format and draw it; the model is
// also what a frozen report stores and hashes, so it holds plain JSON values only.
import { RateBook } from "@/lib/currency/rate-book";
import type { UiLocale } from "@/lib/i18n/locales";
import { currentPeriod } from "@/lib/investments/months";
import type { InvestmentForEvaluation } from "@/lib/investments/evaluate-investment";
import { indexLatestReviews, type Review } from "@/lib/portfolio/leak-reviews";
import type { PaybackStatus } from "@/lib/portfolio/payback";
import type { LeakCode, LeakThresholds, ScenarioName } from "@/lib/roi";
import { formatPercent } from "./formatters";
import {
  ratesUsedOf,
  type ReportConversionSummary,
  type ReportConverted,
  type ReportRateEntry,
  type ReportRates,
} from "./report-conversion";
import { buildInvestment } from "./report-investment";
import type { ReportInvestmentDetail } from "./report-investment-model";
import { rankLeaks } from "./report-leaks";
import { buildSummary } from "./report-summary";
import { formatReportPeriod, reportAsOf, type ReportOptions, type ReportPeriod } from "./report-period";
import { reportTexts } from "./texts";

type DecimalLike = { toString(): string };

export type SourceKpi = {
  name: string;
  unit: string;
  baseline: DecimalLike | null;
  target: DecimalLike | null;
  direction: "up" | "down";
  measurements: { month: Date; value: DecimalLike }[];
};

/** One investment as stored (every plan version, KPIs, actuals); facts after the period may be present, they are left out here. */
export type SourceInvestment = Omit<InvestmentForEvaluation, "actuals" | "kpis"> & {
  id: string;
  workspaceId: string;
  category: string;
  ownerName: string;
  archivedAt: Date | null;
  kpis: SourceKpi[];
  actuals: (InvestmentForEvaluation["actuals"][number] & { updatedAt: Date })[];
};

export type ReportSource = {
  workspace: {
    name: string;
    currency: string;
    leakThresholds?: Partial<LeakThresholds> | null;
    /** The workspace's default annual discount rate in % (decimal string); null: the engine's 8%. */
    discountRatePct?: string | null;
  };
  consultantName: string;
  options: ReportOptions;
  generatedAt: Date;
  investments: SourceInvestment[];
  /** The LeakReview rows of these investments, any order. */
  reviews: Review[];
  /** The workspace's exchange rates (ExchangeRate rows); none: other currencies convert to nothing and say so. */
  rates?: ReportRateEntry[];
};

export type KpiState = "on_target" | "improving" | "regressing" | "no_baseline" | "no_data";
export type ReportKpi = {
  name: string;
  unit: string;
  baseline: string | null;
  target: string | null;
  latest: { period: string; value: string } | null;
  state: KpiState;
};

export type ReportReview = {
  kind: "acknowledged" | "snoozed";
  by: string;
  /** When it was reviewed (ISO timestamp). */
  at: string;
  reason: string;
  /** A snooze's month ("YYYY-MM"), null for an acknowledgement. */
  until: string | null;
};

export type ReportLeak = {
  investmentId: string;
  investmentName: string;
  code: LeakCode;
  kpi: string | null;
  atStakeMonthly: number;
  currency: string;
  fromPeriod: string | null;
  toPeriod: string | null;
  /** The finding and the next step, in the report's language (lib/leaks/leak-messages). */
  message: string;
  /** The review that hides it from the open list (reviewed leaks only). */
  review: ReportReview | null;
};

export type ReportChartPoint = {
  period: string;
  low: number | null;
  high: number | null;
  scenario: number | null;
  actual: number | null;
};

export type ReportFigures = {
  invested: number;
  realised: number;
  net: number;
  investedInPeriod: number;
  realisedInPeriod: number;
  actualRoiPct: number | null;
  forecastRoiPct: number | null;
  /** The whole plan in the report's scenario. */
  plannedRoiPct: number | null;
};

/** One investment: its figures, and the detail of its section (report-investment-model.ts). */
export type ReportInvestment = ReportFigures &
  ReportInvestmentDetail & {
    id: string;
    name: string;
    status: string;
    category: string;
    ownerName: string;
    currency: string;
    /** Approved or later: counted in its currency's totals (drafts are listed apart). */
    counted: boolean;
    valid: boolean;
    startMonth: string;
    paybackStatus: PaybackStatus;
    plannedPaybackPeriod: string | null;
    projectedPaybackPeriod: string | null;
    missingMonths: number;
    chart: ReportChartPoint[];
    kpis: ReportKpi[];
    /** Open leaks, largest first. */
    leaks: ReportLeak[];
    /** Leaks a review hides from the open list, largest first, with the review. */
    reviewedLeaks: ReportLeak[];
    /** In another currency than the workspace's: its figures converted into the reporting currency (else null). */
    converted: ReportConverted | null;
  };

/** The totals of one group of investments (one currency; counted or drafts); the headline's include the other currencies converted. */
export type ReportTotals = ReportFigures & {
  currency: string;
  investments: number;
  payback: Record<PaybackStatus, number>;
  /**
   * The sum of the group's expected-scenario NPVs (each plan at its own rate), in cents;
   * null when none of its plans could be evaluated.
   */
  npv: number | null;
  /** The group's investments without an NPV (their plan could not be evaluated), left out of `npv`. */
  npvMissing: number;
  openLeaks: number;
  atStakeMonthly: number;
  /** The investments in this group, in report order (the table under the totals). */
  investmentIds: string[];
  /** Another currency's counted plans: what they add to the headline, in the reporting currency. */
  converted?: { currency: string; invested: number; realised: number; net: number; actualRoiPct: number | null };
};

export type ReportSummary = {
  /**
   * Every counted plan in the workspace's currency: its own plans plus the other currencies'
   * converted month by month (zeros when there are none). `investmentIds` and the NPV are the
   * plans in the workspace's currency only (an NPV is not converted).
   */
  headline: ReportTotals;
  /** Counted plans in every other currency, in their own currency, with what they add to the headline (`converted`). */
  otherCurrencies: ReportTotals[];
  /** Drafts, per currency, not counted. */
  drafts: ReportTotals[];
  /** The counted plans' cumulative ROI per month (report-portfolio-chart.ts), other currencies converted, in the workspace's currency. */
  chart: { currency: string; points: ReportChartPoint[] };
  /** Whether the headline is complete (every rate there), the rates missing, the forecasts at the latest known rate. */
  conversion: ReportConversionSummary;
};

export type ReportModel = {
  workspaceName: string;
  consultantName: string;
  /** The workspace's currency: the headline's. */
  currency: string;
  locale: UiLocale;
  scenario: ScenarioName;
  period: ReportPeriod;
  /** "YYYY-MM..YYYY-MM" (one month: "YYYY-MM"). */
  periodLabel: string;
  generatedAt: Date;
  /** The workspace's default discount rate in % (null: none set, plans without their own rate use 8%). */
  discountRatePct: string | null;
  summary: ReportSummary;
  investments: ReportInvestment[];
  /** Open leaks of every investment, largest first. */
  leaks: ReportLeak[];
  /** Reviewed leaks, largest first: listed with who reviewed them, never dropped. */
  reviewedLeaks: ReportLeak[];
  appendix: { term: string; text: string }[];
  /** The appendix "Exchange rates used": every stored rate the conversions used, the fallbacks and the missing rates. */
  rates: ReportRates;
};

/** The definitions in the report's language, and the rate this workspace's plans are discounted at unless they set their own. */
function appendixOf(locale: UiLocale, discountRatePct: string | null): { term: string; text: string }[] {
  const t = reportTexts(locale);
  const rate = discountRatePct === null ? null : formatPercent(discountRatePct, locale);
  return [...t.definitions, { term: t.frame.discountRateTerm, text: t.frame.discountRateText(rate) }];
}

/** The whole report; a workspace without investments gives zeros and an empty list (a short report). Pure. */
export function buildReportModel(input: ReportSource): ReportModel {
  const { options, generatedAt } = input;
  const asOf = reportAsOf(options.period, generatedAt);
  const reviewOf = indexLatestReviews(input.reviews);
  const leakThresholds = input.workspace.leakThresholds ?? {};
  const discountRatePct = input.workspace.discountRatePct ?? null;
  // The rates are read into one book for the whole report; each investment converts once.
  const rates = input.rates ?? [];
  const conversion = { target: input.workspace.currency, book: new RateBook(rates) };
  const built = input.investments.map((investment) =>
    buildInvestment(investment, { options, asOf, reviewOf, leakThresholds, discountRatePct, conversion }),
  );
  const investments = built.map((b) => b.section);
  return {
    workspaceName: input.workspace.name,
    consultantName: input.consultantName,
    currency: input.workspace.currency,
    locale: options.locale,
    scenario: options.scenario,
    period: options.period,
    periodLabel: formatReportPeriod(options.period),
    generatedAt,
    discountRatePct,
    summary: buildSummary(built, input.workspace.currency, {
      currentPeriod: currentPeriod(asOf),
      scenario: options.scenario,
    }),
    investments,
    leaks: rankLeaks(investments.flatMap((i) => i.leaks)),
    reviewedLeaks: rankLeaks(investments.flatMap((i) => i.reviewedLeaks)),
    appendix: appendixOf(options.locale, discountRatePct),
    rates: ratesUsedOf(
      built.flatMap((b) => (b.conversion ? [{ name: b.section.name, conversion: b.conversion }] : [])),
      rates,
    ),
  };
}
