import { recordAudit } from "@/lib/audit/record-audit";
import type { WorkspaceContext } from "@/lib/auth/workspace-gate";
import { getDb } from "@/lib/db/client";
import { AppError, type FieldErrors } from "@/lib/errors";
import { dateToPeriod, periodToDate } from "@/lib/investments/months";
import { lockInvestment } from "@/lib/investments/mutations";
import { findCurrentVersion } from "@/lib/investments/plan-versions";
import { refreshInvestmentFigures } from "@/lib/portfolio/refresh";
import { activateOnActuals } from "./activate-on-actuals";
import { actualsSourceOf, recordActualsRecorded, recordedMonthData } from "./actuals-recorded";
import { duplicateMonthMessage, duplicateMonths, sameMonthValues, type MonthValues } from "./month-batch";
import { recordableMonthError } from "./recordable-month";
import { loadRecordedMonths, withoutRowId, type RecordedMonth } from "./recorded-months";
import { decideMonthWrite, type ExpectedRevision } from "./write-precondition";

export const MONTHS_NOT_RECORDABLE_MESSAGE = "Some months cannot be recorded; nothing was saved";
export const MONTHS_CHANGED_MESSAGE = "Some months are not at the revision you based them on; nothing was saved";

/** One month to write: its values (already checked by the actuals rules) and the revision the writer based it on. */
export type MonthToRecord = MonthValues & { month: string; expected: ExpectedRevision };

export type MonthOutcome = "created" | "updated" | "unchanged";
export type RecordedMonthResult = RecordedMonth & { outcome: MonthOutcome };

/** A month whose precondition failed; `index` is its place in the write. */
export type MonthPreconditionProblem = {
  index: number;
  month: string;
  reason: "stale" | "revision-required";
  /** The month's revision now; null when it has no actuals. */
  currentRevision: number | null;
};

/** Thrown (and everything rolled back) when any month is not at the revision its writer based it on. */
export class MonthPreconditionError extends AppError {
  constructor(readonly problems: MonthPreconditionProblem[]) {
    super("CONFLICT", MONTHS_CHANGED_MESSAGE);
  }
}

// As saveActuals: the refresh of the stored figures runs in the same transaction, and a
// busy machine must not turn a valid write into a rolled-back one.
const MONTHS_WRITE = { timeout: 120_000, maxWait: 30_000 };

/** The field a month's problems are reported under ("months.3.month" in a batch, "month" for one month). */
export type MonthField = (index: number) => string;
const batchField: MonthField = (index) => `months.${index}.month`;

function refuseBadMonths(investment: { startMonth: Date; horizonMonths: number }, months: MonthToRecord[], today: Date, field: MonthField) {
  const span = { startMonth: dateToPeriod(investment.startMonth), horizonMonths: investment.horizonMonths };
  const errors: FieldErrors = {};
  months.forEach((m, index) => {
    const message = recordableMonthError(span, m.month, today);
    if (message) errors[field(index)] = [message];
  });
  for (const { index, firstIndex } of duplicateMonths(months)) (errors[field(index)] ??= []).push(duplicateMonthMessage(firstIndex));
  const problems = Object.values(errors).flat();
  if (problems.length === 0) return;
  // One bad month: its own message says it best.
  throw new AppError("INVALID_INPUT", problems.length === 1 ? problems[0] : MONTHS_NOT_RECORDABLE_MESSAGE, errors);
}

/**
 * Saves one or more months of one investment, all or nothing, in one transaction: the
 * investment is locked once; every month must be recordable (inside the horizon, not in
 * the future, named once) and at the revision its writer based it on (see
 * decideMonthWrite), else nothing is written and every bad month is named. Months that
 * already hold exactly these values are left alone. The written months are audited one by
 * one, the stored figures refreshed once from the earliest of them, an approved plan made
 * active, and one actuals.recorded event lists them. Each written month's source is "ui",
 * or "api:<token name>" when the write came through the API.
 */
export async function recordActualsMonths(
  ctx: WorkspaceContext,
  input: { investmentId: string; months: MonthToRecord[] },
  options: { today?: Date; monthField?: MonthField } = {},
): Promise<RecordedMonthResult[]> {
  const today = options.today ?? new Date();
  const workspaceId = ctx.workspace.id;
  return getDb().$transaction(async (tx) => {
    const investment = await lockInvestment(tx, workspaceId, input.investmentId);
    refuseBadMonths(investment, input.months, today, options.monthField ?? batchField);
    const scope = { workspaceId, investmentId: investment.id };
    const before = new Map((await loadRecordedMonths(tx, scope, input.months.map((m) => m.month))).map((row) => [row.month, row]));

    const decisions = input.months.map((m, index) => {
      const current = before.get(m.month) ?? null;
      return { index, input: m, current, decision: decideMonthWrite(m.expected, current?.revision ?? null, current !== null && sameMonthValues(current, m)) };
    });
    const problems = decisions.flatMap(({ index, input: m, current, decision }): MonthPreconditionProblem[] =>
      decision === "stale" || decision === "revision-required" ? [{ index, month: m.month, reason: decision, currentRevision: current?.revision ?? null }] : [],
    );
    if (problems.length > 0) throw new MonthPreconditionError(problems);

    const writes = decisions.filter((d) => d.decision === "create" || d.decision === "update");
    if (writes.length === 0) return decisions.map((d) => ({ ...withoutRowId(d.current!), outcome: "unchanged" as const }));

    const version = await findCurrentVersion(tx, workspaceId, investment.id);
    const dataOf = (m: MonthToRecord) => recordedMonthData(ctx, version?.id ?? null, m);
    const created = writes.filter((d) => d.decision === "create");
    if (created.length > 0) {
      await tx.actualMonth.createMany({
        data: created.map((d) => ({ ...dataOf(d.input), workspaceId, investmentId: investment.id, month: periodToDate(d.input.month) })),
      });
    }
    for (const d of writes) {
      if (d.decision !== "update") continue;
      await tx.actualMonth.update({ where: { id: d.current!.id }, data: { ...dataOf(d.input), revision: { increment: 1 } } });
    }

    const writtenPeriods = writes.map((d) => d.input.month).sort();
    const after = new Map((await loadRecordedMonths(tx, scope, writtenPeriods)).map((row) => [row.month, row]));
    const saved = (period: string) => {
      const row = after.get(period);
      if (!row) throw new Error(`The saved month ${period} could not be read back`);
      return row;
    };
    for (const d of writes) {
      const row = saved(d.input.month);
      await recordAudit(tx, {
        workspaceId,
        actorId: ctx.user.id,
        action: "actuals.save",
        entityType: "ActualMonth",
        entityId: row.id,
        before: d.current ? withoutRowId(d.current) : undefined,
        after: { ...withoutRowId(row), investmentId: investment.id },
      });
    }
    const activated = await activateOnActuals(tx, investment, ctx.user.id);
    // A status change touches every month's figures; otherwise they change from the earliest written month on.
    await refreshInvestmentFigures(tx, { workspaceId, investmentId: investment.id, fromMonth: activated ? null : periodToDate(writtenPeriods[0]), today });
    await recordActualsRecorded(tx, {
      workspaceId,
      investment,
      source: actualsSourceOf(ctx),
      months: writtenPeriods.map((period) => saved(period)),
      occurredAt: today,
    });
    return decisions.map((d): RecordedMonthResult => {
      if (d.decision === "unchanged") return { ...withoutRowId(d.current!), outcome: "unchanged" };
      return { ...withoutRowId(saved(d.input.month)), outcome: d.decision === "create" ? "created" : "updated" };
    });
  }, MONTHS_WRITE);
}
