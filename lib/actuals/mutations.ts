import type { ActionResult } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/record-audit";
import type { WorkspaceContext } from "@/lib/auth/workspace-gate";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError, conflictError, notFoundError } from "@/lib/errors";
import { periodToDate } from "@/lib/investments/months";
import { lockInvestment } from "@/lib/investments/mutations";
import { findCurrentVersion } from "@/lib/investments/plan-versions";
import { swapKpiValue } from "@/lib/kpis/swap-kpi-value";
import { refreshInvestmentFigures } from "@/lib/portfolio/refresh";
import { activateOnActuals } from "./activate-on-actuals";
import { recordActualsRecorded, recordedMonthData } from "./actuals-recorded";
import { assertRecordableMonth } from "./recordable-month";
import type { ActualsValues, SaveActualsData } from "./schemas";

export const CONFLICT_MESSAGE = "Someone else saved this month after you opened it";
export const DELETE_CONFLICT_MESSAGE =
  "Someone else changed or deleted this month after you opened it. Reload to see the current values.";

/** A month as stored: the values, its revision and who saved it when. */
export type SavedActuals = Omit<ActualsValues, "kpiValues"> & {
  month: string;
  kpiValues: Record<string, string>;
  revision: number;
  recordedByName: string;
  updatedAt: string;
  planVersion: number | null;
};

/**
 * Both sides of a refused save, so the UI can let the user choose. theirs is null when the
 * month has no actuals (deleted, or never recorded); theirKpiValues are the month's KPI
 * values now, also when it has no actuals.
 */
export type ActualsConflict = {
  month: string;
  yours: ActualsValues & { baseRevision: number | null };
  theirs: SavedActuals | null;
  theirKpiValues: Record<string, string>;
};

export class ActualsConflictError extends AppError {
  constructor(readonly conflict: ActualsConflict) {
    super("CONFLICT", CONFLICT_MESSAGE);
  }
}

type MonthRef = { workspaceId: string; investmentId: string; month: Date; period: string };

// A month's write is a few statements, but the stored figures are refreshed in the same
// transaction; a busy machine must not turn that into a rolled-back save (Prisma's default
// is 5 s, and 2 s to get a connection).
const MONTH_WRITE = { timeout: 60_000, maxWait: 15_000 };

async function loadKpiValues(tx: Tx, ref: MonthRef): Promise<Record<string, string>> {
  const measurements = await tx.kpiMeasurement.findMany({
    where: {
      workspaceId: ref.workspaceId,
      month: ref.month,
      kpi: { investmentId: ref.investmentId, workspaceId: ref.workspaceId },
    },
    select: { kpiId: true, value: true },
  });
  return Object.fromEntries(measurements.map((m) => [m.kpiId, m.value.toString()]));
}

async function loadMonth(tx: Tx, ref: MonthRef): Promise<(SavedActuals & { id: string }) | null> {
  const row = await tx.actualMonth.findFirst({
    where: { workspaceId: ref.workspaceId, investmentId: ref.investmentId, month: ref.month },
    include: { planVersion: { select: { version: true } } },
  });
  if (!row) return null;
  return {
    id: row.id,
    month: ref.period,
    cost: row.cost.toFixed(2),
    benefit: row.benefit.toFixed(2),
    benefitByDriver: (row.benefitByDriver as Record<string, string> | null) ?? null,
    note: row.note,
    kpiValues: await loadKpiValues(tx, ref),
    revision: row.revision,
    recordedByName: row.recordedByName,
    updatedAt: row.updatedAt.toISOString(),
    planVersion: row.planVersion?.version ?? null,
  };
}

/** Every KPI named in the save must belong to this investment in this workspace. */
async function assertOwnKpis(tx: Tx, ref: MonthRef, kpiIds: string[]) {
  if (kpiIds.length === 0) return;
  const found = await tx.kpi.count({
    where: { id: { in: kpiIds }, workspaceId: ref.workspaceId, investmentId: ref.investmentId },
  });
  if (found !== kpiIds.length) throw notFoundError();
}

/** Writes the month's KPI values; false (and the caller rolls back) when one changed since the user saw it. */
async function writeKpiValues(tx: Tx, ref: MonthRef, input: Pick<SaveActualsData, "kpiValues" | "kpiBase">) {
  for (const [kpiId, value] of Object.entries(input.kpiValues)) {
    // The KPI section writes measurements without the investment lock: each write is conditional.
    const at = { workspaceId: ref.workspaceId, kpiId, month: ref.month };
    if (!(await swapKpiValue(tx, at, input.kpiBase[kpiId] ?? null, value))) return false;
  }
  return true;
}

async function conflictOf(tx: Tx, ref: MonthRef, input: SaveActualsData, theirs: SavedActuals | null) {
  const { investmentId: _i, month: _m, kpiBase: _b, ...yours } = input;
  return new ActualsConflictError({ month: input.month, yours, theirs, theirKpiValues: await loadKpiValues(tx, ref) });
}

const withoutId = <T extends { id: string }>(row: T | null) => {
  if (!row) return null;
  const { id: _id, ...rest } = row;
  return rest;
};

/** Thrown inside the save's transaction when a KPI value changed since the user saw it, so the save rolls back. */
class KpiChangedMeanwhile extends Error {
  constructor(readonly ref: MonthRef) {
    super("A KPI value changed meanwhile");
  }
}

/**
 * Saves one month. The save names the revision it was based on (and, per KPI value it
 * changes, the value it saw); if the month changed (or appeared, or vanished) since, or a
 * KPI value was recorded meanwhile, nothing is written and both versions come back.
 */
export async function saveActuals(ctx: WorkspaceContext, input: SaveActualsData, today = new Date()): Promise<SavedActuals> {
  try {
    return await saveMonth(ctx, input, today);
  } catch (error) {
    if (!(error instanceof KpiChangedMeanwhile)) throw error;
    // Rolled back: their side is the month as it is now.
    const db = getDb();
    throw await conflictOf(db, error.ref, input, withoutId(await loadMonth(db, error.ref)));
  }
}

async function saveMonth(ctx: WorkspaceContext, input: SaveActualsData, today: Date): Promise<SavedActuals> {
  const workspaceId = ctx.workspace.id;
  return getDb().$transaction(async (tx) => {
    // The investment row lock serialises saves of the same investment, so two first saves
    // of one month cannot both see "no row yet".
    const investment = await lockInvestment(tx, workspaceId, input.investmentId);
    assertRecordableMonth(investment, input.month, { today });
    const ref = { workspaceId, investmentId: investment.id, month: periodToDate(input.month), period: input.month };
    await assertOwnKpis(tx, ref, Object.keys(input.kpiValues));

    const before = await loadMonth(tx, ref);
    if ((before?.revision ?? null) !== input.baseRevision) throw await conflictOf(tx, ref, input, withoutId(before));

    const version = await findCurrentVersion(tx, workspaceId, investment.id);
    const data = recordedMonthData(ctx, version?.id ?? null, input);
    const row = before
      ? await tx.actualMonth.update({ where: { id: before.id }, data: { ...data, revision: { increment: 1 } } })
      : await tx.actualMonth.create({ data: { ...data, workspaceId, investmentId: investment.id, month: ref.month } });
    if (!(await writeKpiValues(tx, ref, input))) throw new KpiChangedMeanwhile(ref);

    const after = await loadMonth(tx, ref);
    if (!after) throw new Error("The saved month could not be read back");
    await recordAudit(tx, {
      workspaceId,
      actorId: ctx.user.id,
      action: "actuals.save",
      entityType: "ActualMonth",
      entityId: row.id,
      before: withoutId(before),
      after: { ...withoutId(after), investmentId: investment.id },
    });
    const activated = await activateOnActuals(tx, investment, ctx.user.id);
    // A status change touches every month's figures, not only this one.
    await refreshInvestmentFigures(tx, { workspaceId, investmentId: investment.id, fromMonth: activated ? null : ref.month, today });
    await recordActualsRecorded(tx, { workspaceId, investment, source: data.source, months: [after], occurredAt: today });
    return withoutId(after) as SavedActuals;
  }, MONTH_WRITE);
}

/** Removes a month's actuals and its KPI measurements, so the month is missing again (no event: nothing was recorded). */
export async function deleteActuals(
  ctx: WorkspaceContext,
  input: { investmentId: string; month: string; baseRevision: number },
) {
  const workspaceId = ctx.workspace.id;
  await getDb().$transaction(async (tx) => {
    const investment = await lockInvestment(tx, workspaceId, input.investmentId);
    const ref = { workspaceId, investmentId: investment.id, month: periodToDate(input.month), period: input.month };
    const before = await loadMonth(tx, ref);
    if (!before || before.revision !== input.baseRevision) throw conflictError(DELETE_CONFLICT_MESSAGE);
    await tx.actualMonth.delete({ where: { id: before.id } });
    await tx.kpiMeasurement.deleteMany({
      where: { workspaceId, month: ref.month, kpi: { investmentId: investment.id, workspaceId } },
    });
    await recordAudit(tx, {
      workspaceId,
      actorId: ctx.user.id,
      action: "actuals.delete",
      entityType: "ActualMonth",
      entityId: before.id,
      before: { ...withoutId(before), investmentId: investment.id },
    });
    await refreshInvestmentFigures(tx, { workspaceId, investmentId: investment.id, fromMonth: ref.month });
  }, MONTH_WRITE);
}

/** saveActualsAction's answer: a refused save carries both versions beside the usual failure fields. */
export type SaveActualsResult =
  ActionResult<SavedActuals> | (Extract<ActionResult, { ok: false }> & { conflict: ActualsConflict });
