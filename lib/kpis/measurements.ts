import type { ActionResult } from "@/lib/actions/result";
import { assertRecordableMonth } from "@/lib/actuals/recordable-month";
import { recordAudit } from "@/lib/audit/record-audit";
import type { WorkspaceContext } from "@/lib/auth/workspace-gate";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError, notFoundError } from "@/lib/errors";
import { periodToDate } from "@/lib/investments/months";
import { lockInvestment } from "@/lib/investments/mutations";
import { refreshInvestmentFigures } from "@/lib/portfolio/refresh";
import { swapKpiValue } from "./swap-kpi-value";

// KPI values written through the KPI section. Each write names the value it was based on
// (null: "there was no measurement") and happens only if the measurement still holds it:
// one conditional statement decides, so of many writes based on the same state exactly
// one wins. A write also moves the month's revision on, so an actuals grid save based on
// the month as it was before is refused as a conflict instead of overwriting the value.

export const MEASUREMENT_CONFLICT_MESSAGE = "Someone else changed this KPI value after you opened it";

/** Both sides of a refused KPI write. yours is null for a delete; theirs is null when there is no measurement now. */
export type MeasurementConflict = { kpiId: string; month: string; yours: string | null; theirs: string | null };

export class MeasurementConflictError extends AppError {
  constructor(readonly conflict: MeasurementConflict) {
    super("CONFLICT", MEASUREMENT_CONFLICT_MESSAGE);
  }
}

/** The answer of the measurement actions: a refused write carries both values beside the usual failure fields. */
export type MeasurementResult =
  ActionResult | (Extract<ActionResult, { ok: false }> & { conflict: MeasurementConflict });

type MeasurementRef = { workspaceId: string; kpiId: string; investmentId: string; month: Date; period: string };

/** The KPI (by id *and* workspace) and the month, or NOT_FOUND. */
async function findRef(workspaceId: string, kpiId: string, period: string) {
  const kpi = await getDb().kpi.findFirst({
    where: { id: kpiId, workspaceId },
    select: { id: true, investment: { select: { id: true, startMonth: true, horizonMonths: true } } },
  });
  if (!kpi) throw notFoundError();
  const ref: MeasurementRef = {
    workspaceId,
    kpiId: kpi.id,
    investmentId: kpi.investment.id,
    month: periodToDate(period),
    period,
  };
  return { ref, investment: kpi.investment };
}

async function currentValue(ref: MeasurementRef): Promise<string | null> {
  const found = await getDb().kpiMeasurement.findFirst({
    where: { kpiId: ref.kpiId, month: ref.month, workspaceId: ref.workspaceId },
    select: { value: true },
  });
  return found?.value.toString() ?? null;
}

// Writes of one investment queue on its lock, each refreshing the figures: waiting a while
// for a connection and the lock is normal under load (Prisma's defaults: 2 s and 5 s).
const MEASUREMENT_WRITE = { timeout: 60_000, maxWait: 60_000 };

const conflictOf = async (ref: MeasurementRef, change: { value: string | null }) =>
  new MeasurementConflictError({ kpiId: ref.kpiId, month: ref.period, yours: change.value, theirs: await currentValue(ref) });

/** Moves the month's revision on (when the month has actuals), so saves based on the older month are refused. */
const bumpMonthRevision = (tx: Tx, ref: MeasurementRef) =>
  tx.actualMonth.updateMany({
    where: { workspaceId: ref.workspaceId, investmentId: ref.investmentId, month: ref.month },
    data: { revision: { increment: 1 } },
  });

/**
 * The conditional write decides. The investment's row lock comes first, as in every other
 * write of an investment's rows: the stored figures are refreshed under that lock at the
 * end, and taking it after the measurement and month rows would let a grid save of the same
 * month (investment first, then those rows) deadlock with this write.
 */
async function writeIfUnchanged(
  ctx: WorkspaceContext,
  ref: MeasurementRef,
  change: { base: string | null; value: string | null; action: string },
  today?: Date,
) {
  // Deleting "no value" is no change: answered as a conflict (NOT_FOUND for a delete).
  if (change.base === null && change.value === null) throw await conflictOf(ref, change);
  const written = await getDb().$transaction(async (tx) => {
    await lockInvestment(tx, ref.workspaceId, ref.investmentId);
    if (!(await swapKpiValue(tx, ref, change.base, change.value))) return false;
    await bumpMonthRevision(tx, ref);
    await recordAudit(tx, {
      workspaceId: ref.workspaceId,
      actorId: ctx.user.id,
      action: change.action,
      entityType: "Kpi",
      entityId: ref.kpiId,
      before: change.base === null ? undefined : { month: ref.period, value: change.base },
      after: change.value === null ? undefined : { month: ref.period, value: change.value },
    });
    // KPI values are not actuals: fromMonth null.
    await refreshInvestmentFigures(tx, { workspaceId: ref.workspaceId, investmentId: ref.investmentId, fromMonth: null, today });
    return true;
  }, MEASUREMENT_WRITE);
  if (!written) throw await conflictOf(ref, change);
}

/** Records (or corrects) the KPI's value for one month, if the value is still the one the user saw (`baseValue`). */
export async function recordKpiMeasurement(
  ctx: WorkspaceContext,
  input: { kpiId: string; month: string; value: string; baseValue: string | null },
  today = new Date(),
) {
  const { ref, investment } = await findRef(ctx.workspace.id, input.kpiId, input.month);
  assertRecordableMonth(investment, input.month, { today });
  await writeIfUnchanged(ctx, ref, { base: input.baseValue, value: input.value, action: "kpi.measure" }, today);
}

/** Deletes the KPI's value for one month, if it is still the one the user saw (`baseValue`). */
export async function deleteKpiMeasurement(
  ctx: WorkspaceContext,
  input: { kpiId: string; month: string; baseValue: string | null },
) {
  const { ref } = await findRef(ctx.workspace.id, input.kpiId, input.month);
  try {
    await writeIfUnchanged(ctx, ref, { base: input.baseValue, value: null, action: "kpi.measurement-delete" });
  } catch (error) {
    // Nothing left to delete: the same answer as deleting a month that never had a value.
    if (error instanceof MeasurementConflictError && error.conflict.theirs === null) throw notFoundError();
    throw error;
  }
}
