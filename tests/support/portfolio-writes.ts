// Builds portfolios for the lib/portfolio tests through the real writes (the mutations a
// server action calls, with a WorkspaceContext), so the stored figures are the ones the
// app keeps, refreshed in each write's transaction.
import { saveActuals } from "@/lib/actuals/mutations";
import { saveActualsInput } from "@/lib/actuals/schemas";
import type { WorkspaceContext } from "@/lib/auth/workspace-gate";
import { getDb } from "@/lib/db/client";
import { createInvestment } from "@/lib/investments/mutations";
import { approvePlan, savePlan } from "@/lib/investments/plan-mutations";
import { planDocument, type InvestmentCategory } from "@/lib/investments/schemas";
import { createUser, createWorkspace } from "@/prisma/factories";
import { workspaceContextFor } from "./workspace-context";

export type Plan = { costs?: unknown[]; benefits?: unknown[]; scenarios?: Record<string, number> };

export async function portfolioWorkspace(options: { currency?: string; userName?: string } = {}) {
  const owner = await createUser(getDb(), { name: options.userName ?? "Olga Owner" });
  const ws = await createWorkspace(getDb(), {
    currency: options.currency ?? "EUR",
    members: [{ userId: owner.id, role: "owner" }],
  });
  const ctx = await workspaceContextFor(owner, ws.slug);
  return { owner, ws, ctx, workspace: { id: ws.id, currency: ws.currency } };
}

export type NewInvestment = {
  name: string;
  plan: Plan;
  currency?: string;
  category?: InvestmentCategory;
  startMonth: string;
  horizonMonths: number;
  /** Approve the plan (version 1); default true. */
  approve?: boolean;
};

/** Creates an investment (approved unless approve is false) and returns its id. */
export async function addInvestment(ctx: WorkspaceContext, input: NewInvestment): Promise<string> {
  const { id } = await createInvestment(ctx, {
    name: input.name,
    description: "",
    ownerName: "",
    category: input.category ?? "process",
    currency: input.currency ?? "EUR",
    startMonth: input.startMonth,
    horizonMonths: input.horizonMonths,
    plan: planDocument.parse(input.plan),
  });
  if (input.approve ?? true) await approvePlan(ctx, { investmentId: id, revision: 1 });
  return id;
}

export type MonthAmounts = { month: string; cost: string | number; benefit: string | number };

/** Saves each month's actuals as a new month, as of `today`. */
export async function recordMonths(ctx: WorkspaceContext, investmentId: string, months: MonthAmounts[], today: Date) {
  for (const m of months) {
    await saveActuals(
      ctx,
      saveActualsInput.parse({
        investmentId,
        month: m.month,
        cost: String(m.cost),
        benefit: String(m.benefit),
        baseRevision: null,
      }),
      today,
    );
  }
}

/** A new plan version (the plan must be approved), with a reason. */
export async function reforecast(ctx: WorkspaceContext, investmentId: string, plan: Plan, reason: string) {
  const { revision } = await getDb().investment.findFirstOrThrow({
    where: { id: investmentId, workspaceId: ctx.workspace.id },
    select: { revision: true },
  });
  return savePlan(ctx, { investmentId, revision, plan: JSON.stringify(plan), reason });
}
