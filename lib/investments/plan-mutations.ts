import { recordAudit } from "@/lib/audit/record-audit";
import type { WorkspaceContext } from "@/lib/auth/workspace-gate";
import { getDb } from "@/lib/db/client";
import { AppError, conflictError } from "@/lib/errors";
import { dateToPeriod } from "./months";
import { lockInvestment, parsePlanText, requireValidPlan } from "./mutations";
import { createPlanVersion } from "./plan-versions";
import { refreshInvestmentFigures } from "@/lib/portfolio/refresh";

/**
 * Saves the working plan. Once a plan is approved every change becomes a new version
 * with a reason, so earlier forecasts stay reconstructible.
 */
export async function savePlan(ctx: WorkspaceContext, input: { investmentId: string; revision: number; plan: string; reason: string }) {
  const raw = parsePlanText(input.plan);
  return getDb().$transaction(async (tx) => {
    const before = await lockInvestment(tx, ctx.workspace.id, input.investmentId, input.revision);
    const header = { name: before.name, currency: before.currency, startMonth: dateToPeriod(before.startMonth), horizonMonths: before.horizonMonths };
    const { plan } = requireValidPlan(header, raw);
    const approved = (await tx.planVersion.count({ where: { investmentId: before.id } })) > 0;
    if (approved && input.reason.length < 3) {
      throw new AppError("INVALID_INPUT", "This plan is approved: give a reason for the new version", {
        reason: ["Give a reason for changing an approved plan"],
      });
    }
    const after = await tx.investment.update({ where: { id: before.id }, data: { plan, revision: { increment: 1 } } });
    const version = approved ? await createPlanVersion(tx, ctx, after, input.reason, "plan.versioned") : null;
    await recordAudit(tx, {
      workspaceId: ctx.workspace.id,
      actorId: ctx.user.id,
      action: approved ? "plan.new-version" : "plan.save",
      entityType: "Investment",
      entityId: before.id,
      before: { plan: before.plan },
      after: { plan: after.plan, version: version?.version ?? null, reason: input.reason || null },
    });
    await refreshInvestmentFigures(tx, { workspaceId: ctx.workspace.id, investmentId: before.id });
    return { revision: after.revision, version: version?.version ?? null };
  });
}

/** Freezes the forecast as version 1 and moves the investment to "approved". */
export async function approvePlan(ctx: WorkspaceContext, input: { investmentId: string; revision: number }) {
  return getDb().$transaction(async (tx) => {
    const before = await lockInvestment(tx, ctx.workspace.id, input.investmentId, input.revision);
    if (before.status !== "draft") throw conflictError("This plan has already been approved");
    const plan = before.plan as { costs?: unknown[]; benefits?: unknown[]; template?: string };
    if (!plan.template && !(plan.costs?.length || plan.benefits?.length)) {
      throw new AppError("INVALID_INPUT", "Add at least one cost or benefit before approving the plan");
    }
    const after = await tx.investment.update({ where: { id: before.id }, data: { status: "approved", revision: { increment: 1 } } });
    const version = await createPlanVersion(tx, ctx, after, "Plan approved", "plan.approved");
    const baselines = await tx.kpi.count({ where: { investmentId: before.id, workspaceId: ctx.workspace.id, baseline: { not: null } } });
    await recordAudit(tx, {
      workspaceId: ctx.workspace.id,
      actorId: ctx.user.id,
      action: "plan.approve",
      entityType: "Investment",
      entityId: before.id,
      before: { status: before.status },
      after: { status: after.status, version: version.version },
    });
    await refreshInvestmentFigures(tx, { workspaceId: ctx.workspace.id, investmentId: before.id });
    // Allowed, but the dashboard will flag NO_BASELINE until a baseline is measured.
    return { revision: after.revision, version: version.version, warning: baselines === 0 ? ("NO_BASELINE" as const) : null };
  });
}

export async function saveAsTemplate(ctx: WorkspaceContext, input: { investmentId: string; name: string }) {
  return getDb().$transaction(async (tx) => {
    const source = await lockInvestment(tx, ctx.workspace.id, input.investmentId);
    const template = await tx.investmentTemplate.create({
      data: { userId: ctx.user.id, sourceWorkspaceId: ctx.workspace.id, name: input.name, category: source.category, plan: source.plan ?? {} },
    });
    await recordAudit(tx, {
      workspaceId: ctx.workspace.id,
      actorId: ctx.user.id,
      action: "investment.save-template",
      entityType: "InvestmentTemplate",
      entityId: template.id,
      after: { name: template.name, sourceId: source.id },
    });
    return { id: template.id };
  });
}
