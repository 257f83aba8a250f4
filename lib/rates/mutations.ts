import Decimal from "decimal.js";
import { recordAudit } from "@/lib/audit/record-audit";
import { canWrite } from "@/lib/auth/roles";
import type { WorkspaceContext } from "@/lib/auth/workspace-gate";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError, conflictError, isUniqueViolation, notFoundError } from "@/lib/errors";
import { periodToDate } from "@/lib/investments/months";
import { RATE_SELECT, rateConflicts, toRateRow, type RateConflict, type RateRow } from "./queries";
import { RATE_SOURCES, importedRateProblem, type ImportConflictChoice, type ImportedRate, type RateSource, type SaveRateData } from "./schemas";

// Writes of a workspace's exchange rates. Conversion happens when figures are read
// (lib/currency), so a changed rate needs no refresh of stored figures: each write is the
// row(s) and one audit entry, in one transaction.

export const CONCURRENT_RATE_EDIT_MESSAGE = "Someone else changed this rate after you opened it. Reload to see the current rate.";
export const RATE_IMPORT_CONFLICTS_MESSAGE =
  "Some months in the file already have another rate; nothing was imported. Choose whether to keep or replace them.";
export const RATE_IMPORT_INVALID_MESSAGE = "The file has problems; nothing was imported";
export const RATE_IMPORT_EMPTY_MESSAGE = "The file has no rates to import";
/** The conflicts named one by one in a refused import; the rest are counted. */
const LISTED_CONFLICTS = 50;
/** Replaced rates listed in the import's audit entry; the rest are counted. */
const AUDITED_REPLACEMENTS = 500;

/** Generous: a full ECB history is some 10,000 rates (Prisma's default is 5 s). */
export const RATE_IMPORT_TRANSACTION = { timeout: 5 * 60_000, maxWait: 30_000 };

/** "USD → EUR already has a rate for 2026-07: 0.92; …" — the month's stored rate, named. */
export const existingRateMessage = (r: { from: string; to: string; month: string; rate: string }) =>
  `${r.from} → ${r.to} already has a rate for ${r.month}: ${r.rate}; replace it or choose another month`;
/** One conflict of a refused import: "USD → EUR 2026-07: 0.92 now, 0.93 in the file". */
export const importConflictMessage = (c: Pick<RateConflict, "from" | "to" | "period" | "existing" | "incoming">) =>
  `${c.from} → ${c.to} ${c.period}: ${c.existing} now, ${c.incoming} in the file`;
export const moreConflictsMessage = (count: number) => `…and ${count} more months with another rate`;

/** Owners and editors keep the rate table; viewers read it. */
function assertMayWriteRates(ctx: WorkspaceContext) {
  if (!canWrite(ctx.role)) throw new AppError("FORBIDDEN", `This needs the editor role; you are ${ctx.role}`);
}

const concurrentEdit = () => conflictError(CONCURRENT_RATE_EDIT_MESSAGE, { rate: [CONCURRENT_RATE_EDIT_MESSAGE] });

function existingRateConflict(row: Parameters<typeof toRateRow>[0]) {
  const message = existingRateMessage(toRateRow(row));
  return conflictError(message, { month: [message] });
}

const rateSelect = RATE_SELECT;

/** What an audit entry keeps of a rate. */
const audited = (row: RateRow) => ({ from: row.from, to: row.to, month: row.month, rate: row.rate, source: row.source, sourceDetail: row.sourceDetail });

const keyWhere = (workspaceId: string, input: { from: string; to: string; month: string }) => ({
  workspaceId_fromCurrency_toCurrency_month: { workspaceId, fromCurrency: input.from, toCurrency: input.to, month: periodToDate(input.month) },
});

/**
 * Enters one month's rate by hand (source "manual"). A month that already has a rate for
 * the pair is a CONFLICT naming that rate, unless `replace`. With `id`, the row being edited;
 * with `expectedUpdatedAt` (the row as the user opened it), a save over someone else's newer
 * change is refused instead of overwriting it.
 */
export async function saveRate(ctx: WorkspaceContext, input: SaveRateData): Promise<RateRow> {
  assertMayWriteRates(ctx);
  const workspaceId = ctx.workspace.id;
  const data = {
    fromCurrency: input.from,
    toCurrency: input.to,
    month: periodToDate(input.month),
    rate: input.rate,
    source: "manual" satisfies RateSource,
    sourceDetail: "",
    enteredById: ctx.user.id,
    enteredByName: ctx.user.name,
  };
  try {
    return await getDb().$transaction(async (tx) => {
      const target = input.id
        ? await tx.exchangeRate.findFirst({ where: { id: input.id, workspaceId }, select: rateSelect })
        : await tx.exchangeRate.findUnique({ where: keyWhere(workspaceId, input), select: rateSelect });
      if (input.id && !target) throw notFoundError();
      if (target && input.expectedUpdatedAt && target.updatedAt.toISOString() !== input.expectedUpdatedAt) throw concurrentEdit();

      if (!target) {
        const created = await tx.exchangeRate.create({ data: { workspaceId, ...data }, select: rateSelect });
        const row = toRateRow(created);
        await recordAudit(tx, { workspaceId, actorId: ctx.user.id, action: "exchange-rate.create", entityType: "ExchangeRate", entityId: row.id, after: audited(row) });
        return row;
      }

      // A new rate for a month that has one, or an edit moved onto such a month.
      const clash = input.id ? await tx.exchangeRate.findUnique({ where: keyWhere(workspaceId, input), select: rateSelect }) : target;
      let displaced: RateRow | null = null;
      if (clash && clash.id !== input.id) {
        if (!input.replace) throw existingRateConflict(clash);
        if (input.id) {
          displaced = toRateRow(clash);
          await tx.exchangeRate.delete({ where: { id: clash.id } });
        }
      }
      // Written only if the row is still as read: a concurrent save in between makes this a conflict.
      const { count } = await tx.exchangeRate.updateMany({ where: { id: target.id, workspaceId, updatedAt: target.updatedAt }, data });
      if (count !== 1) throw concurrentEdit();
      const after = toRateRow(await tx.exchangeRate.findUniqueOrThrow({ where: { id: target.id }, select: rateSelect }));
      const before = toRateRow(target);
      await recordAudit(tx, {
        workspaceId,
        actorId: ctx.user.id,
        action: input.id ? "exchange-rate.update" : "exchange-rate.replace",
        entityType: "ExchangeRate",
        entityId: target.id,
        before: displaced ? { ...audited(before), replaced: audited(displaced) } : audited(before),
        after: audited(after),
      });
      return after;
    });
  } catch (error) {
    // Two people adding the same month at once: the second sees the first one's rate.
    if (!isUniqueViolation(error)) throw error;
    const existing = await getDb().exchangeRate.findUnique({ where: keyWhere(workspaceId, input), select: rateSelect });
    if (existing) throw existingRateConflict(existing);
    throw error;
  }
}

/** Deletes one rate of the workspace; another workspace's id is NOT_FOUND. */
export async function deleteRate(ctx: WorkspaceContext, id: string, expectedUpdatedAt?: string): Promise<void> {
  assertMayWriteRates(ctx);
  const workspaceId = ctx.workspace.id;
  await getDb().$transaction(async (tx) => {
    const row = await tx.exchangeRate.findFirst({ where: { id, workspaceId }, select: rateSelect });
    if (!row) throw notFoundError();
    if (expectedUpdatedAt && row.updatedAt.toISOString() !== expectedUpdatedAt) throw concurrentEdit();
    const { count } = await tx.exchangeRate.deleteMany({ where: { id, workspaceId, updatedAt: row.updatedAt } });
    if (count !== 1) throw concurrentEdit();
    await recordAudit(tx, { workspaceId, actorId: ctx.user.id, action: "exchange-rate.delete", entityType: "ExchangeRate", entityId: id, before: audited(toRateRow(row)) });
  });
}

export type RateImportInput = {
  rates: readonly ImportedRate[];
  source: RateSource;
  /** The file name ("eurofxref-hist.csv"). */
  sourceDetail: string;
  /** What to do with months that already have another rate: refuse the file (default), keep the stored rate, or replace it. */
  onConflict?: ImportConflictChoice;
};

export type RateImportResult = {
  /** Rates in the file. */
  total: number;
  created: number;
  replaced: number;
  kept: number;
  /** Already stored with the same value: nothing to do. */
  unchanged: number;
};

const invalidImport = (messages: string[]) => new AppError("INVALID_INPUT", RATE_IMPORT_INVALID_MESSAGE, { file: messages });

/** Refuses a list that cannot be stored as a whole: a bad rate, or a pair-month twice. */
function checkImportedRates(rates: readonly ImportedRate[]) {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const rate of rates) {
    const problem = importedRateProblem(rate);
    if (problem) problems.push(`${rate.from} → ${rate.to} ${rate.period}: ${problem}`);
    const key = `${rate.from}>${rate.to}@${rate.period}`;
    if (seen.has(key)) problems.push(`${rate.from} → ${rate.to} ${rate.period}: this month is in the file twice`);
    seen.add(key);
    if (problems.length >= LISTED_CONFLICTS) break;
  }
  if (problems.length > 0) throw invalidImport(problems);
  if (rates.length === 0) throw new AppError("INVALID_INPUT", RATE_IMPORT_EMPTY_MESSAGE, { file: [RATE_IMPORT_EMPTY_MESSAGE] });
}

/**
 * Overwrites stored rates in one statement, whatever their number. Rates travel as text and
 * are cast to numeric by Postgres, so they stay exact; the time stamp is the app's clock, as
 * Prisma's @updatedAt uses.
 */
async function replaceRates(tx: Tx, workspaceId: string, rows: { id: string; rate: string }[], entered: { source: string; sourceDetail: string; enteredById: string; enteredByName: string }) {
  if (rows.length === 0) return;
  const count = await tx.$executeRaw`
    UPDATE "ExchangeRate" AS r
    SET "rate" = v.rate::numeric,
        "source" = ${entered.source},
        "sourceDetail" = ${entered.sourceDetail},
        "enteredById" = ${entered.enteredById},
        "enteredByName" = ${entered.enteredByName},
        "updatedAt" = (${new Date().toISOString()}::timestamptz AT TIME ZONE 'UTC')
    FROM unnest(${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.rate)}::text[]) AS v(id, rate)
    WHERE r."id" = v.id AND r."workspaceId" = ${workspaceId}`;
  if (count !== rows.length) throw new Error(`Replacing ${rows.length} rates updated ${count} rows`);
}

/**
 * Imports a file's rates, all or nothing, in one transaction. Months whose pair already has
 * another rate: "fail" refuses the whole file naming each (stored and new rate), "keep"
 * leaves the stored rate, "replace" overwrites it. The same value is counted as unchanged.
 */
export async function importRates(ctx: WorkspaceContext, input: RateImportInput): Promise<RateImportResult> {
  assertMayWriteRates(ctx);
  if (!(RATE_SOURCES as readonly string[]).includes(input.source)) throw new Error(`Unknown rate source ${input.source}`);
  checkImportedRates(input.rates);
  const rates = input.rates.map((r) => ({ from: r.from, to: r.to, period: r.period, rate: new Decimal(r.rate).toFixed() }));
  const onConflict = input.onConflict ?? "fail";
  const workspaceId = ctx.workspace.id;
  const entered = { source: input.source, sourceDetail: input.sourceDetail.slice(0, 200), enteredById: ctx.user.id, enteredByName: ctx.user.name };
  return getDb().$transaction(async (tx) => {
    // One import at a time per workspace: the comparison below holds for the writes after it.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`exchange-rates:${workspaceId}`}))`;
    const comparison = await rateConflicts(workspaceId, rates, tx);
    const { fresh, unchanged, conflicts } = comparison;
    if (conflicts.length > 0 && onConflict === "fail") {
      const listed = conflicts.slice(0, LISTED_CONFLICTS).map(importConflictMessage);
      if (conflicts.length > LISTED_CONFLICTS) listed.push(moreConflictsMessage(conflicts.length - LISTED_CONFLICTS));
      throw conflictError(RATE_IMPORT_CONFLICTS_MESSAGE, { file: listed });
    }
    await tx.exchangeRate.createMany({
      data: fresh.map((r) => ({ workspaceId, fromCurrency: r.from, toCurrency: r.to, month: periodToDate(r.period), rate: r.rate, ...entered })),
    });
    const replaced = onConflict === "replace" ? conflicts : [];
    await replaceRates(tx, workspaceId, replaced.map((c) => ({ id: c.existingId, rate: c.incoming })), entered);
    const result: RateImportResult = {
      total: rates.length,
      created: fresh.length,
      replaced: replaced.length,
      kept: onConflict === "keep" ? conflicts.length : 0,
      unchanged: unchanged.length,
    };
    const periods = rates.map((r) => r.period).sort();
    await recordAudit(tx, {
      workspaceId,
      actorId: ctx.user.id,
      action: "exchange-rate.import",
      entityType: "ExchangeRate",
      after: {
        ...result,
        source: entered.source,
        sourceDetail: entered.sourceDetail,
        onConflict,
        pairs: [...new Set(rates.map((r) => `${r.from}>${r.to}`))].sort(),
        from: periods[0],
        to: periods.at(-1),
        replacedRates: replaced.slice(0, AUDITED_REPLACEMENTS).map((c) => ({ from: c.from, to: c.to, month: c.period, before: c.existing, after: c.incoming })),
      },
    });
    return result;
  }, RATE_IMPORT_TRANSACTION);
}
