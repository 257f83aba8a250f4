// Builders shared by the transfer integration tests: investments made through the real actions.
import { getDb } from "@/lib/db/client";
import { approvePlanAction, createInvestmentAction, savePlanAction } from "@/lib/investments/actions";
import { createUser, createWorkspace } from "@/prisma/factories";
import { signInAs } from "@/tests/support/session";

export const header = {
  name: "AI lead scoring",
  description: "Scores inbound leads",
  category: "ai_automation",
  ownerName: "Sam",
  startMonth: "2026-01",
  horizonMonths: 24,
  currency: "EUR",
};
export const plan = {
  costs: [
    { kind: "oneTime", label: "Implementation", amount: 12000, month: 1 },
    { kind: "recurring", label: "Licence", monthly: "500.10", fromMonth: 1 },
  ],
  benefits: [{ kind: "fixed", label: "Saved agency fee", monthly: 2000, fromMonth: 3, rampMonths: 2 }],
};

export async function workspaceWithMembers(options: { locale?: string } = {}) {
  const editor = await createUser(getDb());
  const viewer = await createUser(getDb());
  const ws = await createWorkspace(getDb(), { locale: options.locale, members: [{ userId: editor.id, role: "editor" }, { userId: viewer.id, role: "viewer" }] });
  signInAs(editor);
  return { editor, viewer, ws };
}

export async function outsiderWorkspace() {
  const outsider = await createUser(getDb());
  const ws = await createWorkspace(getDb(), { members: [{ userId: outsider.id, role: "owner" }] });
  return { outsider, ws };
}

function unwrap<T>(result: { ok: true; data: T } | { ok: false }): T {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data;
}

export async function createInvestment(slug: string, overrides: Partial<typeof header> = {}) {
  return unwrap(await createInvestmentAction({ workspaceSlug: slug, ...header, ...overrides, plan: JSON.stringify(plan) })).id;
}

/** Approved (version 1), then changed with a reason (version 2). */
export async function createApprovedTwice(slug: string, overrides: Partial<typeof header> = {}) {
  const id = await createInvestment(slug, overrides);
  unwrap(await approvePlanAction({ workspaceSlug: slug, investmentId: id, revision: 1 }));
  const changed = { ...plan, benefits: [{ kind: "fixed", label: "Saved agency fee", monthly: "2500.50", fromMonth: 3 }] };
  unwrap(await savePlanAction({ workspaceSlug: slug, investmentId: id, revision: 2, plan: JSON.stringify(changed), reason: "Agency raised its fee" }));
  return id;
}

export async function addKpi(workspaceId: string, investmentId: string, position: number) {
  await getDb().kpi.create({
    data: {
      workspaceId,
      investmentId,
      name: `Conversion rate ${position}`,
      unit: "%",
      baseline: "1.8",
      baselineDate: new Date("2025-12-15T00:00:00Z"),
      target: "2.9",
      direction: "up",
      position,
      measurements: {
        create: [
          { workspaceId, month: new Date("2026-02-01T00:00:00Z"), value: "2.1" },
          { workspaceId, month: new Date("2026-03-01T00:00:00Z"), value: "2.2345" },
        ],
      },
    },
  });
}

export { unwrap };

/** A fresh, empty workspace with the user as its only member. */
export function emptyWorkspaceFor(userId: string, role: "owner" | "editor" | "viewer" = "editor") {
  return createWorkspace(getDb(), { members: [{ userId, role }] });
}
