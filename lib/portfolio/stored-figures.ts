import Decimal from "decimal.js";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { currentPeriod, dateToPeriod, periodToDate } from "@/lib/investments/months";
import type { Leak } from "@/lib/roi";
import type { FiguresDetail, FoundLeak, SparkPoint } from "./investment-figures";
import { convertedAtStakeOf, rankingFactors, type ConvertedAtStake, type LeakConversion } from "./leak-conversion";
import type { PaybackStatus } from "./payback";
import { emptyTally, totalsOf, type CurrencyTotals, type MonthTotals, type Tally } from "./roll-up";

// Reads of the stored portfolio. Every query is bounded by investments or months, never
// by actual rows, and the number of queries does not grow with the number of investments.

const dec = (value: string | null) => new Decimal(value ?? "0");
const num = (value: Prisma.Decimal | null) => (value === null ? null : value.toNumber());

export type FiguresFilter = { workspaceIds: string[]; category?: string | null };

const categoryClause = (category: string | null | undefined) =>
  category ? Prisma.sql`AND f.category::text = ${category}` : Prisma.empty;

type TallyRow = {
  workspaceId: string;
  currency: string;
  counted: boolean;
  investments: number;
  invested: string;
  realised: string;
  forecastCost: string;
  forecastBenefit: string;
  plannedCost: string;
  plannedBenefit: string;
  paidBack: number;
  onTrack: number;
  late: number;
  unknown: number;
  missingMonths: number;
  lastActualAt: Date | null;
};

/**
 * Per workspace, currency and counted/draft: the sums of the stored figures (one query).
 * Leak counts and money at stake come from `sumOpenLeaks`, which applies reviews.
 */
export async function sumStoredFigures(filter: FiguresFilter) {
  if (filter.workspaceIds.length === 0) return [];
  const rows = await getDb().$queryRaw<TallyRow[]>`
    SELECT f."workspaceId", f.currency, f.counted, COUNT(*)::int AS investments,
      SUM(f.invested)::text AS invested, SUM(f.realised)::text AS realised,
      SUM(f."forecastCost")::text AS "forecastCost", SUM(f."forecastBenefit")::text AS "forecastBenefit",
      SUM(f."plannedCost")::text AS "plannedCost", SUM(f."plannedBenefit")::text AS "plannedBenefit",
      COUNT(*) FILTER (WHERE f."paybackStatus" = 'paid_back')::int AS "paidBack",
      COUNT(*) FILTER (WHERE f."paybackStatus" = 'on_track')::int AS "onTrack",
      COUNT(*) FILTER (WHERE f."paybackStatus" = 'late')::int AS late,
      COUNT(*) FILTER (WHERE f."paybackStatus" = 'unknown')::int AS unknown,
      SUM(f."missingMonths")::int AS "missingMonths", MAX(f."lastActualAt") AS "lastActualAt"
    FROM "InvestmentFigures" f
    WHERE f."workspaceId" = ANY(${filter.workspaceIds}) AND NOT f.archived ${categoryClause(filter.category)}
    GROUP BY f."workspaceId", f.currency, f.counted`;
  return rows.map((r) => {
    const tally: Tally = {
      ...emptyTally(),
      investments: r.investments,
      invested: dec(r.invested),
      realised: dec(r.realised),
      forecastCost: dec(r.forecastCost),
      forecastBenefit: dec(r.forecastBenefit),
      plannedCost: dec(r.plannedCost),
      plannedBenefit: dec(r.plannedBenefit),
      payback: { paid_back: r.paidBack, on_track: r.onTrack, late: r.late, unknown: r.unknown },
      missingMonths: r.missingMonths,
      lastActualAt: r.lastActualAt,
    };
    return { workspaceId: r.workspaceId, currency: r.currency, counted: r.counted, tally };
  });
}

/** isLeakHidden of lib/portfolio/leak-reviews.ts (the one rule), in SQL (r = the latest review, l = the finding). */
const hiddenSql = (periodStart: Date) => Prisma.sql`(r.id IS NOT NULL AND l."atStakeMonthly" <= r."atStakeMonthly"
  AND (r.kind = 'acknowledged' OR (r.kind = 'snoozed' AND r."snoozedUntil" IS NOT NULL AND r."snoozedUntil" > ${periodStart}::date)))`;

const latestReviewJoin = Prisma.sql`LEFT JOIN LATERAL (
    SELECT r.* FROM "LeakReview" r
    WHERE r."investmentId" = l."investmentId" AND r.code = l.code AND r.subject = l.subject
    ORDER BY r."createdAt" DESC, r.id DESC LIMIT 1) r ON true`;

/** Open (not hidden by a review) leaks per workspace, currency and counted/draft: how many, and the money at stake. */
export async function sumOpenLeaks(filter: FiguresFilter, today: Date) {
  if (filter.workspaceIds.length === 0) return [];
  const periodStart = periodToDate(currentPeriod(today));
  return getDb().$queryRaw<{ workspaceId: string; currency: string; counted: boolean; leaks: number; atStake: string }[]>`
    SELECT f."workspaceId", f.currency, f.counted, COUNT(*)::int AS leaks, SUM(l."atStakeMonthly")::text AS "atStake"
    FROM "LeakFinding" l JOIN "InvestmentFigures" f ON f."investmentId" = l."investmentId"
    ${latestReviewJoin}
    WHERE l."workspaceId" = ANY(${filter.workspaceIds}) AND NOT f.archived ${categoryClause(filter.category)}
      AND NOT ${hiddenSql(periodStart)}
    GROUP BY f."workspaceId", f.currency, f.counted`;
}

export type LeakReviewInfo = { id: string; kind: "acknowledged" | "snoozed"; reason: string; snoozedUntil: string | null; by: string; at: string; atStakeMonthly: number };
export type PortfolioLeak = FoundLeak & {
  investmentId: string;
  investmentName: string;
  workspaceId: string;
  currency: string;
  startMonth: string;
  counted: boolean;
  /** The review that hides it (reviewed leaks), or the latest review of a leak that got worse since. */
  review: LeakReviewInfo | null;
  hidden: boolean;
  /** Its money at stake in the reporting currency, when that differs from the investment's (see listLeaks). */
  converted?: ConvertedAtStake | null;
};

type LeakRow = {
  leak: Leak & { subject?: string; previously?: boolean };
  atStakeMonthly: string;
  previously: boolean;
  subject: string;
  investmentId: string;
  workspaceId: string;
  name: string;
  currency: string;
  startMonth: Date;
  counted: boolean;
  hidden: boolean;
  reviewId: string | null;
  kind: "acknowledged" | "snoozed" | null;
  reason: string | null;
  snoozedUntil: Date | null;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  reviewedAtStake: string | null;
};

function leakOf(r: LeakRow): PortfolioLeak {
  return {
    ...r.leak,
    atStakeMonthly: Number(r.atStakeMonthly),
    subject: r.subject,
    previously: r.previously,
    investmentId: r.investmentId,
    investmentName: r.name,
    workspaceId: r.workspaceId,
    currency: r.currency,
    startMonth: dateToPeriod(r.startMonth),
    counted: r.counted,
    hidden: r.hidden,
    review:
      r.reviewId === null || r.kind === null
        ? null
        : {
            id: r.reviewId,
            kind: r.kind,
            reason: r.reason ?? "",
            snoozedUntil: r.snoozedUntil ? r.snoozedUntil.toISOString().slice(0, 10) : null,
            by: r.reviewedBy ?? "",
            at: (r.reviewedAt ?? new Date(0)).toISOString(),
            atStakeMonthly: Number(r.reviewedAtStake ?? "0"),
          },
  };
}

/**
 * Leaks ranked by money at stake: the open ones (up to `limit`) and the reviewed (hidden)
 * ones (up to `reviewedLimit`, default all) with who reviewed them, why and until when.
 * `investmentId` narrows to one investment.
 */
export async function listLeaks(filter: FiguresFilter & { investmentId?: string }, today: Date, limit = 20, reviewedLimit?: number, conversion?: LeakConversion) {
  if (filter.workspaceIds.length === 0) return { open: [], openCount: 0, reviewed: [], reviewedCount: 0 };
  const periodStart = periodToDate(currentPeriod(today));
  const only = filter.investmentId ? Prisma.sql`AND l."investmentId" = ${filter.investmentId}` : Prisma.empty;
  // Ranked by money at stake in the reporting currency (leaks in other currencies at the current rate).
  const ranking = rankingFactors(conversion);
  const rows = await getDb().$queryRaw<(LeakRow & { openCount: number; reviewedCount: number })[]>`
    WITH ranked AS (
      SELECT l.leak, l."atStakeMonthly"::text AS "atStakeMonthly", l.previously, l.subject, l."investmentId", l."workspaceId",
        f.name, f.currency, f."startMonth", f.counted, ${hiddenSql(periodStart)} AS hidden,
        r.id AS "reviewId", r.kind::text AS kind, r.reason, r."snoozedUntil", r."createdByName" AS "reviewedBy", r."createdAt" AS "reviewedAt",
        r."atStakeMonthly"::text AS "reviewedAtStake", l."atStakeMonthly" * COALESCE(x.factor, 1) AS sort
      FROM "LeakFinding" l JOIN "InvestmentFigures" f ON f."investmentId" = l."investmentId"
      LEFT JOIN unnest(${ranking.currencies}::text[], ${ranking.factors}::numeric[]) AS x(currency, factor) ON x.currency = f.currency
      ${latestReviewJoin}
      WHERE l."workspaceId" = ANY(${filter.workspaceIds}) AND NOT f.archived ${categoryClause(filter.category)} ${only}
    ), numbered AS (
      SELECT ranked.*, ROW_NUMBER() OVER (PARTITION BY hidden ORDER BY sort DESC, name, "investmentId", subject) AS n,
        (COUNT(*) FILTER (WHERE NOT hidden) OVER ())::int AS "openCount",
        (COUNT(*) FILTER (WHERE hidden) OVER ())::int AS "reviewedCount"
      FROM ranked
    )
    SELECT * FROM numbered
    WHERE (hidden AND ${reviewedLimit === undefined ? Prisma.sql`true` : Prisma.sql`n <= ${reviewedLimit}`}) OR (NOT hidden AND n <= ${limit})
    ORDER BY hidden, n`;
  const convertedLeakOf = (r: LeakRow) => {
    const leak = leakOf(r);
    return conversion ? { ...leak, converted: convertedAtStakeOf(leak.atStakeMonthly, leak.currency, conversion) } : leak;
  };
  return {
    open: rows.filter((r) => !r.hidden).map(convertedLeakOf),
    openCount: rows[0]?.openCount ?? 0,
    reviewed: rows.filter((r) => r.hidden).map(convertedLeakOf),
    reviewedCount: rows[0]?.reviewedCount ?? 0,
  };
}

/**
 * The leaks new this month (not found when evaluating as of the month before), ranked by
 * money at stake: those not hidden by a review, and how many are hidden. Bounded by the
 * stored findings (one query).
 */
export async function listNewLeaks(filter: FiguresFilter, today: Date): Promise<{ leaks: PortfolioLeak[]; hidden: number }> {
  if (filter.workspaceIds.length === 0) return { leaks: [], hidden: 0 };
  const periodStart = periodToDate(currentPeriod(today));
  const rows = await getDb().$queryRaw<LeakRow[]>`
    SELECT l.leak, l."atStakeMonthly"::text AS "atStakeMonthly", l.previously, l.subject, l."investmentId", l."workspaceId",
      f.name, f.currency, f."startMonth", f.counted, ${hiddenSql(periodStart)} AS hidden,
      r.id AS "reviewId", r.kind::text AS kind, r.reason, r."snoozedUntil", r."createdByName" AS "reviewedBy", r."createdAt" AS "reviewedAt",
      r."atStakeMonthly"::text AS "reviewedAtStake"
    FROM "LeakFinding" l JOIN "InvestmentFigures" f ON f."investmentId" = l."investmentId"
    ${latestReviewJoin}
    WHERE l."workspaceId" = ANY(${filter.workspaceIds}) AND NOT f.archived AND NOT l.previously ${categoryClause(filter.category)}
    ORDER BY l."atStakeMonthly" DESC, f."startMonth", f.name, l."investmentId", l.code, l.subject`;
  const leaks = rows.map(leakOf);
  return { leaks: leaks.filter((l) => !l.hidden), hidden: leaks.filter((l) => l.hidden).length };
}

// ---- Investment rows (the table) -------------------------------------------------------

export const INVESTMENT_SORTS = ["name", "status", "forecastRoi", "actualRoi", "invested", "atStake", "payback", "start"] as const;
export type InvestmentSortKey = (typeof INVESTMENT_SORTS)[number];
export type InvestmentSort = { sort: InvestmentSortKey; direction: "asc" | "desc" };
export const DEFAULT_INVESTMENT_SORT: InvestmentSort = { sort: "atStake", direction: "desc" };
export const INVESTMENT_PAGE_SIZE = 25;

const SORT_COLUMNS: Record<InvestmentSortKey, Prisma.Sql> = {
  name: Prisma.sql`lower(f.name)`,
  status: Prisma.sql`f.status`,
  forecastRoi: Prisma.sql`f."forecastRoiPct"`,
  actualRoi: Prisma.sql`f."actualRoiPct"`,
  // In the reporting currency: an investment in another currency by its converted amounts.
  invested: Prisma.sql`COALESCE(c.invested, f.invested)`,
  atStake: Prisma.sql`COALESCE(o."atStake", 0) * COALESCE(x.factor, 1)`,
  payback: Prisma.sql`f."projectedPaybackMonth"`,
  start: Prisma.sql`f."startMonth"`,
};

export type InvestmentRow = {
  id: string;
  workspaceId: string;
  name: string;
  status: string;
  category: string;
  currency: string;
  startMonth: string;
  counted: boolean;
  valid: boolean;
  invested: number;
  realised: number;
  actualRoiPct: number | null;
  forecastRoiPct: number | null;
  plannedRoiPct: number | null;
  plannedPaybackMonth: number | null;
  projectedPaybackMonth: number | null;
  paybackStatus: PaybackStatus;
  recordedMonths: number;
  expectedMonths: number;
  missingMonths: number;
  leakCount: number;
  atStakeMonthly: number;
  sparkline: SparkPoint[];
  versionUsed: number | null;
};

type FiguresRecord = Prisma.InvestmentFiguresGetPayload<object>;

export function rowOf(f: FiguresRecord): InvestmentRow {
  const detail = f.detail as unknown as FiguresDetail;
  return {
    id: f.investmentId,
    workspaceId: f.workspaceId,
    name: f.name,
    status: f.status,
    category: f.category,
    currency: f.currency,
    startMonth: dateToPeriod(f.startMonth),
    counted: f.counted,
    valid: f.valid,
    invested: f.invested.toNumber(),
    realised: f.realised.toNumber(),
    actualRoiPct: num(f.actualRoiPct),
    forecastRoiPct: num(f.forecastRoiPct),
    plannedRoiPct: num(f.plannedRoiPct),
    plannedPaybackMonth: f.plannedPaybackMonth,
    projectedPaybackMonth: f.projectedPaybackMonth,
    paybackStatus: f.paybackStatus as PaybackStatus,
    recordedMonths: f.recordedMonths,
    expectedMonths: f.expectedMonths,
    missingMonths: f.missingMonths,
    leakCount: f.leakCount,
    atStakeMonthly: f.atStakeMonthly.toNumber(),
    sparkline: detail.sparkline ?? [],
    versionUsed: detail.versionUsed ?? null,
  };
}

/**
 * How investments in other currencies sort by money: their converted invested amounts, and
 * per currency the factor of the current month's rate for money at stake (LeakConversion).
 */
export type ConvertedSort = { invested: { investmentId: string; invested: string }[]; atStake?: LeakConversion };

/** One page of a workspace's investments (archived left out), sorted in the database (money in the reporting currency). */
export async function pageOfInvestments(
  filter: FiguresFilter,
  sort: InvestmentSort,
  page: number,
  pageSize = INVESTMENT_PAGE_SIZE,
  today = new Date(),
  converted: ConvertedSort = { invested: [] },
) {
  const ranking = rankingFactors(converted.atStake);
  const direction = sort.direction === "asc" ? Prisma.sql`ASC NULLS LAST` : Prisma.sql`DESC NULLS LAST`;
  const periodStart = periodToDate(currentPeriod(today));
  // Leaks and money at stake per row count open leaks only, as the leaks panel does.
  const ids = await getDb().$queryRaw<{ investmentId: string; total: number; openLeaks: number; openAtStake: string }[]>`
    WITH open AS (
      SELECT l."investmentId", COUNT(*)::int AS leaks, SUM(l."atStakeMonthly") AS "atStake"
      FROM "LeakFinding" l ${latestReviewJoin}
      WHERE l."workspaceId" = ANY(${filter.workspaceIds}) AND NOT ${hiddenSql(periodStart)}
      GROUP BY l."investmentId"
    )
    SELECT f."investmentId", (COUNT(*) OVER ())::int AS total, COALESCE(o.leaks, 0)::int AS "openLeaks", COALESCE(o."atStake", 0)::text AS "openAtStake"
    FROM "InvestmentFigures" f LEFT JOIN open o ON o."investmentId" = f."investmentId"
    LEFT JOIN unnest(${converted.invested.map((i) => i.investmentId)}::text[], ${converted.invested.map((i) => i.invested)}::numeric[]) AS c("investmentId", invested)
      ON c."investmentId" = f."investmentId"
    LEFT JOIN unnest(${ranking.currencies}::text[], ${ranking.factors}::numeric[]) AS x(currency, factor) ON x.currency = f.currency
    WHERE f."workspaceId" = ANY(${filter.workspaceIds}) AND NOT f.archived ${categoryClause(filter.category)}
    ORDER BY ${SORT_COLUMNS[sort.sort]} ${direction}, lower(f.name) ASC, f."investmentId" ASC
    LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
  const records = await getDb().investmentFigures.findMany({ where: { investmentId: { in: ids.map((r) => r.investmentId) } } });
  const byId = new Map(records.map((r) => [r.investmentId, r]));
  const rows = ids.flatMap((r) => {
    const record = byId.get(r.investmentId);
    return record ? [{ ...rowOf(record), leakCount: r.openLeaks, atStakeMonthly: Number(r.openAtStake) }] : [];
  });
  return { rows, total: ids[0]?.total ?? (await countInvestments(filter)) };
}

async function countInvestments(filter: FiguresFilter) {
  const rows = await getDb().$queryRaw<{ n: number }[]>`
    SELECT COUNT(*)::int AS n FROM "InvestmentFigures" f
    WHERE f."workspaceId" = ANY(${filter.workspaceIds}) AND NOT f.archived ${categoryClause(filter.category)}`;
  return rows[0]?.n ?? 0;
}

/**
 * Open (not hidden by a review) leaks of some of a workspace's investments, by investment:
 * how many and the money at stake, as the dashboard's rows count them. An investment
 * without open leaks is absent. One query for any number of investments (an API page).
 */
export async function openLeaksByInvestment(workspaceId: string, investmentIds: string[], today: Date): Promise<Map<string, { leaks: number; atStake: string }>> {
  if (investmentIds.length === 0) return new Map();
  const periodStart = periodToDate(currentPeriod(today));
  const rows = await getDb().$queryRaw<{ investmentId: string; leaks: number; atStake: string }[]>`
    SELECT l."investmentId", COUNT(*)::int AS leaks, SUM(l."atStakeMonthly")::text AS "atStake"
    FROM "LeakFinding" l ${latestReviewJoin}
    WHERE l."workspaceId" = ${workspaceId} AND l."investmentId" = ANY(${investmentIds}) AND NOT ${hiddenSql(periodStart)}
    GROUP BY l."investmentId"`;
  return new Map(rows.map((r) => [r.investmentId, { leaks: r.leaks, atStake: r.atStake }]));
}

// ---- Monthly totals (the chart, the month view) -----------------------------------------

/** A workspace's monthly totals in one currency (counted plans only unless `counted` is false). */
export async function monthTotalsOf(workspaceId: string, currency: string, options: { category?: string | null; counted?: boolean } = {}): Promise<MonthTotals[]> {
  const rows = await getDb().$queryRaw<Record<string, string | Date>[]>`
    SELECT month, SUM("actualCost")::text AS "actualCost", SUM("actualBenefit")::text AS "actualBenefit",
      SUM("conservativeCost")::text AS "conservativeCost", SUM("conservativeBenefit")::text AS "conservativeBenefit",
      SUM("expectedCost")::text AS "expectedCost", SUM("expectedBenefit")::text AS "expectedBenefit",
      SUM("optimisticCost")::text AS "optimisticCost", SUM("optimisticBenefit")::text AS "optimisticBenefit"
    FROM "WorkspaceMonth"
    WHERE "workspaceId" = ${workspaceId} AND currency = ${currency} AND counted = ${options.counted ?? true}
      ${options.category ? Prisma.sql`AND category::text = ${options.category}` : Prisma.empty}
    GROUP BY month HAVING SUM(investments) > 0 ORDER BY month`;
  return rows.map((r) => {
    const { month, ...money } = r;
    return { period: dateToPeriod(month as Date), ...Object.fromEntries(Object.entries(money).map(([k, v]) => [k, new Decimal(v as string)])) } as MonthTotals;
  });
}

/** The currencies a workspace's (non-archived) investments are in, most used first. */
export async function currenciesOf(workspaceIds: string[]) {
  if (workspaceIds.length === 0) return [];
  const rows = await getDb().$queryRaw<{ currency: string }[]>`
    SELECT currency FROM "InvestmentFigures" WHERE "workspaceId" = ANY(${workspaceIds}) AND NOT archived
    GROUP BY currency ORDER BY COUNT(*) DESC, currency`;
  return rows.map((r) => r.currency);
}

// ---- One investment (its share link) ---------------------------------------------------

/**
 * One investment's stored figures (archived ones too): its table row and its totals, the
 * way the workspace totals count it, with reviews applied to its leaks. Null when the
 * workspace has no such investment.
 */
export async function investmentFiguresOf(
  workspaceId: string,
  investmentId: string,
  today: Date,
): Promise<{ row: InvestmentRow; archived: boolean; totals: CurrencyTotals } | null> {
  const periodStart = periodToDate(currentPeriod(today));
  const [record, open] = await Promise.all([
    getDb().investmentFigures.findFirst({ where: { investmentId, workspaceId } }),
    getDb().$queryRaw<{ leaks: number; atStake: string | null }[]>`
      SELECT COUNT(*)::int AS leaks, SUM(l."atStakeMonthly")::text AS "atStake"
      FROM "LeakFinding" l ${latestReviewJoin}
      WHERE l."workspaceId" = ${workspaceId} AND l."investmentId" = ${investmentId} AND NOT ${hiddenSql(periodStart)}`,
  ]);
  if (!record) return null;
  const tally: Tally = {
    ...emptyTally(),
    investments: 1,
    invested: new Decimal(record.invested.toString()),
    realised: new Decimal(record.realised.toString()),
    forecastCost: new Decimal(record.forecastCost.toString()),
    forecastBenefit: new Decimal(record.forecastBenefit.toString()),
    plannedCost: new Decimal(record.plannedCost.toString()),
    plannedBenefit: new Decimal(record.plannedBenefit.toString()),
    payback: { ...emptyTally().payback, [record.paybackStatus as PaybackStatus]: 1 },
    missingMonths: record.missingMonths,
    leaks: open[0]?.leaks ?? 0,
    atStakeMonthly: dec(open[0]?.atStake ?? null),
    lastActualAt: record.lastActualAt,
  };
  return { row: rowOf(record), archived: record.archived, totals: totalsOf(record.currency, tally) };
}

/** One investment's monthly contributions (its chart), in month order. */
export async function investmentMonthsOf(workspaceId: string, investmentId: string): Promise<MonthTotals[]> {
  const rows = await getDb().investmentMonth.findMany({ where: { investmentId, workspaceId }, orderBy: { month: "asc" } });
  return rows.map((r) => ({
    period: dateToPeriod(r.month),
    actualCost: new Decimal(r.actualCost.toString()),
    actualBenefit: new Decimal(r.actualBenefit.toString()),
    conservativeCost: new Decimal(r.conservativeCost.toString()),
    conservativeBenefit: new Decimal(r.conservativeBenefit.toString()),
    expectedCost: new Decimal(r.expectedCost.toString()),
    expectedBenefit: new Decimal(r.expectedBenefit.toString()),
    optimisticCost: new Decimal(r.optimisticCost.toString()),
    optimisticBenefit: new Decimal(r.optimisticBenefit.toString()),
  }));
}
