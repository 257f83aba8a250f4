import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getEvaluationSettings } from "@/lib/investments/evaluation-settings";
import { evaluateInvestment } from "@/lib/investments/evaluate-investment";
import { createInvestment } from "@/lib/investments/mutations";
import { getInvestmentDetail } from "@/lib/investments/queries";
import { createUser, createWorkspace } from "@/prisma/factories";
import { signInAs } from "@/tests/support/session";
import { workspaceContextFor } from "@/tests/support/workspace-context";
import { updateDiscountRateAction } from "./actions";

async function setUp() {
  const owner = await createUser(getDb());
  const editor = await createUser(getDb());
  const ws = await createWorkspace(getDb(), { members: [{ userId: owner.id, role: "owner" }, { userId: editor.id, role: "editor" }] });
  const ctx = await workspaceContextFor(owner, ws.slug);
  // A plan without its own rate: the workspace's default applies to it.
  const { id } = await createInvestment(ctx, {
    name: "Webshop",
    description: "",
    category: "other",
    ownerName: "",
    startMonth: "2026-01",
    horizonMonths: 12,
    currency: "EUR",
    plan: { costs: [{ kind: "oneTime", label: "Build", amount: "1000", month: 1 }], benefits: [{ kind: "fixed", label: "Saving", monthly: "150" }] },
  });
  return { owner, editor, ws, investmentId: id };
}

const storedRate = async (workspaceId: string) =>
  (await getDb().workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { discountRatePct: true } })).discountRatePct?.toString() ?? null;

describe("the workspace's default discount rate", () => {
  it("an owner sets it (either notation), audited, and every stored evaluation is marked stale", async () => {
    const { owner, ws, investmentId } = await setUp();
    const figures = await getDb().investmentFigures.findUniqueOrThrow({ where: { investmentId } });
    expect(figures.asOfPeriod).not.toBe("");

    signInAs(owner);
    expect(await updateDiscountRateAction({ workspaceSlug: ws.slug, discountRatePct: "7,5" })).toEqual({ ok: true, data: undefined });
    expect(await storedRate(ws.id)).toBe("7.5");
    expect((await getDb().investmentFigures.findUniqueOrThrow({ where: { investmentId } })).asOfPeriod).toBe("");
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { workspaceId: ws.id, action: "workspace.discount-rate" } });
    expect(audit).toMatchObject({ actorId: owner.id, entityId: ws.id, before: { discountRatePct: null }, after: { discountRatePct: "7.5" } });

    // The next evaluation uses it: the plan sets no rate of its own.
    const settings = await getEvaluationSettings(ws.id);
    const evaluation = evaluateInvestment(await getInvestmentDetail(ws.id, investmentId), {
      today: new Date("2026-06-15T12:00:00Z"),
      discountRatePct: settings.discountRatePct,
    });
    expect(evaluation.ok && [evaluation.result.discountRatePct, evaluation.result.discountRateSource]).toEqual([7.5, "workspace"]);

    // Empty = back to the engine's 8%.
    expect((await updateDiscountRateAction({ workspaceSlug: ws.slug, discountRatePct: " " })).ok).toBe(true);
    expect(await storedRate(ws.id)).toBeNull();
    const audits = await getDb().auditLog.findMany({ where: { workspaceId: ws.id, action: "workspace.discount-rate" }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => a.after)).toEqual([{ discountRatePct: "7.5" }, { discountRatePct: null }]);
  });

  it("refuses an editor and an outsider, and changes nothing", async () => {
    const { editor, ws, investmentId } = await setUp();
    signInAs(editor);
    expect(await updateDiscountRateAction({ workspaceSlug: ws.slug, discountRatePct: "5" })).toMatchObject({ ok: false, error: "FORBIDDEN" });
    signInAs(await createUser(getDb()));
    expect(await updateDiscountRateAction({ workspaceSlug: ws.slug, discountRatePct: "5" })).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await storedRate(ws.id)).toBeNull();
    expect((await getDb().investmentFigures.findUniqueOrThrow({ where: { investmentId } })).asOfPeriod).not.toBe("");
    expect(await getDb().auditLog.count({ where: { workspaceId: ws.id, action: "workspace.discount-rate" } })).toBe(0);
  });

  it.each([
    ["abc", "Enter a percentage such as 8 or 7.5"],
    ["-1", "Enter a rate from 0 to 100"],
    ["100.01", "Enter a rate from 0 to 100"],
    ["7.125", "Use at most 2 decimals"],
  ])("names the field for %s", async (value, message) => {
    const { owner, ws } = await setUp();
    signInAs(owner);
    const result = await updateDiscountRateAction({ workspaceSlug: ws.slug, discountRatePct: value });
    expect(result).toMatchObject({ ok: false, fieldErrors: { discountRatePct: [message] } });
    expect(await storedRate(ws.id)).toBeNull();
  });

  it("accepts the bounds 0 and 100", async () => {
    const { owner, ws } = await setUp();
    signInAs(owner);
    expect((await updateDiscountRateAction({ workspaceSlug: ws.slug, discountRatePct: "0" })).ok).toBe(true);
    expect(await storedRate(ws.id)).toBe("0");
    expect((await updateDiscountRateAction({ workspaceSlug: ws.slug, discountRatePct: "100%" })).ok).toBe(true);
    expect(await storedRate(ws.id)).toBe("100");
  });
});
