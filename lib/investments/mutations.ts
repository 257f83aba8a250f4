import { recordAudit } from "@/lib/audit/record-audit";
import type { WorkspaceContext } from "@/lib/auth/workspace-gate";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError, conflictError, notFoundError } from "@/lib/errors";
import { planErrorsToFieldErrors, validatePlan } from "./definition";
import { periodToDate, dateToPeriod } from "./months";
import { createPlanVersion } from "./plan-versions";
import { planDocument, type InvestmentHeader, type InvestmentStatus, type PlanDocument } from "./schemas";
import { canChangeStatus } from "./status";
import { refreshInvestmentFigures, removeInvestmentFigures } from "@/lib/portfolio/refresh";

export const STALE_MESSAGE = "Someone else changed this investment after you opened it. Reload to see their changes, then apply yours again.";

export function parsePlanText(text: string): PlanDocument {
  let json: unknown;
  try {
    json = JSON.parse(text || "{}");
  } catch {
    throw new AppError("INVALID_INPUT", "The plan is not valid JSON", { plan: ["The plan is not valid JSON"] });
  }
  const parsed = planDocument.safeParse(json);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "The plan has an invalid structure", { plan: ["The plan has an invalid structure"] });
  return parsed.data;
}

export function requireValidPlan(header: Pick<InvestmentHeader, "name" | "currency" | "startMonth" | "horizonMonths">, plan: PlanDocument) {
  const validation = validatePlan(header, plan);
  if (!validation.ok) {
    throw new AppError("INVALID_INPUT", "Please correct the highlighted fields", planErrorsToFieldErrors(validation.errors));
  }
  return validation;
}

/** Loads the row for a write, locked, and checks the revision the user based the change on. */
export async function lockInvestment(tx: Tx, workspaceId: string, investmentId: string, expectedRevision?: number) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Investment" WHERE id = ${investmentId} AND "workspaceId" = ${workspaceId} FOR UPDATE`;
  if (rows.length === 0) throw notFoundError();
  const investment = await tx.investment.findUniqueOrThrow({ where: { id: investmentId } });
  if (expectedRevision !== undefined && investment.revision !== expectedRevision) {
    throw new AppError("CONFLICT", STALE_MESSAGE);
  }
  return investment;
}

const auditBase = (ctx: WorkspaceContext) => ({ workspaceId: ctx.workspace.id, actorId: ctx.user.id, entityType: "Investment" });

export async function createInvestment(ctx: WorkspaceContext, input: InvestmentHeader & { plan: PlanDocument }) {
  const { plan: rawPlan, ...header } = input;
  const { plan } = requireValidPlan(header, rawPlan);
  return getDb().$transaction(async (tx) => {
    const investment = await tx.investment.create({
      data: { ...header, startMonth: periodToDate(header.startMonth), plan, workspaceId: ctx.workspace.id, createdById: ctx.user.id },
    });
    await recordAudit(tx, { ...auditBase(ctx), action: "investment.create", entityId: investment.id, after: investment });
    await refreshInvestmentFigures(tx, { workspaceId: ctx.workspace.id, investmentId: investment.id });
    return { id: investment.id };
  });
}

const FORECAST_FIELDS = ["startMonth", "horizonMonths", "currency"] as const;

export async function updateInvestment(ctx: WorkspaceContext, input: InvestmentHeader & { investmentId: string; revision: number; reason: string }) {
  const { investmentId, revision, reason, ...header } = input;
  return getDb().$transaction(async (tx) => {
    const before = await lockInvestment(tx, ctx.workspace.id, investmentId, revision);
    const plan = before.plan as PlanDocument;
    const { plan: normalised } = requireValidPlan(header, plan);
    const beforeHeader = { startMonth: dateToPeriod(before.startMonth), horizonMonths: before.horizonMonths, currency: before.currency };
    const forecastChanged = FORECAST_FIELDS.some((field) => beforeHeader[field] !== header[field]);
    const versions = await tx.planVersion.count({ where: { investmentId } });
    if (forecastChanged && versions > 0 && reason.length < 3) {
      throw new AppError("INVALID_INPUT", "The plan is approved: say why the start, horizon or currency changes", {
        reason: ["Give a reason for changing an approved plan"],
      });
    }
    const after = await tx.investment.update({
      where: { id: investmentId },
      data: { ...header, startMonth: periodToDate(header.startMonth), plan: normalised, revision: { increment: 1 } },
    });
    if (forecastChanged && versions > 0) await createPlanVersion(tx, ctx, after, reason, "plan.versioned");
    await recordAudit(tx, { ...auditBase(ctx), action: "investment.update", entityId: investmentId, before, after });
    await refreshInvestmentFigures(tx, { workspaceId: ctx.workspace.id, investmentId });
    return { id: investmentId, revision: after.revision };
  });
}

export async function duplicateInvestment(ctx: WorkspaceContext, investmentId: string) {
  return getDb().$transaction(async (tx) => {
    const source = await lockInvestment(tx, ctx.workspace.id, investmentId);
    const kpis = await tx.kpi.findMany({ where: { investmentId, workspaceId: ctx.workspace.id } });
    // A copy is a new draft plan: no versions, actuals or measurements come along.
    const copy = await tx.investment.create({
      data: {
        workspaceId: ctx.workspace.id,
        name: `${source.name} (copy)`.slice(0, 200),
        description: source.description,
        category: source.category,
        ownerName: source.ownerName,
        startMonth: source.startMonth,
        horizonMonths: source.horizonMonths,
        currency: source.currency,
        plan: source.plan ?? {},
        createdById: ctx.user.id,
        kpis: {
          // The workspace comes with the investment (the KPI's composite key to it).
          create: kpis.map((k) => ({
            name: k.name,
            unit: k.unit,
            baseline: k.baseline,
            baselineDate: k.baselineDate,
            target: k.target,
            direction: k.direction,
            position: k.position,
          })),
        },
      },
    });
    await recordAudit(tx, { ...auditBase(ctx), action: "investment.duplicate", entityId: copy.id, before: { sourceId: investmentId }, after: copy });
    await refreshInvestmentFigures(tx, { workspaceId: ctx.workspace.id, investmentId: copy.id });
    return { id: copy.id };
  });
}

export async function setArchived(ctx: WorkspaceContext, investmentId: string, archived: boolean) {
  await getDb().$transaction(async (tx) => {
    const before = await lockInvestment(tx, ctx.workspace.id, investmentId);
    const after = await tx.investment.update({
      where: { id: investmentId },
      data: { archivedAt: archived ? new Date() : null, revision: { increment: 1 } },
    });
    await recordAudit(tx, { ...auditBase(ctx), action: archived ? "investment.archive" : "investment.restore", entityId: investmentId, before, after });
    await refreshInvestmentFigures(tx, { workspaceId: ctx.workspace.id, investmentId });
  });
}

export async function deleteInvestment(ctx: WorkspaceContext, investmentId: string) {
  await getDb().$transaction(async (tx) => {
    const before = await lockInvestment(tx, ctx.workspace.id, investmentId);
    await removeInvestmentFigures(tx, { workspaceId: ctx.workspace.id, investmentId });
    await tx.investment.delete({ where: { id: investmentId } });
    await recordAudit(tx, { ...auditBase(ctx), action: "investment.delete", entityId: investmentId, before });
  });
}

export async function changeStatus(ctx: WorkspaceContext, input: { investmentId: string; revision: number; status: InvestmentStatus }) {
  await getDb().$transaction(async (tx) => {
    const before = await lockInvestment(tx, ctx.workspace.id, input.investmentId, input.revision);
    if (!canChangeStatus(before.status, input.status)) {
      const message =
        before.status === "draft" ? "Approve the plan first: that freezes the forecast" : `An investment cannot go from ${before.status} to ${input.status}`;
      throw conflictError(message, { status: [message] });
    }
    const after = await tx.investment.update({ where: { id: input.investmentId }, data: { status: input.status, revision: { increment: 1 } } });
    await recordAudit(tx, { ...auditBase(ctx), action: "investment.status", entityId: input.investmentId, before: { status: before.status }, after: { status: after.status } });
    await refreshInvestmentFigures(tx, { workspaceId: ctx.workspace.id, investmentId: input.investmentId });
  });
}
