import Decimal from "decimal.js";
import { assertRecordableMonth } from "@/lib/actuals/recordable-month";
import { decideWrite, type Precondition } from "@/lib/actuals/write-precondition";
import type { WorkspaceContext } from "@/lib/auth/workspace-gate";
import { getDb } from "@/lib/db/client";
import { AppError, notFoundError } from "@/lib/errors";
import { periodToDate } from "@/lib/investments/months";
import { MEASUREMENT_CONFLICT_MESSAGE, MeasurementConflictError, recordKpiMeasurement } from "./measurements";

// A KPI value written by one request that says what it was based on (the API's PUT). A
// measurement has no revision: what it was based on is its value, exactly as the KPI
// section's writes name their "base value", and recordKpiMeasurement's conditional write
// decides races. A value that went 5 → 6 → 5 meanwhile counts as unchanged: it is the
// value the writer saw.

/** What the writer based the value on: null — no measurement yet (or already this value); "*" — whatever is there; a list — one of these values. */
export type ExpectedValue = null | "*" | readonly string[];

export type MeasurementOutcome = "created" | "updated" | "unchanged";

/** Refused: the measurement is not what the writer based it on. `current` is its value now (null: none). */
export class MeasurementPreconditionError extends AppError {
  constructor(
    readonly reason: "stale" | "revision-required",
    readonly current: string | null,
  ) {
    super("CONFLICT", MEASUREMENT_CONFLICT_MESSAGE);
  }
}

const Dec = Decimal.clone({ precision: 40 });
const sameValue = (a: string, b: string) => new Dec(a).eq(b);

function preconditionOf(expected: ExpectedValue, current: string | null): Precondition {
  if (expected === null) return "none";
  if (expected === "*") return "any";
  return current !== null && expected.some((value) => sameValue(value, current)) ? "matched" : "not-matched";
}

/**
 * Records one KPI value of one investment's KPI for a month, if the measurement is what the
 * writer based it on; the same value again writes nothing. NOT_FOUND when the KPI is not
 * this investment's (in this workspace); INVALID_INPUT (field "month") outside the horizon
 * or in the future, as of `today`.
 */
export async function recordExpectedMeasurement(
  ctx: WorkspaceContext,
  input: { investmentId: string; kpiId: string; month: string; value: string; expected: ExpectedValue },
  today = new Date(),
): Promise<{ kpiId: string; month: string; value: string; outcome: MeasurementOutcome }> {
  const workspaceId = ctx.workspace.id;
  const kpi = await getDb().kpi.findFirst({
    where: { id: input.kpiId, workspaceId, investmentId: input.investmentId },
    select: { id: true, investment: { select: { startMonth: true, horizonMonths: true } } },
  });
  if (!kpi) throw notFoundError();
  assertRecordableMonth(kpi.investment, input.month, { today });
  const stored = await getDb().kpiMeasurement.findFirst({
    where: { workspaceId, kpiId: kpi.id, month: periodToDate(input.month) },
    select: { value: true },
  });
  const current = stored?.value.toString() ?? null;
  const decision = decideWrite(preconditionOf(input.expected, current), current !== null, current !== null && sameValue(current, input.value));
  if (decision === "stale" || decision === "revision-required") throw new MeasurementPreconditionError(decision, current);
  const answer = { kpiId: kpi.id, month: input.month };
  if (decision === "unchanged") return { ...answer, value: current!, outcome: "unchanged" };
  try {
    await recordKpiMeasurement(ctx, { kpiId: kpi.id, month: input.month, value: input.value, baseValue: current }, today);
  } catch (error) {
    // Someone else wrote between the read above and the conditional write.
    if (!(error instanceof MeasurementConflictError)) throw error;
    const theirs = error.conflict.theirs;
    if (input.expected === null && theirs !== null && sameValue(theirs, input.value)) return { ...answer, value: theirs, outcome: "unchanged" };
    throw new MeasurementPreconditionError(input.expected === null ? "revision-required" : "stale", theirs);
  }
  return { ...answer, value: new Dec(input.value).toFixed(), outcome: decision === "create" ? "created" : "updated" };
}
