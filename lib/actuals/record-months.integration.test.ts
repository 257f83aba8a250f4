import { describe, expect, it } from "vitest";
import { signInAs } from "@/tests/support/session";
import { getDb } from "@/lib/db/client";
import { approvePlanAction, createInvestmentAction } from "@/lib/investments/actions";
import { currentPeriod, periodOfMonthNumber, periodToDate } from "@/lib/investments/months";
import { investmentMonthsOf } from "@/lib/portfolio/stored-figures";
import { parseEventData } from "@/lib/webhooks/event-schemas";
import { createUser, createWorkspace } from "@/prisma/factories";
import { appErrorOf, workspaceContextFor } from "@/tests/support/workspace-context";
import { deleteActuals, saveActuals } from "./mutations";
import { MonthPreconditionError, recordActualsMonths, type MonthToRecord } from "./record-months";
import { FUTURE_MONTH_MESSAGE } from "./recordable-month";

// The investment started 5 months before `today`: months 1–6 can be recorded, month 7 is
// in the future, month 0 is before the start. Every write gets `today` explicitly.
const today = new Date("2026-06-15T10:00:00Z");
/** A later moment of the same day, for a write whose event must come after another's (events are ordered by when they happened). */
const later = new Date("2026-06-15T11:00:00Z");
const startMonth = periodOfMonthNumber(currentPeriod(today), -4);
const month = (n: number) => periodOfMonthNumber(startMonth, n);

async function setup() {
  const editor = await createUser(getDb(), { name: "Eva Editor" });
  const ws = await createWorkspace(getDb(), { members: [{ userId: editor.id, role: "editor" }] });
  signInAs(editor);
  const created = await createInvestmentAction({
    workspaceSlug: ws.slug,
    name: "Agency replacement",
    category: "process",
    startMonth,
    horizonMonths: 12,
    currency: "EUR",
    plan: JSON.stringify({ costs: [{ kind: "recurring", label: "Licence", monthly: 500 }], benefits: [{ kind: "fixed", label: "Fee", monthly: 2000 }] }),
  });
  if (!created.ok) throw new Error(JSON.stringify(created));
  const approved = await approvePlanAction({ workspaceSlug: ws.slug, investmentId: created.data.id, revision: 1 });
  if (!approved.ok) throw new Error(JSON.stringify(approved));
  const ctx = await workspaceContextFor(editor, ws.slug);
  return { editor, ws, ctx, investmentId: created.data.id };
}
type Setup = Awaited<ReturnType<typeof setup>>;

const values = (cost: string, benefit: string, extra: Partial<MonthToRecord> = {}) => ({ cost, benefit, benefitByDriver: null, note: "", expected: null, ...extra });
const monthOf = (n: number, cost: string, benefit: string, extra: Partial<MonthToRecord> = {}): MonthToRecord => ({ month: month(n), ...values(cost, benefit, extra) });

async function written(s: Setup) {
  const db = getDb();
  const [rows, audits, events] = await Promise.all([
    db.actualMonth.findMany({ where: { workspaceId: s.ws.id }, orderBy: { month: "asc" } }),
    db.auditLog.count({ where: { workspaceId: s.ws.id, action: "actuals.save" } }),
    db.workspaceEvent.findMany({ where: { workspaceId: s.ws.id, type: "actuals.recorded" }, orderBy: { occurredAt: "asc" } }),
  ]);
  return { rows: rows.map((r) => ({ month: r.month, cost: r.cost.toFixed(2), revision: r.revision, source: r.source })), audits, events };
}

describe("recording several months at once", () => {
  it("saves them in one write: audited one by one, one event listing them, the plan made active, the figures refreshed", async () => {
    const s = await setup();
    const saved = await recordActualsMonths(
      s.ctx,
      { investmentId: s.investmentId, months: [monthOf(3, "300.10", "1000"), monthOf(1, "100.01", "2000.50"), monthOf(2, "200", "0")] },
      { today },
    );
    expect(saved.map((m) => [m.month, m.cost, m.benefit, m.revision, m.source, m.outcome])).toEqual([
      [month(3), "300.10", "1000.00", 1, "ui", "created"],
      [month(1), "100.01", "2000.50", 1, "ui", "created"],
      [month(2), "200.00", "0.00", 1, "ui", "created"],
    ]);
    const after = await written(s);
    expect(after.rows.map((r) => r.source)).toEqual(["ui", "ui", "ui"]);
    expect(after.audits).toBe(3);
    expect(after.events).toHaveLength(1);
    expect(parseEventData("actuals.recorded", after.events[0].data)).toEqual({
      investment: { id: s.investmentId, name: "Agency replacement", currency: "EUR" },
      source: "ui",
      months: [
        { month: month(1), cost: "100.01", benefit: "2000.50", revision: 1 },
        { month: month(2), cost: "200.00", benefit: "0.00", revision: 1 },
        { month: month(3), cost: "300.10", benefit: "1000.00", revision: 1 },
      ],
    });
    expect(after.events[0].occurredAt).toEqual(today);

    const investment = await getDb().investment.findUniqueOrThrow({ where: { id: s.investmentId } });
    expect(investment.status).toBe("active");
    const stored = await investmentMonthsOf(s.ws.id, s.investmentId);
    expect(stored.slice(0, 4).map((m) => [m.period, m.actualCost.toFixed(2), m.actualBenefit.toFixed(2)])).toEqual([
      [month(1), "100.01", "2000.50"],
      [month(2), "200.00", "0.00"],
      [month(3), "300.10", "1000.00"],
      [month(4), "0.00", "0.00"],
    ]);
  });

  it("marks months written through an API token with the token's name", async () => {
    const s = await setup();
    const ctx = { ...s.ctx, apiToken: { id: "token-1", name: "ERP sync", scope: "write" as const } };
    await recordActualsMonths(ctx, { investmentId: s.investmentId, months: [monthOf(1, "1", "2")] }, { today });
    const after = await written(s);
    expect(after.rows.map((r) => r.source)).toEqual(["api:ERP sync"]);
    expect((after.events[0].data as { source: string }).source).toBe("api:ERP sync");
  });

  it("writes nothing when one month cannot be recorded, naming every bad month by its place", async () => {
    const s = await setup();
    const error = await appErrorOf(
      recordActualsMonths(
        s.ctx,
        { investmentId: s.investmentId, months: [monthOf(1, "1", "1"), monthOf(7, "1", "1"), monthOf(2, "1", "1"), monthOf(0, "1", "1"), monthOf(1, "5", "5")] },
        { today },
      ),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.fieldErrors).toEqual({
      "months.1.month": [FUTURE_MONTH_MESSAGE],
      "months.3.month": [`This month is outside the investment's horizon (${month(1)} to ${month(12)})`],
      "months.4.month": ["This month is already in the batch (months.0)"],
    });
    expect(await written(s)).toEqual({ rows: [], audits: 0, events: [] });
    expect((await getDb().investment.findUniqueOrThrow({ where: { id: s.investmentId } })).status).toBe("approved");
  });

  it("writes nothing when one month is not at the revision its writer based it on", async () => {
    const s = await setup();
    await recordActualsMonths(s.ctx, { investmentId: s.investmentId, months: [monthOf(1, "1", "1"), monthOf(2, "2", "2")] }, { today });
    const before = await written(s);

    const error = await appErrorOf(
      recordActualsMonths(
        s.ctx,
        {
          investmentId: s.investmentId,
          months: [monthOf(3, "3", "3"), monthOf(1, "9", "9"), monthOf(2, "9", "9", { expected: [4] }), monthOf(4, "4", "4", { expected: "*" })],
        },
        { today },
      ),
    );
    expect(error).toBeInstanceOf(MonthPreconditionError);
    expect((error as MonthPreconditionError).problems).toEqual([
      { index: 1, month: month(1), reason: "revision-required", currentRevision: 1 },
      { index: 2, month: month(2), reason: "stale", currentRevision: 1 },
      { index: 3, month: month(4), reason: "stale", currentRevision: null },
    ]);
    expect(await written(s)).toEqual(before);
  });

  it("replaces months at the revision named or with *, and leaves months that already hold the values alone", async () => {
    const s = await setup();
    await recordActualsMonths(s.ctx, { investmentId: s.investmentId, months: [monthOf(1, "1", "1"), monthOf(2, "2", "2"), monthOf(3, "3", "3")] }, { today });

    const saved = await recordActualsMonths(
      s.ctx,
      {
        investmentId: s.investmentId,
        // "3" and "3.00" are the same amount: month 3 is a retry.
        months: [monthOf(1, "10", "10", { expected: [1] }), monthOf(2, "20", "20", { expected: "*" }), monthOf(3, "3.00", "3")],
      },
      { today: later },
    );
    expect(saved.map((m) => [m.month, m.cost, m.revision, m.outcome])).toEqual([
      [month(1), "10.00", 2, "updated"],
      [month(2), "20.00", 2, "updated"],
      [month(3), "3.00", 1, "unchanged"],
    ]);
    const after = await written(s);
    expect(after.audits).toBe(3 + 2);
    expect(after.events).toHaveLength(2);
    expect((after.events[1].data as { months: unknown[] }).months).toEqual([
      { month: month(1), cost: "10.00", benefit: "10.00", revision: 2 },
      { month: month(2), cost: "20.00", benefit: "20.00", revision: 2 },
    ]);

    // Nothing to write at all: no audit, no event.
    const again = await recordActualsMonths(s.ctx, { investmentId: s.investmentId, months: [monthOf(1, "10", "10"), monthOf(3, "3", "3")] }, { today });
    expect(again.map((m) => m.outcome)).toEqual(["unchanged", "unchanged"]);
    expect(await written(s)).toEqual(after);
  });

  it("lets one of two writers of the same new month win; the other is refused and writes nothing", async () => {
    const s = await setup();
    const results = await Promise.allSettled([
      recordActualsMonths(s.ctx, { investmentId: s.investmentId, months: [monthOf(1, "1", "1"), monthOf(2, "1", "1")] }, { today }),
      recordActualsMonths(s.ctx, { investmentId: s.investmentId, months: [monthOf(2, "2", "2"), monthOf(3, "2", "2")] }, { today }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(MonthPreconditionError);
    const after = await written(s);
    expect(after.rows).toHaveLength(2);
    expect(after.events).toHaveLength(1);
  });

  it("refuses another workspace's investment as not found", async () => {
    const s = await setup();
    const other = await setup();
    const error = await appErrorOf(recordActualsMonths(s.ctx, { investmentId: other.investmentId, months: [monthOf(1, "1", "1")] }, { today }));
    expect(error.code).toBe("NOT_FOUND");
    expect(await written(other)).toEqual({ rows: [], audits: 0, events: [] });
  });
});

describe("the grid's save", () => {
  it("marks the month as typed in the UI and records one actuals.recorded event; deleting records none", async () => {
    const s = await setup();
    const input = { investmentId: s.investmentId, month: month(2), cost: "12.50", benefit: "30.00", benefitByDriver: null, note: "", kpiValues: {}, kpiBase: {} };
    const saved = await saveActuals(s.ctx, { ...input, baseRevision: null }, today);
    await saveActuals(s.ctx, { ...input, cost: "13.00", baseRevision: saved.revision }, later);
    const after = await written(s);
    expect(after.rows.map((r) => [r.month, r.cost, r.revision, r.source])).toEqual([[periodToDate(month(2)), "13.00", 2, "ui"]]);
    expect(after.events.map((e) => parseEventData("actuals.recorded", e.data))).toEqual([
      { investment: { id: s.investmentId, name: "Agency replacement", currency: "EUR" }, source: "ui", months: [{ month: month(2), cost: "12.50", benefit: "30.00", revision: 1 }] },
      { investment: { id: s.investmentId, name: "Agency replacement", currency: "EUR" }, source: "ui", months: [{ month: month(2), cost: "13.00", benefit: "30.00", revision: 2 }] },
    ]);

    await deleteActuals(s.ctx, { investmentId: s.investmentId, month: month(2), baseRevision: 2 });
    expect((await written(s)).events).toHaveLength(2);
  });
});
