import { describe, expect, it } from "vitest";
import { actAs, signInAs } from "@/tests/support/session";
import { saveActualsAction } from "@/lib/actuals/actions";
import { getDb } from "@/lib/db/client";
import { createInvestmentAction } from "@/lib/investments/actions";
import { periodToDate } from "@/lib/investments/months";
import { createUser, createWorkspace } from "@/prisma/factories";
import { createKpiAction, deleteKpiMeasurementAction, recordKpiMeasurementAction } from "./actions";

// KPI values written through the KPI section and through the actuals grid, against each
// other. All months are in 2024, in the past whatever today is.
const JANUARY = "2024-01";
const FEBRUARY = "2024-02";

async function setup() {
  const editor = await createUser(getDb(), { name: "Eva Editor" });
  const other = await createUser(getDb(), { name: "Otto Other" });
  const ws = await createWorkspace(getDb(), {
    members: [
      { userId: editor.id, role: "editor" },
      { userId: other.id, role: "editor" },
    ],
  });
  signInAs(editor);
  const created = await createInvestmentAction({
    workspaceSlug: ws.slug,
    name: "Checkout redesign",
    category: "product",
    startMonth: JANUARY,
    horizonMonths: 12,
    currency: "EUR",
    plan: JSON.stringify({ benefits: [{ kind: "fixed", label: "Fee", monthly: 100 }] }),
  });
  if (!created.ok) throw new Error(JSON.stringify(created));
  const kpi = await createKpiAction({
    workspaceSlug: ws.slug,
    investmentId: created.data.id,
    name: "Conversion",
    direction: "up",
  });
  if (!kpi.ok) throw new Error(JSON.stringify(kpi));
  return { editor, other, ws, investmentId: created.data.id, kpiId: kpi.data.id };
}
type Setup = Awaited<ReturnType<typeof setup>>;

const gridSave = (s: Setup, input: Record<string, unknown>) =>
  saveActualsAction({
    workspaceSlug: s.ws.slug,
    investmentId: s.investmentId,
    month: JANUARY,
    cost: "500",
    benefit: "100",
    baseRevision: null,
    ...input,
  });
const record = (s: Setup, input: Record<string, unknown>) =>
  recordKpiMeasurementAction({ workspaceSlug: s.ws.slug, kpiId: s.kpiId, month: JANUARY, ...input });

async function stored(s: Setup, month = JANUARY) {
  const where = { workspaceId: s.ws.id, month: periodToDate(month) };
  const [actual, measurement] = await Promise.all([
    getDb().actualMonth.findFirst({ where, select: { revision: true, cost: true } }),
    getDb().kpiMeasurement.findFirst({ where: { ...where, kpiId: s.kpiId }, select: { value: true } }),
  ]);
  return { revision: actual?.revision ?? null, cost: actual?.cost.toFixed(2) ?? null, value: measurement?.value.toString() ?? null };
}

describe("a KPI value recorded through the KPI section", () => {
  it("moves the month's revision on, so a grid save based on the older revision is refused", async () => {
    const s = await setup();
    expect(await gridSave(s, { kpiValues: { [s.kpiId]: "2" } })).toMatchObject({ ok: true, data: { revision: 1 } });

    expect(await actAs(s.other, () => record(s, { value: "3", baseValue: "2" }))).toEqual({ ok: true, data: undefined });
    expect(await stored(s)).toEqual({ revision: 2, cost: "500.00", value: "3" });

    // The grid still shows revision 1 and the value 2.
    const stale = await gridSave(s, { baseRevision: 1, kpiValues: { [s.kpiId]: "4" }, kpiBase: { [s.kpiId]: "2" } });
    expect(stale).toMatchObject({
      ok: false,
      error: "CONFLICT",
      conflict: { theirs: { revision: 2, kpiValues: { [s.kpiId]: "3" } }, theirKpiValues: { [s.kpiId]: "3" } },
    });
    expect(await gridSave(s, { baseRevision: 1, cost: "600" })).toMatchObject({ ok: false, error: "CONFLICT" });
    expect(await stored(s)).toEqual({ revision: 2, cost: "500.00", value: "3" });

    // "Overwrite with mine" from the grid: based on their revision and value.
    const overwrite = await gridSave(s, { baseRevision: 2, kpiValues: { [s.kpiId]: "4" }, kpiBase: { [s.kpiId]: "3" } });
    expect(overwrite).toMatchObject({ ok: true, data: { revision: 3, kpiValues: { [s.kpiId]: "4" } } });
  });

  it("is not overwritten by a first grid save of a month without actuals that was based on no value", async () => {
    const s = await setup();
    expect(await actAs(s.other, () => record(s, { value: "3" }))).toEqual({ ok: true, data: undefined });

    const stale = await gridSave(s, { kpiValues: { [s.kpiId]: "4" } });
    expect(stale).toMatchObject({
      ok: false,
      error: "CONFLICT",
      conflict: { theirs: null, theirKpiValues: { [s.kpiId]: "3" }, yours: { kpiValues: { [s.kpiId]: "4" } } },
    });
    expect(await stored(s)).toEqual({ revision: null, cost: null, value: "3" });

    // A grid save that leaves the KPI cell alone keeps their value.
    expect(await gridSave(s, { cost: "700" })).toMatchObject({ ok: true, data: { kpiValues: { [s.kpiId]: "3" } } });
    expect(await stored(s)).toEqual({ revision: 1, cost: "700.00", value: "3" });
  });
});

describe("KPI writes based on a stale value", () => {
  it("are refused with a CONFLICT carrying both values, and nothing changes", async () => {
    const s = await setup();
    expect(await record(s, { value: "3", baseValue: "" })).toEqual({ ok: true, data: undefined });
    const audits = () => getDb().auditLog.count({ where: { workspaceId: s.ws.id, entityType: "Kpi" } });
    const auditsBefore = await audits();

    // Based on "no value" (also when the base is left out), and based on a value it never had.
    for (const base of [{ baseValue: "" }, {}, { baseValue: "2.5" }]) {
      expect(await actAs(s.other, () => record(s, { value: "9", ...base }))).toEqual({
        ok: false,
        error: "CONFLICT",
        message: "Someone else changed this KPI value after you opened it",
        fieldErrors: {},
        conflict: { kpiId: s.kpiId, month: JANUARY, yours: "9", theirs: "3" },
      });
    }
    const staleDelete = await actAs(s.other, () =>
      deleteKpiMeasurementAction({ workspaceSlug: s.ws.slug, kpiId: s.kpiId, month: JANUARY, baseValue: "2.5" }),
    );
    expect(staleDelete).toMatchObject({ ok: false, error: "CONFLICT", conflict: { yours: null, theirs: "3" } });
    expect(await stored(s)).toMatchObject({ value: "3" });
    expect(await audits()).toBe(auditsBefore);

    // "Overwrite with mine": the same value again, based on theirs. Equal decimals match ("3.0" is 3).
    expect(await actAs(s.other, () => record(s, { value: "9", baseValue: "3.0" }))).toEqual({ ok: true, data: undefined });
    expect(await stored(s)).toMatchObject({ value: "9" });
  });

  it("refuses a base that is not a number", async () => {
    const s = await setup();
    expect(await record(s, { value: "9", baseValue: "x" })).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
      fieldErrors: { baseValue: ["Reload the page and try again"] },
    });
  });
});

describe("24 simultaneous KPI writes based on the same state", () => {
  it.each([
    ["a month with actuals and a value", "2"],
    ["a month with no value yet", ""],
  ])("on %s: exactly one succeeds, 23 get a CONFLICT", async (_label, base) => {
    const s = await setup();
    await gridSave(s, { month: FEBRUARY });
    if (base) await gridSave(s, { kpiValues: { [s.kpiId]: base } });
    const month = base ? JANUARY : FEBRUARY;
    const before = await stored(s, month);

    const values = Array.from({ length: 24 }, (_, i) => String(10 + i));
    const results = await Promise.all(
      values.map((value) => actAs(s.other, () => record(s, { month, value, baseValue: base }))),
    );

    const winners = results.filter((r) => r.ok);
    expect(winners).toHaveLength(1);
    const refused = results.filter((r) => !r.ok);
    expect(refused.map((r) => (r.ok ? "ok" : r.error))).toEqual(Array(23).fill("CONFLICT"));
    const after = await stored(s, month);
    expect(values).toContain(after.value);
    for (const r of refused) expect(r).toMatchObject({ conflict: { theirs: after.value } });
    // One write, one step of the month's revision (a month with actuals), one audit row.
    expect(after.revision).toBe(before.revision === null ? null : before.revision + 1);
    expect(
      await getDb().auditLog.count({ where: { workspaceId: s.ws.id, action: "kpi.measure", entityId: s.kpiId } }),
    ).toBe(1);
  });
});

describe("grid saves and KPI-section writes of the same month at once", () => {
  it("never deadlock: exactly one wins, the others get a CONFLICT", async () => {
    const s = await setup();
    await gridSave(s, { kpiValues: { [s.kpiId]: "2" } });
    const writes = Array.from({ length: 12 }, (_, i) => [
      () => actAs(s.editor, () => gridSave(s, { baseRevision: 1, cost: String(600 + i), kpiValues: { [s.kpiId]: String(50 + i) }, kpiBase: { [s.kpiId]: "2" } })),
      () => actAs(s.other, () => record(s, { value: String(10 + i), baseValue: "2" })),
    ]).flat();
    const results = await Promise.all(writes.map((write) => write()));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => (r.ok ? "ok" : r.error))).toEqual(Array(23).fill("CONFLICT"));
  }, 120_000);
});
