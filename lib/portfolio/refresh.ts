import Decimal from "decimal.js";
import { getDb, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { createPlanParser, versionAccuracyOf } from "@/lib/accuracy/version-accuracy";
import { evaluateInvestment } from "@/lib/investments/evaluate-investment";
import { evaluationSettingsOf, type EvaluationSettings } from "@/lib/investments/evaluation-settings";
import { currentPeriod, periodToDate } from "@/lib/investments/months";
import { INVESTMENT_DETAIL_INCLUDE, type InvestmentDetail } from "@/lib/investments/queries";
import { SCENARIO_NAMES } from "@/lib/roi";
import { endOfPeriod, previousPeriodOf } from "@/lib/dashboard/month-period";
import { recordLeakEvents, type LeakView, type StoredFinding } from "@/lib/webhooks/leak-events";
import { evaluateAsOf } from "./as-of";
import { contributionsOf, figuresOf, figuresSourceOf, type InvestmentFigures, type MonthContribution } from "./investment-figures";

// The stored portfolio is derived data, kept exact and current inside the transaction of
// every write: the investment's figures and leaks are evaluated again, and its monthly
// contributions are replaced from the earliest changed month on, with the difference
// added to the workspace's monthly totals (never recomputing the whole history).

export type FiguresRef = {
  workspaceId: string;
  investmentId: string;
  /** The earliest calendar month whose actuals changed (first day of the month); null/absent: the plan, status, KPIs or header changed. */
  fromMonth?: Date | null;
  /** The moment the figures are evaluated as of (tests inject it); defaults to now. */
  today?: Date;
};


const MONEY_COLUMNS = ["actualCost", "actualBenefit", ...SCENARIO_NAMES.flatMap((n) => [`${n}Cost`, `${n}Benefit`] as const)] as const;
type MoneyColumn = (typeof MONEY_COLUMNS)[number];

/** The bucket of the workspace totals an investment adds to; null when archived (it adds nothing). */
type Bucket = { currency: string; category: string; counted: boolean } | null;
const bucketOf = (f: { archived: boolean; currency: string; category: string; counted: boolean }): Bucket =>
  f.archived ? null : { currency: f.currency, category: f.category, counted: f.counted };
const sameBucket = (a: Bucket, b: Bucket) => (a === null || b === null ? a === b : a.currency === b.currency && a.category === b.category && a.counted === b.counted);


/**
 * Evaluates one investment as of `today` (with the workspace's thresholds and discount rate;
 * no risk figures: too slow for every write) and, for "new this month", as of the month
 * before; with each plan version's forecast accuracy. Pure.
 */
export function evaluateFigures(investment: InvestmentDetail, settings: EvaluationSettings, today: Date) {
  const { leakThresholds, discountRatePct } = settings;
  const evaluation = evaluateInvestment(investment, { today, leakThresholds, discountRatePct });
  const previous = previousPeriodOf(currentPeriod(today));
  // Only its leaks are read, which the discount rate does not change.
  const before = evaluateAsOf(investment, { period: previous, today: endOfPeriod(previous), leakThresholds });
  const source = figuresSourceOf(investment);
  const accuracy = versionAccuracyOf(investment, createPlanParser());
  return { figures: figuresOf(source, evaluation, before.ok ? before.result.leaks : [], accuracy), evaluation, source };
}

async function settingsOf(tx: Tx, workspaceId: string): Promise<EvaluationSettings> {
  const row = await tx.workspace.findUnique({ where: { id: workspaceId }, select: { leakThresholds: true, discountRatePct: true } });
  return evaluationSettingsOf(row ?? { leakThresholds: {}, discountRatePct: null });
}

const toJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;

function figuresRow(f: InvestmentFigures, asOf: string) {
  return {
    workspaceId: f.workspaceId,
    asOfPeriod: asOf,
    evaluatedAt: new Date(),
    name: f.name,
    status: f.status as never,
    category: f.category as never,
    currency: f.currency,
    startMonth: periodToDate(f.startMonth),
    archived: f.archived,
    counted: f.counted,
    valid: f.valid,
    invested: f.invested.toFixed(2),
    realised: f.realised.toFixed(2),
    forecastCost: f.forecastCost.toFixed(2),
    forecastBenefit: f.forecastBenefit.toFixed(2),
    plannedCost: f.plannedCost.toFixed(2),
    plannedBenefit: f.plannedBenefit.toFixed(2),
    actualRoiPct: f.actualRoiPct,
    forecastRoiPct: f.forecastRoiPct,
    plannedRoiPct: f.plannedRoiPct,
    plannedPaybackMonth: f.plannedPaybackMonth,
    projectedPaybackMonth: f.projectedPaybackMonth,
    paybackStatus: f.paybackStatus,
    recordedMonths: f.recordedMonths,
    expectedMonths: f.expectedMonths,
    missingMonths: f.missingMonths,
    leakCount: f.leaks.length,
    atStakeMonthly: f.atStakeMonthly.toFixed(2),
    lastActualAt: f.lastActualAt,
    detail: toJson(f.detail),
  };
}

/**
 * Writes the evaluated figures and leaks of one investment (replacing what was stored).
 * `previous` is how the stored figures stood (null: never evaluated before): leaks that
 * opened or grew since are recorded as leak.opened / leak.worsened events in this same
 * transaction (lib/webhooks/leak-events.ts), so they exist exactly when the change does.
 */
async function writeFigures(tx: Tx, f: InvestmentFigures, asOf: string, previous: LeakView | null, today: Date) {
  const row = figuresRow(f, asOf);
  await tx.investmentFigures.upsert({ where: { investmentId: f.investmentId }, create: { investmentId: f.investmentId, ...row }, update: row });
  // The old findings come back from their delete: the comparison costs no extra round trip.
  const findings = await tx.$queryRaw<StoredFinding[]>`
    DELETE FROM "LeakFinding" WHERE "investmentId" = ${f.investmentId} RETURNING code, subject, "atStakeMonthly"::text AS "atStakeMonthly"`;
  await recordLeakEvents(tx, {
    workspaceId: f.workspaceId,
    investment: { id: f.investmentId, name: f.name, currency: f.currency },
    before: previous ? { ...previous, findings } : null,
    after: { counted: f.counted, archived: f.archived, leaks: f.leaks },
    occurredAt: today,
  });
  if (f.leaks.length > 0) {
    await tx.leakFinding.createMany({
      data: f.leaks.map((leak) => ({
        workspaceId: f.workspaceId,
        investmentId: f.investmentId,
        code: leak.code,
        subject: leak.subject,
        atStakeMonthly: new Decimal(String(leak.atStakeMonthly)).toFixed(2),
        previously: leak.previously,
        leak: toJson(leak),
      })),
    });
  }
}

type StoredMonth = Omit<MonthContribution, "period"> & { month: Date };

/** Adds `sign ×` the given months to the workspace totals of a bucket, in month order (no deadlocks between writers). */
async function addToWorkspaceMonths(tx: Tx, workspaceId: string, bucket: Bucket, rows: { month: Date; investments: number; recorded: number; money: Record<MoneyColumn, Decimal> }[]) {
  if (bucket === null) return;
  const changed = rows.filter((r) => r.investments !== 0 || r.recorded !== 0 || MONEY_COLUMNS.some((c) => !r.money[c].isZero())).sort((a, b) => a.month.getTime() - b.month.getTime());
  if (changed.length === 0) return;
  const arrays = Object.fromEntries(MONEY_COLUMNS.map((c) => [c, changed.map((r) => r.money[c].toFixed(2))])) as Record<MoneyColumn, string[]>;
  await tx.$executeRaw`
    INSERT INTO "WorkspaceMonth" ("workspaceId", currency, category, counted, month, investments, recorded,
      "actualCost", "actualBenefit", "conservativeCost", "conservativeBenefit", "expectedCost", "expectedBenefit", "optimisticCost", "optimisticBenefit")
    SELECT ${workspaceId}, ${bucket.currency}, ${bucket.category}::"InvestmentCategory", ${bucket.counted}, v.month, v.investments, v.recorded,
      v.ac, v.ab, v.cc, v.cb, v.ec, v.eb, v.oc, v.ob
    FROM unnest(${changed.map((r) => r.month)}::date[], ${changed.map((r) => r.investments)}::int[], ${changed.map((r) => r.recorded)}::int[],
      ${arrays.actualCost}::numeric[], ${arrays.actualBenefit}::numeric[], ${arrays.conservativeCost}::numeric[], ${arrays.conservativeBenefit}::numeric[],
      ${arrays.expectedCost}::numeric[], ${arrays.expectedBenefit}::numeric[], ${arrays.optimisticCost}::numeric[], ${arrays.optimisticBenefit}::numeric[])
      AS v(month, investments, recorded, ac, ab, cc, cb, ec, eb, oc, ob)
    ORDER BY v.month
    ON CONFLICT ("workspaceId", currency, category, counted, month) DO UPDATE SET
      investments = "WorkspaceMonth".investments + EXCLUDED.investments,
      recorded = "WorkspaceMonth".recorded + EXCLUDED.recorded,
      "actualCost" = "WorkspaceMonth"."actualCost" + EXCLUDED."actualCost",
      "actualBenefit" = "WorkspaceMonth"."actualBenefit" + EXCLUDED."actualBenefit",
      "conservativeCost" = "WorkspaceMonth"."conservativeCost" + EXCLUDED."conservativeCost",
      "conservativeBenefit" = "WorkspaceMonth"."conservativeBenefit" + EXCLUDED."conservativeBenefit",
      "expectedCost" = "WorkspaceMonth"."expectedCost" + EXCLUDED."expectedCost",
      "expectedBenefit" = "WorkspaceMonth"."expectedBenefit" + EXCLUDED."expectedBenefit",
      "optimisticCost" = "WorkspaceMonth"."optimisticCost" + EXCLUDED."optimisticCost",
      "optimisticBenefit" = "WorkspaceMonth"."optimisticBenefit" + EXCLUDED."optimisticBenefit"`;
}

const moneyOf = (row: Record<MoneyColumn, Decimal | Prisma.Decimal>) =>
  Object.fromEntries(MONEY_COLUMNS.map((c) => [c, new Decimal(row[c].toString())])) as Record<MoneyColumn, Decimal>;

/** New minus old, month by month (a month on one side only counts as zero on the other). */
function differenceOf(oldRows: StoredMonth[], newRows: StoredMonth[]) {
  const byMonth = new Map<number, { month: Date; investments: number; recorded: number; money: Record<MoneyColumn, Decimal> }>();
  const add = (row: StoredMonth, sign: 1 | -1) => {
    const key = row.month.getTime();
    const entry = byMonth.get(key) ?? { month: row.month, investments: 0, recorded: 0, money: moneyOf(Object.fromEntries(MONEY_COLUMNS.map((c) => [c, new Decimal(0)])) as Record<MoneyColumn, Decimal>) };
    entry.investments += sign;
    if (row.recorded) entry.recorded += sign;
    for (const c of MONEY_COLUMNS) entry.money[c] = sign === 1 ? entry.money[c].plus(row[c]) : entry.money[c].minus(row[c]);
    byMonth.set(key, entry);
  };
  for (const row of oldRows) add(row, -1);
  for (const row of newRows) add(row, 1);
  return [...byMonth.values()];
}

const storedOf = (rows: MonthContribution[]): StoredMonth[] => rows.map(({ period, ...rest }) => ({ ...rest, month: periodToDate(period) }));
const negate = (rows: StoredMonth[]) => differenceOf(rows, []);
const positive = (rows: StoredMonth[]) => differenceOf([], rows);

/**
 * Brings the stored figures of one investment up to date. Call it inside the same
 * transaction as every write that changes an investment's plan, status, header, actuals,
 * KPIs or measurements, after the write. It takes the investment's row lock, so writers
 * of one investment refresh one after the other and each sees the other's data.
 */
export async function refreshInvestmentFigures(tx: Tx, ref: FiguresRef): Promise<void> {
  const today = ref.today ?? new Date();
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Investment" WHERE id = ${ref.investmentId} AND "workspaceId" = ${ref.workspaceId} FOR UPDATE`;
  if (locked.length === 0) return removeInvestmentFigures(tx, ref);
  const investment = await tx.investment.findUniqueOrThrow({ where: { id: ref.investmentId }, include: INVESTMENT_DETAIL_INCLUDE });
  const { figures, evaluation, source } = evaluateFigures(investment, await settingsOf(tx, ref.workspaceId), today);
  const newMonths = storedOf(contributionsOf(source, evaluation));

  const stored = await tx.investmentFigures.findUnique({ where: { investmentId: ref.investmentId }, select: { archived: true, currency: true, category: true, counted: true } });
  const oldBucket = stored ? bucketOf(stored) : null;
  const newBucket = bucketOf(figures);
  // Only the months from the earliest change on are replaced, when nothing else moved.
  const from = stored && ref.fromMonth && sameBucket(oldBucket, newBucket) ? ref.fromMonth : null;
  const oldMonths = (await tx.investmentMonth.findMany({ where: { investmentId: ref.investmentId, ...(from ? { month: { gte: from } } : {}) } })).map(
    (r): StoredMonth => ({
      ...moneyOf(r),
      month: r.month,
      recorded: r.recorded,
      cumCost: new Decimal(r.cumCost.toString()),
      cumBenefit: new Decimal(r.cumBenefit.toString()),
      forecastCost: new Decimal(r.forecastCost.toString()),
      forecastBenefit: new Decimal(r.forecastBenefit.toString()),
    }),
  );
  const replaced = from ? newMonths.filter((r) => r.month >= from) : newMonths;

  if (sameBucket(oldBucket, newBucket)) {
    await addToWorkspaceMonths(tx, ref.workspaceId, newBucket, differenceOf(oldMonths, replaced));
  } else {
    await addToWorkspaceMonths(tx, ref.workspaceId, oldBucket, negate(oldMonths));
    await addToWorkspaceMonths(tx, ref.workspaceId, newBucket, positive(replaced));
  }
  await tx.investmentMonth.deleteMany({ where: { investmentId: ref.investmentId, ...(from ? { month: { gte: from } } : {}) } });
  if (replaced.length > 0) {
    await tx.investmentMonth.createMany({
      data: replaced.map((r) => ({
        investmentId: ref.investmentId,
        workspaceId: ref.workspaceId,
        month: r.month,
        recorded: r.recorded,
        cumCost: r.cumCost.toFixed(2),
        cumBenefit: r.cumBenefit.toFixed(2),
        forecastCost: r.forecastCost.toFixed(2),
        forecastBenefit: r.forecastBenefit.toFixed(2),
        ...Object.fromEntries(MONEY_COLUMNS.map((c) => [c, r[c].toFixed(2)])),
      })) as Prisma.InvestmentMonthCreateManyInput[],
    });
  }
  await writeFigures(tx, figures, currentPeriod(today), stored ? { counted: stored.counted, archived: stored.archived } : null, today);
}

/**
 * Takes an investment's contribution out of its workspace's totals. Call it in the
 * transaction that deletes the investment, before the delete (its rows go with it).
 */
export async function removeInvestmentFigures(tx: Tx, ref: Pick<FiguresRef, "workspaceId" | "investmentId">): Promise<void> {
  const stored = await tx.investmentFigures.findUnique({ where: { investmentId: ref.investmentId }, select: { archived: true, currency: true, category: true, counted: true } });
  if (stored) {
    const months = await tx.investmentMonth.findMany({ where: { investmentId: ref.investmentId } });
    await addToWorkspaceMonths(
      tx,
      ref.workspaceId,
      bucketOf(stored),
      negate(months.map((r) => ({ ...moneyOf(r), month: r.month, recorded: r.recorded, cumCost: new Decimal(0), cumBenefit: new Decimal(0), forecastCost: new Decimal(0), forecastBenefit: new Decimal(0) }))),
    );
  }
  await tx.investmentMonth.deleteMany({ where: { investmentId: ref.investmentId } });
  await tx.leakFinding.deleteMany({ where: { investmentId: ref.investmentId } });
  await tx.investmentFigures.deleteMany({ where: { investmentId: ref.investmentId } });
}

/** Marks every stored evaluation of a workspace as due again (e.g. after its leak thresholds changed). */
export async function markWorkspaceFiguresStale(tx: Tx, workspaceId: string) {
  await tx.investmentFigures.updateMany({ where: { workspaceId }, data: { asOfPeriod: "" } });
}

const STALE_BATCH = 100;

/**
 * Makes sure every investment of the given workspaces has figures evaluated as of today's
 * month: investments never refreshed get the full refresh; evaluations of an earlier month
 * (the month turned) or marked stale are evaluated again, a batch at a time, skipping
 * investments a writer holds (the writer refreshes them). Cheap when nothing is due.
 * `only` narrows it to one investment (a view of one investment waits for no other).
 */
export async function ensureFreshFigures(workspaceIds: string[], today = new Date(), only: { investmentId?: string } = {}): Promise<void> {
  if (workspaceIds.length === 0) return;
  const db = getDb();
  const asOf = currentPeriod(today);
  const due = await db.$queryRaw<{ id: string; workspaceId: string; missing: boolean }[]>`
    SELECT i.id, i."workspaceId", f."investmentId" IS NULL AS missing
    FROM "Investment" i LEFT JOIN "InvestmentFigures" f ON f."investmentId" = i.id
    WHERE i."workspaceId" = ANY(${workspaceIds}) AND (f."investmentId" IS NULL OR f."asOfPeriod" <> ${asOf})
      AND (${only.investmentId ?? null}::text IS NULL OR i.id = ${only.investmentId ?? null}::text)`;
  if (due.length === 0) return;
  for (const item of due.filter((d) => d.missing)) {
    await db.$transaction((tx) => refreshInvestmentFigures(tx, { workspaceId: item.workspaceId, investmentId: item.id, today }), { timeout: 600_000, maxWait: 600_000 });
  }
  const stale = due.filter((d) => !d.missing);
  for (let i = 0; i < stale.length; i += STALE_BATCH) {
    const batch = stale.slice(i, i + STALE_BATCH).map((d) => d.id);
    await db.$transaction(
      async (tx) => {
        const free = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Investment" WHERE id = ANY(${batch}) ORDER BY id FOR UPDATE SKIP LOCKED`;
        if (free.length === 0) return;
        const investments = await tx.investment.findMany({ where: { id: { in: free.map((f) => f.id) } }, include: INVESTMENT_DETAIL_INCLUDE });
        const storedViews = await tx.investmentFigures.findMany({ where: { investmentId: { in: free.map((f) => f.id) } }, select: { investmentId: true, counted: true, archived: true } });
        const views = new Map(storedViews.map((v) => [v.investmentId, { counted: v.counted, archived: v.archived }]));
        const settings = new Map<string, EvaluationSettings>();
        for (const investment of investments) {
          let workspaceSettings = settings.get(investment.workspaceId);
          if (!workspaceSettings) {
            workspaceSettings = await settingsOf(tx, investment.workspaceId);
            settings.set(investment.workspaceId, workspaceSettings);
          }
          const { figures } = evaluateFigures(investment, workspaceSettings, today);
          await writeFigures(tx, figures, asOf, views.get(investment.id) ?? null, today);
        }
      },
      { timeout: 600_000, maxWait: 600_000 },
    );
  }
}

/** The daily job's warm-up: every workspace's figures evaluated as of today's month, so the first visit of a month is fast. */
export async function ensureFreshFiguresEverywhere(today = new Date()): Promise<number> {
  const workspaces = await getDb().workspace.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  for (const { id } of workspaces) await ensureFreshFigures([id], today);
  return workspaces.length;
}
