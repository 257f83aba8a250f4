import { describe, expect, it } from "vitest";
import { signInAs } from "@/tests/support/session";
import { getDb } from "@/lib/db/client";
import { approvePlanAction, createInvestmentAction } from "@/lib/investments/actions";
import { currentPeriod, periodOfMonthNumber } from "@/lib/investments/months";
import { createUser, createWorkspace } from "@/prisma/factories";
import {
  createKpiAction,
  deleteKpiAction,
  deleteKpiMeasurementAction,
  recordKpiMeasurementAction,
  updateKpiAction,
} from "./actions";
import { listKpis } from "./queries";

const startMonth = periodOfMonthNumber(currentPeriod(), -2); // month 4 is the current month
const month = (n: number) => periodOfMonthNumber(startMonth, n);
const kpiInput = {
  name: "Conversion rate",
  unit: "%",
  baseline: "1,8",
  baselineDate: "2025-12-15",
  target: "2,9",
  direction: "up",
  locale: "nl",
};

async function setup() {
  const editor = await createUser(getDb());
  const viewer = await createUser(getDb());
  const ws = await createWorkspace(getDb(), {
    members: [
      { userId: editor.id, role: "editor" },
      { userId: viewer.id, role: "viewer" },
    ],
  });
  signInAs(editor);
  const plan = JSON.stringify({ benefits: [{ kind: "fixed", label: "Fee", monthly: 100 }] });
  const created = await createInvestmentAction({
    workspaceSlug: ws.slug,
    name: "Landing page",
    category: "product",
    startMonth,
    horizonMonths: 6,
    currency: "EUR",
    plan,
  });
  if (!created.ok) throw new Error(JSON.stringify(created));
  return { editor, viewer, ws, investmentId: created.data.id };
}
type Setup = Awaited<ReturnType<typeof setup>>;

async function addKpi(s: Setup, input: Record<string, unknown> = {}) {
  const result = await createKpiAction({
    workspaceSlug: s.ws.slug,
    investmentId: s.investmentId,
    ...kpiInput,
    ...input,
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

const counts = async (s: Setup) => ({
  kpis: await getDb().kpi.count({ where: { workspaceId: s.ws.id } }),
  measurements: await getDb().kpiMeasurement.count({ where: { workspaceId: s.ws.id } }),
  audits: await getDb().auditLog.count({ where: { workspaceId: s.ws.id, entityType: "Kpi" } }),
});

describe("KPIs", () => {
  it("adds a KPI with baseline, date, target and direction read in the user's locale, audited", async () => {
    const s = await setup();
    const id = await addKpi(s);
    await addKpi(s, {
      name: "Support tickets",
      unit: "",
      baseline: "",
      baselineDate: "",
      target: "",
      direction: "down",
      locale: "en",
    });
    const kpis = await listKpis(s.ws.id, s.investmentId);
    expect(kpis).toEqual([
      {
        id,
        name: "Conversion rate",
        unit: "%",
        baseline: "1.8",
        baselineDate: "2025-12-15",
        target: "2.9",
        direction: "up",
        measurements: [],
      },
      expect.objectContaining({
        name: "Support tickets",
        baseline: null,
        baselineDate: null,
        target: null,
        direction: "down",
      }),
    ]);
    expect(await getDb().auditLog.count({ where: { workspaceId: s.ws.id, action: "kpi.create", entityId: id } })).toBe(
      1,
    );
  });

  it("gives approval its baseline: no NO_BASELINE warning once a KPI has one", async () => {
    const s = await setup();
    await addKpi(s);
    expect(
      await approvePlanAction({ workspaceSlug: s.ws.slug, investmentId: s.investmentId, revision: 1 }),
    ).toMatchObject({ ok: true, data: { warning: null } });
  });

  it("names every wrong field and writes nothing", async () => {
    const s = await setup();
    const result = await createKpiAction({
      workspaceSlug: s.ws.slug,
      investmentId: s.investmentId,
      name: " ",
      baseline: "1.8",
      baselineDate: "2999-01-01",
      target: "abc",
      direction: "sideways",
      locale: "nl",
    });
    expect(result).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
      fieldErrors: {
        name: ["Name is required"],
        baseline: ["Enter a number like 1.234,56"],
        baselineDate: ["The baseline date cannot be in the future"],
        target: ["Enter a number like 1.234,56"],
        direction: ["Choose whether higher or lower is better"],
      },
    });
    const badDate = await createKpiAction({
      workspaceSlug: s.ws.slug,
      investmentId: s.investmentId,
      ...kpiInput,
      baselineDate: "2026-02-30",
    });
    expect(badDate).toMatchObject({ ok: false, fieldErrors: { baselineDate: ["Enter a date like 2026-01-31"] } });
    expect(await counts(s)).toEqual({ kpis: 0, measurements: 0, audits: 0 });
  });

  it("edits and deletes a KPI (its measurements go with it), audited", async () => {
    const s = await setup();
    const id = await addKpi(s);
    await recordKpiMeasurementAction({
      workspaceSlug: s.ws.slug,
      kpiId: id,
      month: month(2),
      value: "2,1",
      locale: "nl",
    });
    const updated = await updateKpiAction({
      workspaceSlug: s.ws.slug,
      kpiId: id,
      ...kpiInput,
      name: "Checkout conversion",
      target: "3",
      direction: "up",
    });
    expect(updated).toEqual({ ok: true, data: undefined });
    expect(await listKpis(s.ws.id, s.investmentId)).toMatchObject([
      { name: "Checkout conversion", target: "3", measurements: [{ period: month(2), value: "2.1" }] },
    ]);
    expect(await deleteKpiAction({ workspaceSlug: s.ws.slug, kpiId: id })).toEqual({ ok: true, data: undefined });
    expect(await counts(s)).toEqual({ kpis: 0, measurements: 0, audits: 4 });
    const deletion = await getDb().auditLog.findFirstOrThrow({ where: { workspaceId: s.ws.id, action: "kpi.delete" } });
    expect(deletion.before).toMatchObject({ name: "Checkout conversion", measurements: [{ value: "2.1" }] });
  });
});

describe("measurements", () => {
  it("records one value per KPI and month, correcting it on a second save", async () => {
    const s = await setup();
    const id = await addKpi(s);
    const ref = { workspaceSlug: s.ws.slug, kpiId: id, month: month(1) };
    expect(await recordKpiMeasurementAction({ ...ref, value: "2" })).toEqual({ ok: true, data: undefined });
    expect(await recordKpiMeasurementAction({ ...ref, value: "-2.25", baseValue: "2" })).toEqual({
      ok: true,
      data: undefined,
    });
    expect(await recordKpiMeasurementAction({ ...ref, month: month(4), value: "3" })).toEqual({
      ok: true,
      data: undefined,
    });
    expect((await listKpis(s.ws.id, s.investmentId))[0].measurements).toEqual([
      { period: month(1), value: "-2.25" },
      { period: month(4), value: "3" },
    ]);
    expect(await deleteKpiMeasurementAction({ ...ref, baseValue: "-2.25" })).toEqual({ ok: true, data: undefined });
    expect(await deleteKpiMeasurementAction({ ...ref, baseValue: "-2.25" })).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });
    expect(await counts(s)).toMatchObject({ measurements: 1, audits: 5 });
  });

  it.each([
    ["before the start", { month: periodOfMonthNumber(startMonth, 0) }, "month", /horizon/],
    ["in the future", { month: month(5) }, "month", /^Only past and current months can be recorded$/],
    ["empty", { value: "" }, "value", /^Enter a value$/],
    ["absurd", { value: "1e13" }, "value", /Enter a number/],
    ["too large", { value: "2000000000000" }, "value", /too large/],
  ])("refuses a measurement %s, naming the field", async (_label, input, field, message) => {
    const s = await setup();
    const id = await addKpi(s);
    const result = await recordKpiMeasurementAction({
      workspaceSlug: s.ws.slug,
      kpiId: id,
      month: month(1),
      value: "1",
      ...input,
    });
    expect(result).toMatchObject({ ok: false, error: "INVALID_INPUT" });
    if (!result.ok) expect(result.fieldErrors[field]?.[0]).toMatch(message);
    expect(await counts(s)).toMatchObject({ measurements: 0 });
  });
});

describe("roles and tenancy", () => {
  it("keeps viewers out of every KPI write", async () => {
    const s = await setup();
    const id = await addKpi(s);
    await recordKpiMeasurementAction({ workspaceSlug: s.ws.slug, kpiId: id, month: month(1), value: "2" });
    const before = await counts(s);
    signInAs(s.viewer);
    const slug = s.ws.slug;
    const results = [
      await createKpiAction({ workspaceSlug: slug, investmentId: s.investmentId, ...kpiInput }),
      await updateKpiAction({ workspaceSlug: slug, kpiId: id, ...kpiInput, name: "Hacked" }),
      await deleteKpiAction({ workspaceSlug: slug, kpiId: id }),
      await recordKpiMeasurementAction({ workspaceSlug: slug, kpiId: id, month: month(2), value: "9" }),
      await deleteKpiMeasurementAction({ workspaceSlug: slug, kpiId: id, month: month(1) }),
    ];
    expect(results.map((r) => (r.ok ? "ok" : r.error))).toEqual(Array(5).fill("FORBIDDEN"));
    expect(await counts(s)).toEqual(before);
  });

  it("gives an outsider NOT_FOUND for another workspace's KPIs and investments, even under their own slug", async () => {
    const s = await setup();
    const id = await addKpi(s);
    await recordKpiMeasurementAction({ workspaceSlug: s.ws.slug, kpiId: id, month: month(1), value: "2" });
    const before = await counts(s);
    const outsider = await createUser(getDb());
    const own = await createWorkspace(getDb(), { members: [{ userId: outsider.id, role: "owner" }] });
    signInAs(outsider);
    for (const slug of [own.slug, s.ws.slug]) {
      const results = [
        await createKpiAction({ workspaceSlug: slug, investmentId: s.investmentId, ...kpiInput }),
        await updateKpiAction({ workspaceSlug: slug, kpiId: id, ...kpiInput, name: "Hacked" }),
        await deleteKpiAction({ workspaceSlug: slug, kpiId: id }),
        await recordKpiMeasurementAction({ workspaceSlug: slug, kpiId: id, month: month(2), value: "9" }),
        await deleteKpiMeasurementAction({ workspaceSlug: slug, kpiId: id, month: month(1) }),
      ];
      expect(results.map((r) => (r.ok ? "ok" : r.error))).toEqual(Array(5).fill("NOT_FOUND"));
    }
    expect(await counts(s)).toEqual(before);
    expect(await listKpis(own.id, s.investmentId)).toEqual([]);
  });
});
