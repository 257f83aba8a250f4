import type { WorkspaceContext } from "@/lib/auth/workspace-gate";
import type { Tx } from "@/lib/db/client";
import { recordWorkspaceEvent } from "@/lib/events/record-event";
import type { Investment } from "@/lib/generated/prisma/client";
import { buildPlanDefinition } from "./definition";
import { dateToPeriod } from "./months";
import type { PlanDocument } from "./schemas";

/**
 * What a new version means to the workspace's webhooks: the approval (version 1) or a new
 * version of a plan that was already approved.
 */
export type PlanVersionEvent = "plan.approved" | "plan.versioned";

/**
 * Freezes the investment's current plan as the next version, and records the event in the
 * same transaction (so the event exists exactly when the version does). Versions are never updated.
 */
export async function createPlanVersion(tx: Tx, ctx: WorkspaceContext, investment: Investment, reason: string, event: PlanVersionEvent) {
  const last = await tx.planVersion.findFirst({
    where: { investmentId: investment.id, workspaceId: ctx.workspace.id },
    orderBy: { version: "desc" },
    select: { version: true },
  });
  const definition = buildPlanDefinition(
    { name: investment.name, currency: investment.currency, startMonth: dateToPeriod(investment.startMonth), horizonMonths: investment.horizonMonths },
    investment.plan as PlanDocument,
  );
  const version = await tx.planVersion.create({
    data: {
      workspaceId: ctx.workspace.id,
      investmentId: investment.id,
      version: (last?.version ?? 0) + 1,
      definition: JSON.parse(JSON.stringify(definition)),
      reason,
      createdById: ctx.user.id,
      createdByName: ctx.user.name,
    },
  });
  await recordWorkspaceEvent(tx, {
    workspaceId: ctx.workspace.id,
    type: event,
    data: {
      investment: { id: investment.id, name: investment.name, currency: investment.currency },
      version: version.version,
      reason: version.reason,
      by: version.createdByName,
    },
    occurredAt: version.createdAt,
  });
  return version;
}

/** The version in force (the latest), or null for a draft. */
export async function findCurrentVersion(tx: Tx, workspaceId: string, investmentId: string) {
  return tx.planVersion.findFirst({ where: { investmentId, workspaceId }, orderBy: { version: "desc" }, select: { id: true, version: true } });
}
