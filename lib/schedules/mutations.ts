import { recordAudit } from "@/lib/audit/record-audit";
import type { WorkspaceContext } from "@/lib/auth/workspace-gate";
import { getDb } from "@/lib/db/client";
import { conflictError, notFoundError } from "@/lib/errors";
import { describeError } from "@/lib/jobs/deliveries";
import { deliverMonthlyReport } from "@/lib/jobs/monthly-report";
import type { ScheduleInput } from "./schemas";

const SCHEDULE_FIELDS = { enabled: true, dayOfMonth: true, recipients: true, locale: true, holdForReview: true } as const;

export async function saveReportSchedule(ctx: WorkspaceContext, input: ScheduleInput) {
  const workspaceId = ctx.workspace.id;
  return getDb().$transaction(async (tx) => {
    const before = await tx.reportSchedule.findUnique({ where: { workspaceId }, select: SCHEDULE_FIELDS });
    const after = await tx.reportSchedule.upsert({
      where: { workspaceId },
      create: { workspaceId, ...input },
      update: input,
      select: SCHEDULE_FIELDS,
    });
    await recordAudit(tx, { workspaceId, actorId: ctx.user.id, action: "report-schedule.update", entityType: "ReportSchedule", entityId: workspaceId, before, after });
    return after;
  });
}

/**
 * Releases a month's report held for review, then sends it at once through the same
 * idempotent delivery as the job. A failed send stays visible as "failed" and the next
 * daily run retries it; the approval itself stands.
 */
export async function approveMonthlyReport(ctx: WorkspaceContext, deliveryId: string) {
  const workspaceId = ctx.workspace.id;
  const delivery = await getDb().$transaction(async (tx) => {
    const found = await tx.reportDelivery.findFirst({ where: { id: deliveryId, workspaceId, kind: "monthly-report" }, select: { id: true, period: true, status: true } });
    if (!found) throw notFoundError();
    const { count } = await tx.reportDelivery.updateMany({
      where: { id: found.id, workspaceId, status: "pending_review" },
      data: { status: "queued", approvedById: ctx.user.id },
    });
    if (count === 0) throw conflictError("This month's report is not waiting for approval");
    await recordAudit(tx, { workspaceId, actorId: ctx.user.id, action: "report-delivery.approve", entityType: "ReportDelivery", entityId: found.id, before: found, after: { status: "queued" } });
    return found;
  });
  try {
    const outcome = await deliverMonthlyReport({ deliveryId: delivery.id, workspaceId, period: delivery.period });
    return { status: outcome };
  } catch (error) {
    return { status: "failed" as const, error: describeError(error) };
  }
}
