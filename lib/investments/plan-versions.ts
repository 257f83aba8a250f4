import type { WorkspaceContext } from "@/lib/auth/workspace-gate";
import type { Tx } from "@/lib/db/client";
import type { Investment } from "@/lib/generated/prisma/client";
import { buildPlanDefinition } from "./definition";
import { dateToPeriod } from "./months";
import type { PlanDocument } from "./schemas";

/** Freezes the investment's current plan as the next version. Versions are never updated. */
export async function createPlanVersion(tx: Tx, ctx: WorkspaceContext, investment: Investment, reason: string) {
  const last = await tx.planVersion.findFirst({
    where: { investmentId: investment.id, workspaceId: ctx.workspace.id },
    orderBy: { version: "desc" },
    select: { version: true },
  });
  const definition = buildPlanDefinition(
    { name: investment.name, currency: investment.currency, startMonth: dateToPeriod(investment.startMonth), horizonMonths: investment.horizonMonths },
    investment.plan as PlanDocument,
  );
  return tx.planVersion.create({
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
}

/** The version in force (the latest), or null for a draft. */
export async function findCurrentVersion(tx: Tx, workspaceId: string, investmentId: string) {
  return tx.planVersion.findFirst({ where: { investmentId, workspaceId }, orderBy: { version: "desc" }, select: { id: true, version: true } });
}
