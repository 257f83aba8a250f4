import type { ActionResult } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/record-audit";
import type { WorkspaceContext } from "@/lib/auth/workspace-gate";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError, conflictError, notFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { periodToDate } from "@/lib/investments/months";
import { lockInvestment } from "@/lib/investments/mutations";
import { findCurrentVersion } from "@/lib/investments/plan-versions";
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

/** Both sides of a refused save, so the UI can let the user choose. theirs is null when the month was deleted. */
export type ActualsConflict = {
  month: string;
  yours: ActualsValues & { baseRevision: number | null };
  theirs: SavedActuals | null;
};

export class ActualsConflictError extends AppError {
  constructor(readonly conflict: ActualsConflict) {
    super("CONFLICT", CONFLICT_MESSAGE);
  }
}

type MonthRef = { workspaceId: string; investmentId: string; month: Date; period: string };

async function loadMonth(tx: Tx, ref: MonthRef): Promise<(SavedActuals & { id: string }) | null> {
  const row = await tx.actualMonth.findFirst({
    where: { workspaceId: ref.workspaceId, investmentId: ref.investmentId, month: ref.month },
    include: { planVersion: { select: { version: true } } },
  });
  if (!row) return null;
  const measurements = await tx.kpiMeasurement.findMany({
    where: {
      workspaceId: ref.workspaceId,
      month: ref.month,
      kpi: { investmentId: ref.investmentId, workspaceId: ref.workspaceId },
    },
    select: { kpiId: true, value: true },
  });
  return {
    id: row.id,
    month: ref.period,
    cost: row.cost.toFixed(2),
    benefit: row.benefit.toFixed(2),
    benefitByDriver: (row.benefitByDriver as Record<string, string> | null) ?? null,
    note: row.note,
    kpiValues: Object.fromEntries(measurements.map((m) => [m.kpiId, m.value.toString()])),
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

async function writeKpiValues(tx: Tx, ref: MonthRef, values: Record<string, string | null>) {
  for (const [kpiId, value] of Object.entries(values)) {
    if (value === null) {
      await tx.kpiMeasurement.deleteMany({ where: { kpiId, month: ref.month, workspaceId: ref.workspaceId } });
    } else {
      await tx.kpiMeasurement.upsert({
        where: { kpiId_month: { kpiId, month: ref.month } },
        create: { workspaceId: ref.workspaceId, kpiId, month: ref.month, value },
        update: { value },
      });
    }
  }
}

const withoutId = <T extends { id: string }>(row: T | null) => {
  if (!row) return null;
  const { id: _id, ...rest } = row;
  return rest;
};

/**
 * Saves one month. The save names the revision it was based on; if the month changed
 * (or appeared, or vanished) since, nothing is written and both versions come back.
 */
export async function saveActuals(ctx: WorkspaceContext, input: SaveActualsData): Promise<SavedActuals> {
  const workspaceId = ctx.workspace.id;
  return getDb().$transaction(async (tx) => {
    // The investment row lock serialises saves of the same investment, so two first saves
    // of one month cannot both see "no row yet".
    const investment = await lockInvestment(tx, workspaceId, input.investmentId);
    assertRecordableMonth(investment, input.month);
    const ref = { workspaceId, investmentId: investment.id, month: periodToDate(input.month), period: input.month };
    await assertOwnKpis(tx, ref, Object.keys(input.kpiValues));

    const before = await loadMonth(tx, ref);
    if ((before?.revision ?? null) !== input.baseRevision) {
      const { investmentId: _i, month: _m, ...yours } = input;
      throw new ActualsConflictError({ month: input.month, yours, theirs: withoutId(before) });
    }

    const version = await findCurrentVersion(tx, workspaceId, investment.id);
    const data = {
      cost: input.cost,
      benefit: input.benefit,
      benefitByDriver: input.benefitByDriver ?? Prisma.DbNull,
      note: input.note,
      planVersionId: version?.id ?? null,
      recordedById: ctx.user.id,
      recordedByName: ctx.user.name,
    };
    const row = before
      ? await tx.actualMonth.update({ where: { id: before.id }, data: { ...data, revision: { increment: 1 } } })
      : await tx.actualMonth.create({ data: { ...data, workspaceId, investmentId: investment.id, month: ref.month } });
    await writeKpiValues(tx, ref, input.kpiValues);

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
    return withoutId(after) as SavedActuals;
  });
}

/** Removes a month's actuals and its KPI measurements, so the month is missing again. */
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
  });
}

/** saveActualsAction's answer: a refused save carries both versions beside the usual failure fields. */
export type SaveActualsResult =
  ActionResult<SavedActuals> | (Extract<ActionResult, { ok: false }> & { conflict: ActualsConflict });
