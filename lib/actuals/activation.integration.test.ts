import { describe, expect, it, vi } from "vitest";
import "@/tests/support/session";
import { getDb } from "@/lib/db/client";
import { periodToDate } from "@/lib/investments/months";
import { createKpiAction, deleteKpiAction, recordKpiMeasurementAction, updateKpiAction } from "@/lib/kpis/actions";
import { refreshInvestmentFigures } from "@/lib/portfolio/refresh";
import { importActualsCsvAction } from "@/lib/transfer/actions";
import { createApprovedTwice, createInvestment, unwrap, workspaceWithMembers } from "@/lib/transfer/test-support";
import { deleteActualsAction, saveActualsAction } from "./actions";
import { ACTIVATED_REASON } from "./activate-on-actuals";

// The stored figures are refreshed by lib/portfolio; here only who calls it, when and with what.
vi.mock("@/lib/portfolio/refresh", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/portfolio/refresh")>();
  return { ...actual, refreshInvestmentFigures: vi.fn(actual.refreshInvestmentFigures) };
});
const refreshed = vi.mocked(refreshInvestmentFigures);

const mapping = { month: "Month", cost: "Cost", benefit: "Benefit" };
const csv = (rows: string) => `Month,Cost,Benefit\n${rows}`;

async function investmentOf(id: string) {
  const row = await getDb().investment.findUniqueOrThrow({ where: { id }, select: { status: true, revision: true } });
  const audits = await getDb().auditLog.findMany({ where: { entityId: id, action: "investment.status" }, orderBy: { createdAt: "asc" } });
  return { ...row, audits: audits.map((a) => ({ actorId: a.actorId, before: a.before, after: a.after })) };
}

/** The refresh calls since the last reset, each checked to run inside a transaction (not on the bare client). */
function refreshCalls() {
  const calls = refreshed.mock.calls.map(([tx, ref]) => {
    expect(tx).not.toBe(getDb());
    return { investmentId: ref.investmentId, fromMonth: ref.fromMonth ?? null };
  });
  refreshed.mockClear();
  return calls;
}

describe("recording actuals on an approved plan", () => {
  it("makes it active with the grid's first save, audited with the reason, in the save's transaction", async () => {
    const { ws, editor } = await workspaceWithMembers();
    const id = await createApprovedTwice(ws.slug);
    expect(await investmentOf(id)).toMatchObject({ status: "approved", revision: 3, audits: [] });
    refreshed.mockClear();

    const first = { workspaceSlug: ws.slug, investmentId: id, month: "2026-02", cost: "500", benefit: "0", baseRevision: null };
    unwrap(await saveActualsAction(first));
    expect(await investmentOf(id)).toEqual({
      status: "active",
      revision: 4,
      audits: [{ actorId: editor.id, before: { status: "approved" }, after: { status: "active", reason: ACTIVATED_REASON } }],
    });
    // The status changed, so every month's figures: fromMonth null.
    expect(refreshCalls()).toEqual([{ investmentId: id, fromMonth: null }]);

    // Later saves change nothing about the status.
    unwrap(await saveActualsAction({ ...first, month: "2026-01" }));
    expect(await investmentOf(id)).toMatchObject({ status: "active", revision: 4, audits: [expect.anything()] });
    expect(refreshCalls()).toEqual([{ investmentId: id, fromMonth: periodToDate("2026-01") }]);
    unwrap(await deleteActualsAction({ workspaceSlug: ws.slug, investmentId: id, month: "2026-02", baseRevision: 1 }));
    expect(refreshCalls()).toEqual([{ investmentId: id, fromMonth: periodToDate("2026-02") }]);
  });

  it("makes it active with a CSV import, refreshing from the earliest imported month once it is active", async () => {
    const { ws, editor } = await workspaceWithMembers();
    const id = await createApprovedTwice(ws.slug);
    refreshed.mockClear();
    unwrap(await importActualsCsvAction({ workspaceSlug: ws.slug, investmentId: id, csvText: csv("2026-03,1,2\n2026-02,1,2\n"), mapping }));
    expect(await investmentOf(id)).toEqual({
      status: "active",
      revision: 4,
      audits: [{ actorId: editor.id, before: { status: "approved" }, after: { status: "active", reason: ACTIVATED_REASON } }],
    });
    expect(refreshCalls()).toEqual([{ investmentId: id, fromMonth: null }]);

    unwrap(await importActualsCsvAction({ workspaceSlug: ws.slug, investmentId: id, csvText: csv("2026-05,1,2\n2026-04,1,2\n"), mapping }));
    expect(await investmentOf(id)).toMatchObject({ status: "active", revision: 4, audits: [expect.anything()] });
    expect(refreshCalls()).toEqual([{ investmentId: id, fromMonth: periodToDate("2026-04") }]);
  });

  it("leaves a draft a draft (it cannot become active before approval), and changes nothing when the write is refused", async () => {
    const { ws } = await workspaceWithMembers();
    const draft = await createInvestment(ws.slug);
    unwrap(await saveActualsAction({ workspaceSlug: ws.slug, investmentId: draft, month: "2026-01", cost: "1", benefit: "1", baseRevision: null }));
    unwrap(await importActualsCsvAction({ workspaceSlug: ws.slug, investmentId: draft, csvText: csv("2026-02,1,2\n"), mapping }));
    expect(await investmentOf(draft)).toEqual({ status: "draft", revision: 1, audits: [] });

    const approved = await createApprovedTwice(ws.slug);
    const bad = await importActualsCsvAction({ workspaceSlug: ws.slug, investmentId: approved, csvText: csv("2026-01,1,2\n2026-02,-1,2\n"), mapping });
    expect(bad).toMatchObject({ ok: false, error: "INVALID_INPUT" });
    const stale = await saveActualsAction({ workspaceSlug: ws.slug, investmentId: approved, month: "2026-01", cost: "1", benefit: "1", baseRevision: 7 });
    expect(stale).toMatchObject({ ok: false, error: "CONFLICT" });
    expect(await investmentOf(approved)).toEqual({ status: "approved", revision: 3, audits: [] });
  });
});

describe("KPI writes", () => {
  it("refresh the investment's figures in their own transaction, as a whole (fromMonth null)", async () => {
    const { ws } = await workspaceWithMembers();
    const id = await createApprovedTwice(ws.slug);
    refreshed.mockClear();
    const kpi = unwrap(await createKpiAction({ workspaceSlug: ws.slug, investmentId: id, name: "NPS", baseline: "20", direction: "up" }));
    unwrap(await updateKpiAction({ workspaceSlug: ws.slug, kpiId: kpi.id, name: "NPS (survey)", baseline: "20", direction: "up" }));
    await recordKpiMeasurementAction({ workspaceSlug: ws.slug, kpiId: kpi.id, month: "2026-01", value: "25", baseValue: "" });
    // Refused (the value is no longer the one seen): no write, no refresh.
    await recordKpiMeasurementAction({ workspaceSlug: ws.slug, kpiId: kpi.id, month: "2026-01", value: "26", baseValue: "" });
    unwrap(await deleteKpiAction({ workspaceSlug: ws.slug, kpiId: kpi.id }));
    expect(refreshCalls()).toEqual(Array.from({ length: 4 }, () => ({ investmentId: id, fromMonth: null })));
    // Measurements are not actuals: the status stays as it was.
    expect(await investmentOf(id)).toMatchObject({ status: "approved" });
  });
});
