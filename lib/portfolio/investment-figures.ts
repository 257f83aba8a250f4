import Decimal from "decimal.js";
import type { InvestmentEvaluation } from "@/lib/investments/evaluate-investment";
import { dateToPeriod, monthNumberOf, periodOfMonthNumber } from "@/lib/investments/months";
import type { VersionAccuracy } from "@/lib/accuracy/version-accuracy";
import { SCENARIO_NAMES, type Leak, type RoiResult, type ScenarioName } from "@/lib/roi";
import { roiPct, sumExact } from "./decimal-figures";
import { paybackStatusOf, type PaybackStatus } from "./payback";

/** Statuses whose figures count in the headline totals; drafts are shown apart. */
export const COUNTED_STATUSES = ["approved", "active", "completed", "stopped"] as const;
export const isCounted = (status: string) => (COUNTED_STATUSES as readonly string[]).includes(status);

export type FoundLeak = Leak & { subject: string; previously: boolean };
export type SparkPoint = { period: string; actual: number | null; forecast: number | null };

export type InvestmentFigures = {
  investmentId: string;
  workspaceId: string;
  name: string;
  status: string;
  category: string;
  currency: string;
  startMonth: string;
  archived: boolean;
  counted: boolean;
  valid: boolean;
  /** Sums of the recorded actuals, exact. */
  invested: Decimal;
  realised: Decimal;
  /** The plan's forecast for the recorded months (against the plan in force when each was recorded). */
  forecastCost: Decimal;
  forecastBenefit: Decimal;
  /** The whole plan in force, expected scenario. */
  plannedCost: Decimal;
  plannedBenefit: Decimal;
  actualRoiPct: number | null;
  forecastRoiPct: number | null;
  plannedRoiPct: number | null;
  plannedPaybackMonth: number | null;
  projectedPaybackMonth: number | null;
  paybackStatus: PaybackStatus;
  recordedMonths: number;
  expectedMonths: number;
  missingMonths: number;
  leaks: FoundLeak[];
  atStakeMonthly: Decimal;
  lastActualAt: Date | null;
  detail: FiguresDetail;
};

export type FiguresDetail = {
  sparkline: SparkPoint[];
  versionUsed: number | null;
  /** Engine validation messages when the plan cannot be evaluated. */
  errors: string[];
  /**
   * The plan in force, expected scenario, discounted (lib/roi README "Discounting"): NPV as
   * a decimal string with cents, in the investment's currency; null when the plan is invalid.
   * Rows stored before issue 12 lack these fields (the migration marks them stale).
   */
  npv?: string | null;
  irrPct?: number | null;
  discountedPaybackMonth?: number | null;
  /** The annual rate (%) behind npv, irrPct and discountedPaybackMonth. */
  discountRatePct?: number | null;
  /** Each approved plan version's forecast against the realised benefit (lib/accuracy), oldest first. */
  accuracy?: VersionAccuracy[];
};

/** The plan in force's discounted figures as stored in `detail` (nulls for a row stored before they existed). */
export type StoredDiscountedFigures = { npv: string | null; irrPct: number | null; discountedPaybackMonth: number | null; discountRatePct: number | null };

/** Reads the discounted figures of a stored `InvestmentFigures.detail` (e.g. to sum NPV per currency). */
export function discountedFiguresOf(detail: unknown): StoredDiscountedFigures {
  const d = (detail ?? {}) as Partial<FiguresDetail>;
  return { npv: d.npv ?? null, irrPct: d.irrPct ?? null, discountedPaybackMonth: d.discountedPaybackMonth ?? null, discountRatePct: d.discountRatePct ?? null };
}

/** One month of an investment's contribution to the workspace totals. */
export type MonthContribution = {
  period: string;
  recorded: boolean;
  actualCost: Decimal;
  actualBenefit: Decimal;
  cumCost: Decimal;
  cumBenefit: Decimal;
  /** A recorded month's forecast, as the figures' forecastCost/forecastBenefit sum it (0 otherwise). */
  forecastCost: Decimal;
  forecastBenefit: Decimal;
} & Record<`${ScenarioName}Cost` | `${ScenarioName}Benefit`, Decimal>;

export type FiguresSource = {
  id: string;
  workspaceId: string;
  name: string;
  status: string;
  category: string;
  currency: string;
  startMonth: string;
  horizonMonths: number;
  archived: boolean;
  actuals: { period: string; cost: Decimal.Value; benefit: Decimal.Value; updatedAt: Date }[];
};

/** The investment row fields (and its actuals) that figures are computed from, as Prisma loads them. */
export type StoredInvestment = {
  id: string;
  workspaceId: string;
  name: string;
  status: string;
  category: string;
  currency: string;
  startMonth: Date;
  horizonMonths: number;
  archivedAt: Date | null;
  actuals: { month: Date; cost: { toString(): string }; benefit: { toString(): string }; updatedAt: Date }[];
};

export function figuresSourceOf(investment: StoredInvestment): FiguresSource {
  return {
    id: investment.id,
    workspaceId: investment.workspaceId,
    name: investment.name,
    status: investment.status,
    category: investment.category,
    currency: investment.currency,
    startMonth: dateToPeriod(investment.startMonth),
    horizonMonths: investment.horizonMonths,
    archived: investment.archivedAt !== null,
    actuals: investment.actuals.map((a) => ({ period: dateToPeriod(a.month), cost: a.cost.toString(), benefit: a.benefit.toString(), updatedAt: a.updatedAt })),
  };
}

export const leakSubject = (leak: Pick<Leak, "kpi">) => leak.kpi ?? "";
export const leakKey = (leak: Pick<Leak, "code" | "kpi">) => `${leak.code}\u0000${leakSubject(leak)}`;

const dec = (value: number | null | undefined) => new Decimal(value === null || value === undefined ? 0 : String(value));

/** Months that should have actuals by now: the past months inside the horizon, once running. */
function expectedMonthsOf(result: RoiResult, status: string): number {
  if (status !== "active") return 0;
  return Math.max(0, Math.min(result.asOfMonth - 1, result.horizonMonths));
}

/**
 * The figures of one investment, from its evaluation as of now and (for "new this month")
 * the leaks of its evaluation as of the month before. Pure.
 */
export function figuresOf(source: FiguresSource, evaluation: InvestmentEvaluation, previousLeaks: Leak[], accuracy: VersionAccuracy[] = []): InvestmentFigures {
  const invested = sumExact(source.actuals.map((a) => new Decimal(a.cost.toString())));
  const realised = sumExact(source.actuals.map((a) => new Decimal(a.benefit.toString())));
  const lastActualAt = source.actuals.reduce<Date | null>((latest, a) => (latest === null || a.updatedAt > latest ? a.updatedAt : latest), null);
  const base = {
    investmentId: source.id,
    workspaceId: source.workspaceId,
    name: source.name,
    status: source.status,
    category: source.category,
    currency: source.currency,
    startMonth: source.startMonth,
    archived: source.archived,
    counted: isCounted(source.status),
    invested,
    realised,
    actualRoiPct: roiPct(invested, realised),
    recordedMonths: source.actuals.length,
    lastActualAt,
  };
  if (!evaluation.ok) {
    return {
      ...base,
      valid: false,
      forecastCost: new Decimal(0),
      forecastBenefit: new Decimal(0),
      plannedCost: new Decimal(0),
      plannedBenefit: new Decimal(0),
      forecastRoiPct: null,
      plannedRoiPct: null,
      plannedPaybackMonth: null,
      projectedPaybackMonth: null,
      paybackStatus: "unknown",
      expectedMonths: 0,
      missingMonths: 0,
      leaks: [],
      atStakeMonthly: new Decimal(0),
      detail: {
        sparkline: [],
        versionUsed: evaluation.versionUsed,
        errors: evaluation.errors.map((e) => `${e.path}: ${e.message}`),
        npv: null,
        irrPct: null,
        discountedPaybackMonth: null,
        discountRatePct: null,
        accuracy,
      },
    };
  }
  const result = evaluation.result;
  const actuals = result.actuals;
  const expected = result.scenarios.expected;
  const forecastCost = dec(actuals?.totals.forecastCost);
  const forecastBenefit = dec(actuals?.totals.forecastBenefit);
  const plannedCost = dec(expected?.totals.cost);
  const plannedBenefit = dec(expected?.totals.benefit);
  const before = new Set(previousLeaks.map(leakKey));
  const leaks = result.leaks.map((leak) => ({ ...leak, subject: leakSubject(leak), previously: before.has(leakKey(leak)) }));
  const expectedMonths = expectedMonthsOf(result, source.status);
  const recordedInWindow = source.actuals.filter((a) => {
    const n = monthNumberOf(source.startMonth, a.period);
    return n >= 1 && n <= expectedMonths;
  }).length;
  return {
    ...base,
    valid: true,
    forecastCost,
    forecastBenefit,
    plannedCost,
    plannedBenefit,
    forecastRoiPct: roiPct(forecastCost, forecastBenefit),
    plannedRoiPct: roiPct(plannedCost, plannedBenefit),
    plannedPaybackMonth: expected?.totals.paybackMonth ?? null,
    projectedPaybackMonth: actuals?.projectedPaybackMonth ?? null,
    paybackStatus: paybackStatusOf(result),
    expectedMonths,
    missingMonths: Math.max(0, expectedMonths - recordedInWindow),
    leaks,
    atStakeMonthly: sumExact(leaks.map((leak) => leak.atStakeMonthly)),
    detail: {
      sparkline: (actuals?.months ?? []).map((m) => ({ period: m.period, actual: m.cumRoiPct, forecast: m.forecastCumRoiPct })),
      versionUsed: evaluation.versionUsed,
      errors: [],
      npv: expected ? dec(expected.totals.npv).toFixed(2) : null,
      irrPct: expected?.totals.irrPct ?? null,
      discountedPaybackMonth: expected?.totals.discountedPaybackMonth ?? null,
      discountRatePct: result.discountRatePct,
      accuracy,
    },
  };
}

/**
 * Month by month, what the investment adds to its workspace's totals: the recorded actuals
 * (with running sums) and each scenario of the plan in force. Covers the plan's horizon and
 * any month with actuals outside it. Pure.
 */
export function contributionsOf(source: FiguresSource, evaluation: InvestmentEvaluation): MonthContribution[] {
  const byPeriod = new Map(source.actuals.map((a) => [a.period, a]));
  const scenarios = evaluation.ok ? evaluation.result.scenarios : {};
  const forecasts = new Map((evaluation.ok ? (evaluation.result.actuals?.months ?? []) : []).map((m) => [m.period, m]));
  let last = source.horizonMonths;
  let first = 1;
  for (const period of byPeriod.keys()) {
    const n = monthNumberOf(source.startMonth, period);
    if (n > last) last = n;
    if (n < first) first = n;
  }
  const rows: MonthContribution[] = [];
  let cumCost = new Decimal(0);
  let cumBenefit = new Decimal(0);
  for (let n = first; n <= last; n++) {
    const period = periodOfMonthNumber(source.startMonth, n);
    const actual = byPeriod.get(period);
    const actualCost = new Decimal(actual ? actual.cost.toString() : 0);
    const actualBenefit = new Decimal(actual ? actual.benefit.toString() : 0);
    cumCost = cumCost.plus(actualCost);
    cumBenefit = cumBenefit.plus(actualBenefit);
    const forecast = forecasts.get(period);
    const row = { period, recorded: actual !== undefined, actualCost, actualBenefit, cumCost, cumBenefit, forecastCost: dec(forecast?.forecastCost), forecastBenefit: dec(forecast?.forecastBenefit) } as MonthContribution;
    for (const name of SCENARIO_NAMES) {
      const month = n >= 1 ? scenarios[name]?.months[n - 1] : undefined;
      row[`${name}Cost`] = dec(month?.cost);
      row[`${name}Benefit`] = dec(month?.benefit);
    }
    rows.push(row);
  }
  return rows;
}
