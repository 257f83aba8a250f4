// The report as plain data: everything the PDF prints, computed from the engine's output
// (lib/roi via lib/dashboard). The PDF components only format and draw it.
import Decimal from "decimal.js";
import { cents, roiPct, sumExact } from "@/lib/dashboard/decimal-figures";
import { buildRoiLines } from "@/lib/dashboard/investment-charts";
import type { EvaluatedInvestment } from "@/lib/dashboard/portfolio-evaluation";
import type { PaybackState } from "@/lib/dashboard/summarise-investment";
import type { UiLocale } from "@/lib/i18n/locales";
import { dateToPeriod, periodOfMonthNumber } from "@/lib/investments/months";
import type { LeakCode, RoiResult, ScenarioName } from "@/lib/roi";
import type { ReportOptions, ReportPeriod } from "./report-period";
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

/** One investment's facts, already limited to the report period's end. */
export type SourceInvestment = {
  id: string;
  name: string;
  status: string;
  category: string;
  ownerName: string;
  currency: string;
  actuals: { month: Date; cost: DecimalLike; benefit: DecimalLike }[];
  kpis: SourceKpi[];
};

export type ReportSource = {
  workspace: { name: string; currency: string };
  consultantName: string;
  options: ReportOptions;
  generatedAt: Date;
  investments: { source: SourceInvestment; evaluated: EvaluatedInvestment }[];
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
export type ReportLeak = {
  investmentId: string;
  investmentName: string;
  code: LeakCode;
  kpi: string | null;
  atStakeMonthly: number;
  currency: string;
  fromPeriod: string | null;
  toPeriod: string | null;
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
  plannedRoiPct: number | null;
};

export type ReportInvestment = ReportFigures & {
  id: string;
  name: string;
  status: string;
  category: string;
  ownerName: string;
  currency: string;
  valid: boolean;
  startMonth: string;
  paybackState: PaybackState;
  plannedPaybackPeriod: string | null;
  projectedPaybackPeriod: string | null;
  chart: ReportChartPoint[];
  kpis: ReportKpi[];
  leaks: ReportLeak[];
};

export type ReportModel = {
  workspaceName: string;
  consultantName: string;
  currency: string;
  locale: UiLocale;
  scenario: ScenarioName;
  period: ReportPeriod;
  /** "YYYY-MM..YYYY-MM" (one month: "YYYY-MM"). */
  periodLabel: string;
  generatedAt: Date;
  summary: ReportFigures & { investments: number; paidBack: number; onTime: number; late: number; other: number };
  investments: ReportInvestment[];
  leaks: ReportLeak[];
  appendix: { term: string; text: string }[];
};

export const formatReportPeriod = (period: ReportPeriod) =>
  period.from === period.to ? period.from : `${period.from}..${period.to}`;

/** The chosen scenario's forecast of exactly the recorded months (like for like). */
function forecastOfRecordedMonths(result: RoiResult, scenario: ScenarioName) {
  const months = result.scenarios[scenario]?.months ?? [];
  const recorded = result.actuals?.months ?? [];
  return {
    cost: sumExact(recorded.map((m) => months[m.month - 1]?.cost ?? 0)),
    benefit: sumExact(recorded.map((m) => months[m.month - 1]?.benefit ?? 0)),
  };
}

function kpiStateOf(kpi: SourceKpi, latest: Decimal | null): KpiState {
  if (latest === null) return "no_data";
  if (kpi.baseline === null) return "no_baseline";
  const better = (a: Decimal, b: DecimalLike) => (kpi.direction === "up" ? a.gte(b.toString()) : a.lte(b.toString()));
  if (kpi.target !== null && better(latest, kpi.target)) return "on_target";
  return better(latest, kpi.baseline) ? "improving" : "regressing";
}

function buildKpi(kpi: SourceKpi): ReportKpi {
  const last = kpi.measurements.at(-1);
  const latest = last ? new Decimal(last.value.toString()) : null;
  return {
    name: kpi.name,
    unit: kpi.unit,
    baseline: kpi.baseline?.toString() ?? null,
    target: kpi.target?.toString() ?? null,
    latest: last ? { period: dateToPeriod(last.month), value: last.value.toString() } : null,
    state: kpiStateOf(kpi, latest),
  };
}

function buildChart(result: RoiResult, scenario: ScenarioName): ReportChartPoint[] {
  return buildRoiLines(result).map((p) => ({
    period: p.period,
    low: p.conservative,
    high: p.optimistic,
    scenario: p[scenario],
    actual: p.actual,
  }));
}

type Sums = {
  cost: Decimal;
  benefit: Decimal;
  periodCost: Decimal;
  periodBenefit: Decimal;
  forecastCost: Decimal;
  forecastBenefit: Decimal;
  planCost: Decimal;
  planBenefit: Decimal;
};

function buildInvestment(
  source: SourceInvestment,
  evaluated: EvaluatedInvestment,
  options: ReportOptions,
): { section: ReportInvestment; sums: Sums } {
  const { summary, evaluation } = evaluated;
  const inPeriod = source.actuals.filter((a) => dateToPeriod(a.month) >= options.period.from);
  const result = evaluation.ok ? evaluation.result : null;
  const forecast = result
    ? forecastOfRecordedMonths(result, options.scenario)
    : { cost: sumExact([]), benefit: sumExact([]) };
  const plan = result?.scenarios[options.scenario]?.totals;
  const sums: Sums = {
    cost: sumExact(source.actuals.map((a) => new Decimal(a.cost.toString()))),
    benefit: sumExact(source.actuals.map((a) => new Decimal(a.benefit.toString()))),
    periodCost: sumExact(inPeriod.map((a) => new Decimal(a.cost.toString()))),
    periodBenefit: sumExact(inPeriod.map((a) => new Decimal(a.benefit.toString()))),
    forecastCost: forecast.cost,
    forecastBenefit: forecast.benefit,
    planCost: sumExact([plan?.cost ?? 0]),
    planBenefit: sumExact([plan?.benefit ?? 0]),
  };
  const toPeriod = (month: number | null) =>
    month === null || !result ? null : periodOfMonthNumber(result.startMonth, month);
  const leaks: ReportLeak[] = summary.leaks.map((leak) => ({
    investmentId: source.id,
    investmentName: source.name,
    code: leak.code,
    kpi: leak.kpi ?? null,
    atStakeMonthly: leak.atStakeMonthly,
    currency: source.currency,
    fromPeriod: toPeriod(leak.months[0] ?? null),
    toPeriod: toPeriod(leak.months.at(-1) ?? null),
  }));
  const section: ReportInvestment = {
    ...figuresOf(sums),
    plannedRoiPct: plan?.roiPct ?? null,
    id: source.id,
    name: source.name,
    status: source.status,
    category: source.category,
    ownerName: source.ownerName,
    currency: source.currency,
    valid: summary.valid,
    startMonth: summary.startMonth,
    paybackState: summary.paybackState,
    plannedPaybackPeriod: toPeriod(plan?.paybackMonth ?? null),
    projectedPaybackPeriod: toPeriod(result?.actuals?.projectedPaybackMonth ?? null),
    chart: result ? buildChart(result, options.scenario) : [],
    kpis: source.kpis.map(buildKpi),
    leaks,
  };
  return { section, sums };
}

function figuresOf(s: Sums): ReportFigures {
  return {
    invested: cents(s.cost),
    realised: cents(s.benefit),
    net: cents(s.benefit.minus(s.cost)),
    investedInPeriod: cents(s.periodCost),
    realisedInPeriod: cents(s.periodBenefit),
    actualRoiPct: roiPct(s.cost, s.benefit),
    forecastRoiPct: roiPct(s.forecastCost, s.forecastBenefit),
    plannedRoiPct: roiPct(s.planCost, s.planBenefit),
  };
}

/** The whole report; a workspace without investments gives zeros and an empty list (a short report). */
export function buildReportModel(input: ReportSource): ReportModel {
  const built = input.investments.map(({ source, evaluated }) => buildInvestment(source, evaluated, input.options));
  const total = (pick: (s: Sums) => Decimal) => sumExact(built.map((b) => pick(b.sums)));
  const sums: Sums = {
    cost: total((s) => s.cost),
    benefit: total((s) => s.benefit),
    periodCost: total((s) => s.periodCost),
    periodBenefit: total((s) => s.periodBenefit),
    forecastCost: total((s) => s.forecastCost),
    forecastBenefit: total((s) => s.forecastBenefit),
    planCost: total((s) => s.planCost),
    planBenefit: total((s) => s.planBenefit),
  };
  const investments = built.map((b) => b.section);
  const count = (states: PaybackState[]) => investments.filter((i) => states.includes(i.paybackState)).length;
  return {
    workspaceName: input.workspace.name,
    consultantName: input.consultantName,
    currency: input.workspace.currency,
    locale: input.options.locale,
    scenario: input.options.scenario,
    period: input.options.period,
    periodLabel: formatReportPeriod(input.options.period),
    generatedAt: input.generatedAt,
    summary: {
      ...figuresOf(sums),
      investments: investments.length,
      paidBack: count(["paid_back"]),
      onTime: count(["on_time"]),
      late: count(["late"]),
      other: count(["no_plan", "no_data"]),
    },
    investments,
    leaks: investments.flatMap((i) => i.leaks).sort((a, b) => b.atStakeMonthly - a.atStakeMonthly),
    appendix: reportTexts(input.options.locale).definitions,
  };
}
