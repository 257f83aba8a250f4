import { describe, expect, it } from "vitest";
import { signInAs } from "@/tests/support/session";
import { getDb } from "@/lib/db/client";
import { createUser, createWorkspace } from "@/prisma/factories";
import {
  approvePlanAction,
  changeStatusAction,
  createInvestmentAction,
  duplicateInvestmentAction,
  savePlanAction,
  updateInvestmentAction,
} from "./actions";

const header = { name: "AI lead scoring", description: "", category: "ai_automation", ownerName: "Sam", startMonth: "2026-01", horizonMonths: 24, currency: "EUR" };
const plan = {
  costs: [
    { kind: "oneTime", label: "Implementation", amount: 12000, month: 1 },
    { kind: "recurring", label: "Licence", monthly: "500.10", fromMonth: 1 },
  ],
  benefits: [{ kind: "fixed", label: "Saved agency fee", monthly: 2000, fromMonth: 3, rampMonths: 2 }],
};

async function setup() {
  const editor = await createUser(getDb());
  const viewer = await createUser(getDb());
  const ws = await createWorkspace(getDb(), { members: [{ userId: editor.id, role: "editor" }, { userId: viewer.id, role: "viewer" }] });
  signInAs(editor);
  return { editor, viewer, ws };
}

async function create(slug: string, planValue: unknown = plan) {
  const result = await createInvestmentAction({ workspaceSlug: slug, ...header, plan: JSON.stringify(planValue) });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

describe("investments", () => {
  it("creates a draft with the plan stored exactly, audited", async () => {
    const { ws } = await setup();
    const id = await create(ws.slug);
    const row = await getDb().investment.findFirstOrThrow({ where: { id, workspaceId: ws.id } });
    expect(row.status).toBe("draft");
    expect(row.plan).toMatchObject({ costs: [{ amount: 12000 }, { monthly: 500.1 }] });
    expect(await getDb().auditLog.count({ where: { workspaceId: ws.id, action: "investment.create", entityId: id } })).toBe(1);
  });

  it("rejects an invalid plan naming the engine's field path, writing nothing", async () => {
    const { ws } = await setup();
    // Month 0 is no month (a month after the horizon is allowed: it contributes nothing, format v1).
    const bad = { costs: [{ kind: "oneTime", label: "X", amount: -5, month: 0 }], benefits: [] };
    const result = await createInvestmentAction({ workspaceSlug: ws.slug, ...header, plan: JSON.stringify(bad) });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.fieldErrors["plan.costs.0.amount"]).toEqual(["must not be negative"]);
      expect(result.fieldErrors["plan.costs.0.month"]?.[0]).toMatch(/at least 1/);
    }
    expect(await getDb().investment.count({ where: { workspaceId: ws.id } })).toBe(0);
  });

  it("names header fields that are wrong", async () => {
    const { ws } = await setup();
    const result = await createInvestmentAction({ workspaceSlug: ws.slug, ...header, name: "", startMonth: "2026-13", horizonMonths: 500, plan: "{}" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fieldErrors).sort()).toEqual(["horizonMonths", "name", "startMonth"]);
  });

  it("approving freezes version 1; later plan changes need a reason and add a version", async () => {
    const { ws } = await setup();
    const id = await create(ws.slug);
    const approved = await approvePlanAction({ workspaceSlug: ws.slug, investmentId: id, revision: 1 });
    expect(approved).toMatchObject({ ok: true, data: { version: 1, warning: "NO_BASELINE" } });
    const changed = { ...plan, benefits: [{ kind: "fixed", label: "Saved agency fee", monthly: 2500, fromMonth: 3 }] };
    const noReason = await savePlanAction({ workspaceSlug: ws.slug, investmentId: id, revision: 2, plan: JSON.stringify(changed) });
    expect(noReason.ok).toBe(false);
    if (!noReason.ok) expect(noReason.fieldErrors.reason).toBeDefined();
    const saved = await savePlanAction({ workspaceSlug: ws.slug, investmentId: id, revision: 2, plan: JSON.stringify(changed), reason: "Agency raised its fee" });
    expect(saved).toMatchObject({ ok: true, data: { version: 2 } });
    const versions = await getDb().planVersion.findMany({ where: { investmentId: id }, orderBy: { version: "asc" } });
    expect(versions.map((v) => [v.version, v.reason])).toEqual([[1, "Plan approved"], [2, "Agency raised its fee"]]);
    expect(versions[0].definition).toMatchObject({ benefits: [{ monthly: 2000 }] });
    expect(versions[1].definition).toMatchObject({ benefits: [{ monthly: 2500 }] });
  });

  it("refuses a save based on an old revision instead of overwriting", async () => {
    const { ws } = await setup();
    const id = await create(ws.slug);
    const first = await updateInvestmentAction({ workspaceSlug: ws.slug, investmentId: id, revision: 1, ...header, name: "Renamed by A" });
    expect(first.ok).toBe(true);
    const second = await updateInvestmentAction({ workspaceSlug: ws.slug, investmentId: id, revision: 1, ...header, name: "Renamed by B" });
    expect(second).toMatchObject({ ok: false, error: "CONFLICT" });
    expect((await getDb().investment.findUniqueOrThrow({ where: { id } })).name).toBe("Renamed by A");
  });

  it("follows the status workflow", async () => {
    const { ws } = await setup();
    const id = await create(ws.slug);
    expect(await changeStatusAction({ workspaceSlug: ws.slug, investmentId: id, revision: 1, status: "active" })).toMatchObject({ ok: false, error: "CONFLICT" });
    await approvePlanAction({ workspaceSlug: ws.slug, investmentId: id, revision: 1 });
    expect((await changeStatusAction({ workspaceSlug: ws.slug, investmentId: id, revision: 2, status: "active" })).ok).toBe(true);
    expect((await changeStatusAction({ workspaceSlug: ws.slug, investmentId: id, revision: 3, status: "completed" })).ok).toBe(true);
  });

  it("duplicates as a new draft and keeps viewers and outsiders out", async () => {
    const { ws, viewer } = await setup();
    const id = await create(ws.slug);
    const copy = await duplicateInvestmentAction({ workspaceSlug: ws.slug, investmentId: id });
    expect(copy.ok).toBe(true);
    signInAs(viewer);
    expect(await duplicateInvestmentAction({ workspaceSlug: ws.slug, investmentId: id })).toMatchObject({ ok: false, error: "FORBIDDEN" });
    const outsider = await createUser(getDb());
    const other = await createWorkspace(getDb(), { members: [{ userId: outsider.id, role: "owner" }] });
    signInAs(outsider);
    // The id of another workspace's investment, used with one's own workspace: not found.
    expect(await duplicateInvestmentAction({ workspaceSlug: other.slug, investmentId: id })).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await getDb().investment.count({ where: { workspaceId: ws.id } })).toBe(2);
  });
});
