import { markWorkspaceFiguresStale } from "@/lib/portfolio/refresh";
import { recordAudit } from "@/lib/audit/record-audit";
import type { WorkspaceContext } from "@/lib/auth/workspace-gate";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { evaluateInvestment } from "@/lib/investments/evaluate-investment";
import { currentPeriod, periodToDate } from "@/lib/investments/months";
import { getInvestmentDetail } from "@/lib/investments/queries";
import type { LeakThresholds } from "@/lib/roi";

type LeakRef = { investmentId: string; code: string; subject: string };

/** The leak as the engine sees it today; reviewing a leak that is not there is refused. */
async function findCurrentLeak(ctx: WorkspaceContext, ref: LeakRef, today: Date) {
  const [investment, workspace] = await Promise.all([
    getInvestmentDetail(ctx.workspace.id, ref.investmentId),
    getDb().workspace.findUniqueOrThrow({ where: { id: ctx.workspace.id }, select: { leakThresholds: true } }),
  ]);
  const evaluation = evaluateInvestment(investment, { today, leakThresholds: (workspace.leakThresholds ?? {}) as Partial<LeakThresholds> });
  const leak = evaluation.ok ? evaluation.result.leaks.find((l) => l.code === ref.code && (l.kpi ?? "") === ref.subject) : undefined;
  if (!leak) throw new AppError("NOT_FOUND", "This leak is no longer open");
  return leak;
}

type Review = { kind: "acknowledged" | "snoozed"; reason: string; snoozedUntil: Date | null };

async function recordReview(ctx: WorkspaceContext, ref: LeakRef, review: Review, today: Date) {
  const leak = await findCurrentLeak(ctx, ref, today);
  return getDb().$transaction(async (tx) => {
    const row = await tx.leakReview.create({
      data: {
        workspaceId: ctx.workspace.id,
        investmentId: ref.investmentId,
        code: ref.code,
        subject: ref.subject,
        kind: review.kind,
        reason: review.reason,
        snoozedUntil: review.snoozedUntil,
        atStakeMonthly: String(leak.atStakeMonthly),
        createdById: ctx.user.id,
        createdByName: ctx.user.name,
      },
    });
    await recordAudit(tx, {
      workspaceId: ctx.workspace.id,
      actorId: ctx.user.id,
      action: `leak.${review.kind === "acknowledged" ? "acknowledge" : "snooze"}`,
      entityType: "LeakReview",
      entityId: row.id,
      after: { investmentId: ref.investmentId, code: ref.code, subject: ref.subject, reason: review.reason, snoozedUntil: review.snoozedUntil, atStakeMonthly: leak.atStakeMonthly },
    });
    return { id: row.id };
  });
}

export const acknowledgeLeak = (ctx: WorkspaceContext, input: LeakRef & { reason: string }, today = new Date()) =>
  recordReview(ctx, input, { kind: "acknowledged", reason: input.reason, snoozedUntil: null }, today);

export async function snoozeLeak(ctx: WorkspaceContext, input: LeakRef & { until: string; reason: string }, today = new Date()) {
  if (input.until <= currentPeriod(today)) {
    throw new AppError("INVALID_INPUT", "Snooze until a future month", { until: ["Snooze until a future month"] });
  }
  return recordReview(ctx, input, { kind: "snoozed", reason: input.reason, snoozedUntil: periodToDate(input.until) }, today);
}

/**
 * Takes a review back: the leak is open again (unless an older review of it still hides
 * it). Looked up by id and workspace, so another workspace's review is not found.
 */
export async function undoLeakReview(ctx: WorkspaceContext, input: { reviewId: string }) {
  return getDb().$transaction(async (tx) => {
    const review = await tx.leakReview.findFirst({ where: { id: input.reviewId, workspaceId: ctx.workspace.id } });
    if (!review) throw new AppError("NOT_FOUND", "This review no longer exists");
    const { count } = await tx.leakReview.deleteMany({ where: { id: review.id, workspaceId: ctx.workspace.id } });
    // Two undos at once: only the one that deleted it reports success.
    if (count === 0) throw new AppError("NOT_FOUND", "This review no longer exists");
    await recordAudit(tx, {
      workspaceId: ctx.workspace.id,
      actorId: ctx.user.id,
      action: "leak.review-undo",
      entityType: "LeakReview",
      entityId: review.id,
      before: review,
    });
    return { id: review.id };
  });
}

export async function updateLeakThresholds(ctx: WorkspaceContext, thresholds: LeakThresholds) {
  await getDb().$transaction(async (tx) => {
    const before = await tx.workspace.findUniqueOrThrow({ where: { id: ctx.workspace.id }, select: { leakThresholds: true } });
    await tx.workspace.update({ where: { id: ctx.workspace.id }, data: { leakThresholds: thresholds } });
    // Every stored evaluation used the old thresholds: each is evaluated again on next read.
    await markWorkspaceFiguresStale(tx, ctx.workspace.id);
    await recordAudit(tx, {
      workspaceId: ctx.workspace.id,
      actorId: ctx.user.id,
      action: "workspace.leak-thresholds",
      entityType: "Workspace",
      entityId: ctx.workspace.id,
      before: before.leakThresholds,
      after: thresholds,
    });
  });
}
