import { describe, expect, it } from "vitest";
import { actAs, signInAs } from "@/tests/support/session";
import { getDb } from "@/lib/db/client";
import { approvePlanAction, createInvestmentAction, savePlanAction } from "@/lib/investments/actions";
import { currentPeriod, periodOfMonthNumber, periodToDate } from "@/lib/investments/months";
import { createKpiAction } from "@/lib/kpis/actions";
import { createUser, createWorkspace } from "@/prisma/factories";
import { appErrorOf, workspaceContextFor } from "@/tests/support/workspace-context";
import { deleteActualsAction, saveActualsAction } from "./actions";
import { saveActuals } from "./mutations";
import { findActualsPage } from "./queries";
import { saveActualsInput } from "./schemas";

// Months are counted from `today`: the investment started 6 months before, so month 7 is
// the current month and month 8 is in the future. Tests that depend on which months have
// begun pass `today` to the lib functions (the actions always use the real date, for which
// all of these months are over).
const today = new Date("2026-06-15T10:00:00Z");
const now = currentPeriod(today);
const startMonth = periodOfMonthNumber(now, -5);
const month = (n: number) => periodOfMonthNumber(startMonth, n);

const plan = {
  costs: [{ kind: "recurring", label: "Licence", monthly: 500 }],
  benefits: [
    { kind: "fixed", label: "Saved agency fee", monthly: 2000 },
    { kind: "fixed", label: "Upsell", monthly: 300 },
  ],
};

async function setup(options: { horizonMonths?: number } = {}) {
  const editor = await createUser(getDb(), { name: "Eva Editor" });
  const other = await createUser(getDb(), { name: "Otto Other" });
  const viewer = await createUser(getDb());
  const ws = await createWorkspace(getDb(), {
    members: [
      { userId: editor.id, role: "editor" },
      { userId: other.id, role: "editor" },
      { userId: viewer.id, role: "viewer" },
    ],
  });
  signInAs(editor);
  const created = await createInvestmentAction({
    workspaceSlug: ws.slug,
    name: "Agency replacement",
    category: "process",
    startMonth,
    horizonMonths: options.horizonMonths ?? 12,
    currency: "EUR",
    plan: JSON.stringify(plan),
  });
  if (!created.ok) throw new Error(JSON.stringify(created));
  const investmentId = created.data.id;
  const approved = await approvePlanAction({ workspaceSlug: ws.slug, investmentId, revision: 1 });
  if (!approved.ok) throw new Error(JSON.stringify(approved));
  const kpi = await createKpiAction({
    workspaceSlug: ws.slug,
    investmentId,
    name: "Tickets",
    unit: "#",
    baseline: "120",
    direction: "down",
  });
  if (!kpi.ok) throw new Error(JSON.stringify(kpi));
  return { editor, other, viewer, ws, investmentId, kpiId: kpi.data.id };
}

type Setup = Awaited<ReturnType<typeof setup>>;
const save = (s: Setup, input: Record<string, unknown>) =>
  saveActualsAction({
    workspaceSlug: s.ws.slug,
    investmentId: s.investmentId,
    month: month(1),
    cost: "500",
    benefit: "0",
    baseRevision: null,
    ...input,
  });

async function written(s: Setup) {
  const db = getDb();
  return {
    actuals: await db.actualMonth.count({ where: { workspaceId: s.ws.id } }),
    measurements: await db.kpiMeasurement.count({ where: { workspaceId: s.ws.id } }),
    audits: await db.auditLog.count({ where: { workspaceId: s.ws.id, entityType: "ActualMonth" } }),
  };
}

describe("saving a month", () => {
  it("stores the amounts exactly as typed in the user's locale, with who, when and the plan version", async () => {
    const s = await setup();
    const result = await save(s, {
      locale: "nl",
      cost: "1.234,56",
      benefit: "999.999.999.999,99",
      note: " Kick-off ",
      kpiValues: { [s.kpiId]: "118,5" },
    });
    expect(result).toMatchObject({
      ok: true,
      data: {
        revision: 1,
        cost: "1234.56",
        benefit: "999999999999.99",
        note: "Kick-off",
        recordedByName: "Eva Editor",
        planVersion: 1,
      },
    });
    const row = await getDb().actualMonth.findFirstOrThrow({
      where: { workspaceId: s.ws.id, investmentId: s.investmentId },
      include: { planVersion: true },
    });
    expect([row.cost.toFixed(), row.benefit.toFixed(), row.recordedById, row.planVersion?.version]).toEqual([
      "1234.56",
      "999999999999.99",
      s.editor.id,
      1,
    ]);
    const measurement = await getDb().kpiMeasurement.findFirstOrThrow({ where: { kpiId: s.kpiId } });
    expect([measurement.value.toString(), measurement.month]).toEqual(["118.5", periodToDate(month(1))]);
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { workspaceId: s.ws.id, action: "actuals.save" } });
    expect(audit.after).toMatchObject({ cost: "1234.56", kpiValues: { [s.kpiId]: "118.5" } });
  });

  it("remembers which plan version was in force when each month was recorded", async () => {
    const s = await setup();
    expect((await save(s, {})).ok).toBe(true);
    const changed = { ...plan, costs: [{ kind: "recurring", label: "Licence", monthly: 650 }] };
    const saved = await savePlanAction({
      workspaceSlug: s.ws.slug,
      investmentId: s.investmentId,
      // The first actuals made the approved plan active (revision 2 → 3).
      revision: 3,
      plan: JSON.stringify(changed),
      reason: "Licence price rose",
    });
    expect(saved).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await save(s, { month: month(2) })).toMatchObject({ ok: true, data: { planVersion: 2 } });
    const rows = await getDb().actualMonth.findMany({
      where: { investmentId: s.investmentId },
      orderBy: { month: "asc" },
      include: { planVersion: true },
    });
    expect(rows.map((r) => r.planVersion?.version)).toEqual([1, 2]);
  });

  it("splits the benefit per driver and makes the benefit their exact sum", async () => {
    const s = await setup();
    const result = await save(s, {
      benefit: "",
      benefitByDriver: { "Saved agency fee": "1,999.99", Upsell: "0.02", Unused: "" },
    });
    expect(result).toMatchObject({
      ok: true,
      data: { benefit: "2000.01", benefitByDriver: { "Saved agency fee": "1999.99", Upsell: "0.02" } },
    });
    const mismatch = await save(s, {
      month: month(2),
      benefit: "2000",
      benefitByDriver: { Upsell: "0.10", "Saved agency fee": "1999.99" },
    });
    expect(mismatch).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
      fieldErrors: { benefit: ["The benefit must equal the sum of the drivers"] },
    });
  });

  it("updates with the revision it was based on, and removes a KPI value left empty", async () => {
    const s = await setup();
    await save(s, { kpiValues: { [s.kpiId]: "110" } });
    const second = await save(s, {
      cost: "600",
      baseRevision: 1,
      kpiValues: { [s.kpiId]: "" },
      kpiBase: { [s.kpiId]: "110" },
    });
    expect(second).toMatchObject({ ok: true, data: { revision: 2, cost: "600.00", kpiValues: {} } });
    expect(await getDb().kpiMeasurement.count({ where: { kpiId: s.kpiId } })).toBe(0);
  });
});

describe("optimistic concurrency", () => {
  it("refuses a save over a newer edit and returns yours and theirs, writing nothing", async () => {
    const s = await setup();
    await save(s, { cost: "500", benefit: "100" });
    await save(s, { cost: "510", benefit: "100", baseRevision: 1 });
    const before = await getDb().actualMonth.findFirstOrThrow({ where: { investmentId: s.investmentId } });
    const stale = await actAs(s.other, () => save(s, { cost: "999", benefit: "1", note: "mine", baseRevision: 1 }));
    expect(stale).toMatchObject({
      ok: false,
      error: "CONFLICT",
      conflict: {
        month: month(1),
        yours: { cost: "999.00", benefit: "1.00", note: "mine", baseRevision: 1 },
        theirs: {
          cost: "510.00",
          benefit: "100.00",
          revision: 2,
          recordedByName: "Eva Editor",
          updatedAt: before.updatedAt.toISOString(),
        },
      },
    });
    expect(await getDb().actualMonth.findFirstOrThrow({ where: { investmentId: s.investmentId } })).toEqual(before);
    // "Overwrite with mine" re-submits against their revision.
    const overwrite = await actAs(s.other, () => save(s, { cost: "999", benefit: "1", baseRevision: 2 }));
    expect(overwrite).toMatchObject({ ok: true, data: { revision: 3, recordedByName: "Otto Other" } });
  });

  it("treats a first save of a month someone already recorded as a conflict", async () => {
    const s = await setup();
    await save(s, {});
    expect(await actAs(s.other, () => save(s, { baseRevision: null }))).toMatchObject({
      ok: false,
      error: "CONFLICT",
      conflict: { theirs: { revision: 1 } },
    });
  });

  it("lets exactly one of two simultaneous first saves win", async () => {
    const s = await setup();
    const results = await Promise.all([
      actAs(s.editor, () => save(s, { cost: "1" })),
      actAs(s.other, () => save(s, { cost: "2" })),
    ]);
    expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
    expect(results.find((r) => !r.ok)).toMatchObject({ error: "CONFLICT" });
    expect((await written(s)).actuals).toBe(1);
  });

  it("reports a month deleted meanwhile as a conflict with no 'theirs'", async () => {
    const s = await setup();
    await save(s, {});
    await deleteActualsAction({
      workspaceSlug: s.ws.slug,
      investmentId: s.investmentId,
      month: month(1),
      baseRevision: 1,
    });
    expect(await save(s, { baseRevision: 1 })).toMatchObject({
      ok: false,
      error: "CONFLICT",
      conflict: { theirs: null },
    });
  });

  it("speaks Dutch to a Dutch user", async () => {
    const s = await setup();
    await save(s, {});
    const dutch = await createUser(getDb());
    await getDb().user.update({ where: { id: dutch.id }, data: { locale: "nl" } });
    await getDb().membership.create({ data: { workspaceId: s.ws.id, userId: dutch.id, role: "editor" } });
    const result = await actAs({ ...dutch, locale: "nl" }, () => save(s, { locale: "nl", cost: "-1" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { cost: ["Bedragen kunnen niet negatief zijn"] } });
    const conflict = await actAs({ ...dutch, locale: "nl" }, () => save(s, {}));
    expect(conflict).toMatchObject({
      ok: false,
      error: "CONFLICT",
      message: "Iemand anders heeft deze maand opgeslagen nadat jij hem opende",
    });
  });
});

describe("bad input names the field and writes nothing", () => {
  it.each([
    ["a month before the start", { month: periodOfMonthNumber(startMonth, 0) }, "month", /horizon/],
    ["a negative cost", { cost: "-0.01" }, "cost", /^Amounts cannot be negative$/],
    ["an absurd benefit", { benefit: "1000000000000.01" }, "benefit", /too large/],
    [
      "a benefit in the wrong notation",
      { locale: "en", benefit: "1.234,56" },
      "benefit",
      /^Enter a number like 1,234.56$/,
    ],
    ["a missing cost", { cost: "" }, "cost", /^Enter an amount$/],
    ["a negative driver", { benefit: "", benefitByDriver: { Upsell: "-5" } }, "benefitByDriver.Upsell", /negative/],
    [
      "an unreadable KPI value, with the amounts fine",
      { kpiValues: { KPI: "abc" } },
      "kpiValues.KPI",
      /Enter a number/,
    ],
    ["cents below a cent", { cost: "1.001" }, "cost", /at most 2 decimals/],
  ])("%s", async (_label, input, field, message) => {
    const s = await setup();
    const result = await save(s, input);
    expect(result).toMatchObject({ ok: false, error: "INVALID_INPUT" });
    if (!result.ok) expect(result.fieldErrors[field]?.[0]).toMatch(message);
    expect(await written(s)).toEqual({ actuals: 0, measurements: 0, audits: 0 });
  });

  it("names every wrong field at once", async () => {
    const s = await setup();
    const result = await save(s, { month: "2026-13", cost: "-1", benefit: "x", note: "n".repeat(2001) });
    expect(result).toMatchObject({ ok: false, error: "INVALID_INPUT" });
    if (!result.ok) expect(Object.keys(result.fieldErrors).sort()).toEqual(["benefit", "cost", "month", "note"]);
  });

  it("rejects a past month beyond a short horizon", async () => {
    const s = await setup({ horizonMonths: 3 });
    const result = await save(s, { month: month(5) });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { month: [`This month is outside the investment's horizon (${startMonth} to ${month(3)})`] },
    });
  });

  it("refuses a month that has not begun and accepts the current one, as of the day of saving", async () => {
    const s = await setup();
    const ctx = await workspaceContextFor(s.editor, s.ws.slug);
    const input = (period: string) =>
      saveActualsInput.parse({ investmentId: s.investmentId, month: period, cost: "500", benefit: "0", baseRevision: null });
    const future = await appErrorOf(saveActuals(ctx, input(month(8)), today));
    expect(future.fieldErrors).toEqual({ month: ["Only past and current months can be recorded"] });
    expect(await written(s)).toEqual({ actuals: 0, measurements: 0, audits: 0 });
    expect(await saveActuals(ctx, input(now), today)).toMatchObject({ cost: "500.00", revision: 1 });
    // From 2026-07-01 on, month 8 has begun.
    const nextMonth = new Date("2026-07-01T00:00:00Z");
    expect(await saveActuals(ctx, input(month(8)), nextMonth)).toMatchObject({ revision: 1 });
  });

  it("refuses a KPI of another investment as not found, and writes nothing", async () => {
    const s = await setup();
    const otherInvestment = await createInvestmentAction({
      workspaceSlug: s.ws.slug,
      name: "Other",
      category: "other",
      startMonth,
      horizonMonths: 12,
      currency: "EUR",
      plan: "{}",
    });
    if (!otherInvestment.ok) throw new Error("setup");
    const foreignKpi = await createKpiAction({
      workspaceSlug: s.ws.slug,
      investmentId: otherInvestment.data.id,
      name: "Foreign",
      direction: "up",
    });
    if (!foreignKpi.ok) throw new Error("setup");
    expect(await save(s, { kpiValues: { [s.kpiId]: "1", [foreignKpi.data.id]: "2" } })).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });
    expect(await written(s)).toEqual({ actuals: 0, measurements: 0, audits: 0 });
  });
});

describe("deleting a month", () => {
  it("removes the month and its KPI values, audited; a stale revision is a conflict", async () => {
    const s = await setup();
    await save(s, { kpiValues: { [s.kpiId]: "100" } });
    await save(s, { month: month(2), kpiValues: { [s.kpiId]: "90" } });
    const ref = { workspaceSlug: s.ws.slug, investmentId: s.investmentId, month: month(1) };
    expect(await deleteActualsAction({ ...ref, baseRevision: 2 })).toMatchObject({ ok: false, error: "CONFLICT" });
    expect(await deleteActualsAction({ ...ref, baseRevision: 1 })).toEqual({ ok: true, data: undefined });
    const left = await getDb().kpiMeasurement.findMany({ where: { kpiId: s.kpiId } });
    expect(left.map((m) => m.value.toString())).toEqual(["90"]);
    expect(await written(s)).toMatchObject({ actuals: 1, audits: 3 });
    expect(await deleteActualsAction({ ...ref, baseRevision: 1 })).toMatchObject({ ok: false, error: "CONFLICT" });
  });
});

describe("roles and tenancy", () => {
  it("keeps viewers out of every write", async () => {
    const s = await setup();
    await save(s, {});
    signInAs(s.viewer);
    expect(await save(s, { month: month(2) })).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(
      await deleteActualsAction({
        workspaceSlug: s.ws.slug,
        investmentId: s.investmentId,
        month: month(1),
        baseRevision: 1,
      }),
    ).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await written(s)).toMatchObject({ actuals: 1, audits: 1 });
  });

  it("gives an outsider NOT_FOUND, through their own workspace or the victim's", async () => {
    const s = await setup();
    await save(s, {});
    const outsider = await createUser(getDb());
    const own = await createWorkspace(getDb(), { members: [{ userId: outsider.id, role: "owner" }] });
    signInAs(outsider);
    for (const slug of [own.slug, s.ws.slug]) {
      expect(await save(s, { workspaceSlug: slug, month: month(2) })).toMatchObject({ ok: false, error: "NOT_FOUND" });
      expect(
        await deleteActualsAction({
          workspaceSlug: slug,
          investmentId: s.investmentId,
          month: month(1),
          baseRevision: 1,
        }),
      ).toMatchObject({ ok: false, error: "NOT_FOUND" });
    }
    expect(await findActualsPage(own.id, s.investmentId)).toBeNull();
    expect(await written(s)).toMatchObject({ actuals: 1, audits: 1 });
  });
});

describe("the grid query", () => {
  it("shows missing months, recorded ones, the forecast and carried KPI values", async () => {
    const s = await setup();
    await save(s, { month: month(2), cost: "480", benefit: "1500", kpiValues: { [s.kpiId]: "101" } });
    const page = await findActualsPage(s.ws.id, s.investmentId, today);
    expect(page?.planVersion).toBe(1);
    expect(page?.drivers).toEqual(["Saved agency fee", "Upsell"]);
    const rows = page?.grid.rows ?? [];
    expect(rows).toHaveLength(7);
    expect(rows.map((r) => r.status)).toEqual([
      "missing",
      "recorded",
      "missing",
      "missing",
      "missing",
      "missing",
      "missing",
    ]);
    expect(rows[1]).toMatchObject({
      actual: { cost: "480.00", benefit: "1500.00", revision: 1 },
      forecast: { cost: 500, benefit: 2300 },
    });
    expect(rows.map((r) => r.kpis[s.kpiId])).toEqual([
      null,
      { value: "101", carried: false },
      ...Array.from({ length: 5 }, () => ({ value: "101", carried: true, fromPeriod: month(2) })),
    ]);
  });
});
