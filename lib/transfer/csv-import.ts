import { activateOnActuals } from "@/lib/actuals/activate-on-actuals";
import { recordActualsRecorded } from "@/lib/actuals/actuals-recorded";
import { recordAudit } from "@/lib/audit/record-audit";
import type { WorkspaceContext } from "@/lib/auth/workspace-gate";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { currentPeriod, dateToPeriod, periodToDate } from "@/lib/investments/months";
import { lockInvestment } from "@/lib/investments/mutations";
import { findCurrentVersion } from "@/lib/investments/plan-versions";
import { refreshInvestmentFigures } from "@/lib/portfolio/refresh";
import { csvErrorsToFieldErrors } from "./csv-errors";
import { analyseActualsTable, checkCsvText, readCsvTable, type CsvError } from "./csv-parse";
import type { ImportActualsCsvInput } from "./schemas";

export const CSV_PROBLEMS_MESSAGE = "The file has problems; nothing was imported";
const NOTHING_TO_IMPORT = "The file has no month with amounts to import";

const csvFailure = (errors: CsvError[]) => new AppError("INVALID_INPUT", CSV_PROBLEMS_MESSAGE, csvErrorsToFieldErrors(errors));

/** Generous on purpose: a busy machine must not roll back a valid import half-way (Prisma's default is 5 s). */
export const CSV_IMPORT_TRANSACTION = { timeout: 10 * 60_000, maxWait: 30_000 };

type Recorded = { planVersionId: string | null; recordedById: string; recordedByName: string; source: string };
type ReplacedRow = { id: string; cost: string; benefit: string; note: string };

/**
 * Overwrites existing months in one statement, whatever their number. Amounts travel as
 * text and are cast to numeric by Postgres, so they stay exact. The time stamp is the
 * app's clock, as Prisma's @updatedAt uses, not the database's. The file gives a total
 * benefit, so an earlier per-driver breakdown no longer holds.
 */
async function replaceMonths(tx: Tx, scope: { workspaceId: string; investmentId: string }, rows: ReplacedRow[], recorded: Recorded) {
  if (rows.length === 0) return;
  const count = await tx.$executeRaw`
    UPDATE "ActualMonth" AS a
    SET "cost" = v.cost::numeric,
        "benefit" = v.benefit::numeric,
        "note" = v.note,
        "benefitByDriver" = NULL,
        "revision" = a."revision" + 1,
        "planVersionId" = ${recorded.planVersionId},
        "recordedById" = ${recorded.recordedById},
        "recordedByName" = ${recorded.recordedByName},
        "source" = ${recorded.source},
        "updatedAt" = (${new Date().toISOString()}::timestamptz AT TIME ZONE 'UTC')
    FROM unnest(${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.cost)}::text[], ${rows.map((r) => r.benefit)}::text[], ${rows.map((r) => r.note)}::text[])
      AS v(id, cost, benefit, note)
    WHERE a."id" = v.id AND a."workspaceId" = ${scope.workspaceId} AND a."investmentId" = ${scope.investmentId}`;
  // The investment's row lock keeps the months in place; anything else is a bug, and the import rolls back.
  if (count !== rows.length) throw new Error(`Replacing ${rows.length} months updated ${count} rows`);
}

/**
 * Imports monthly actuals from CSV text, all or nothing: the file is checked row by row
 * against the investment under a row lock, and a single problem means nothing is written.
 * Months that already have actuals are overwritten only when the user asked for it.
 */
export async function importActualsCsv(ctx: WorkspaceContext, input: ImportActualsCsvInput, today = new Date()) {
  // Size and encoding are refused before any parsing; reading the table is the costly part
  // and happens outside the transaction.
  const checked = checkCsvText(input.csvText);
  if (!checked.ok) throw csvFailure([checked.error]);
  const table = readCsvTable(checked.text);
  const workspaceId = ctx.workspace.id;
  return getDb().$transaction(
    async (tx) => {
      const investment = await lockInvestment(tx, workspaceId, input.investmentId);
      const existing = await tx.actualMonth.findMany({ where: { investmentId: investment.id, workspaceId }, select: { id: true, month: true } });
      const existingIds = new Map(existing.map((row) => [dateToPeriod(row.month), row.id]));
      const result = analyseActualsTable(table, {
        mapping: input.mapping,
        decimalFormat: input.decimalFormat,
        startMonth: dateToPeriod(investment.startMonth),
        horizonMonths: investment.horizonMonths,
        currentPeriod: currentPeriod(today),
        existingPeriods: [...existingIds.keys()],
        replaceExisting: input.replaceExisting,
      });
      if (result.errors.length > 0) throw csvFailure(result.errors);
      if (result.rows.length === 0) throw new AppError("INVALID_INPUT", NOTHING_TO_IMPORT, { file: [NOTHING_TO_IMPORT] });

      const version = await findCurrentVersion(tx, workspaceId, investment.id);
      // The grid shows that these months came from a file, new or replaced alike.
      const recorded = { planVersionId: version?.id ?? null, recordedById: ctx.user.id, recordedByName: ctx.user.name, source: "csv" };
      const created = result.rows.filter((row) => !existingIds.has(row.period));
      const replaced = result.rows.flatMap((row) => {
        const id = existingIds.get(row.period);
        return id ? [{ ...row, id }] : [];
      });
      await tx.actualMonth.createMany({
        data: created.map((row) => ({
          workspaceId,
          investmentId: investment.id,
          month: periodToDate(row.period),
          cost: row.cost,
          benefit: row.benefit,
          note: row.note,
          ...recorded,
        })),
      });
      await replaceMonths(tx, { workspaceId, investmentId: investment.id }, replaced, recorded);
      const mapping = { month: input.mapping.month, cost: input.mapping.cost, benefit: input.mapping.benefit, ...(input.mapping.note ? { note: input.mapping.note } : {}) };
      await tx.csvMapping.upsert({ where: { workspaceId }, create: { workspaceId, mapping }, update: { mapping } });
      const periods = result.rows.map((row) => row.period).sort();
      const summary = {
        rows: result.rows.length,
        created: created.length,
        replaced: replaced.length,
        from: periods[0] ?? null,
        to: periods.at(-1) ?? null,
        mapping,
        decimalFormat: result.formats.decimal,
        monthFormat: result.formats.month,
        replaceExisting: input.replaceExisting,
      };
      await recordAudit(tx, { workspaceId, actorId: ctx.user.id, action: "actuals.import-csv", entityType: "Investment", entityId: investment.id, after: summary });
      const saved = await tx.actualMonth.findMany({
        where: { workspaceId, investmentId: investment.id, month: { in: periods.map(periodToDate) } },
        select: { month: true, cost: true, benefit: true, revision: true },
        orderBy: { month: "asc" },
      });
      await recordActualsRecorded(tx, {
        workspaceId,
        investment: { id: investment.id, name: investment.name, currency: investment.currency },
        source: "csv",
        months: saved.map((m) => ({ month: dateToPeriod(m.month), cost: m.cost.toFixed(2), benefit: m.benefit.toFixed(2), revision: m.revision })),
      });
      const activated = await activateOnActuals(tx, investment, ctx.user.id);
      // A status change touches every month's figures; otherwise they change from the earliest imported month on.
      const fromMonth = activated ? null : periodToDate(periods[0] as string);
      await refreshInvestmentFigures(tx, { workspaceId, investmentId: investment.id, fromMonth, today });
      return { imported: summary.rows, created: summary.created, replaced: summary.replaced };
    },
    CSV_IMPORT_TRANSACTION,
  );
}
