import { describe, expect, it } from "vitest";
import "@/tests/support/session";
import { getDb } from "@/lib/db/client";
import { approvePlanAction } from "@/lib/investments/actions";
import { periodToDate } from "@/lib/investments/months";
import { createInvestment, outsiderWorkspace, unwrap, workspaceWithMembers } from "@/lib/transfer/test-support";
import { countStatements } from "@/tests/support/sql-counter";
import { readFirstRunFacts } from "./queries";

const none = { investmentCount: 0, draftInvestmentId: null, approvedInvestmentId: null, hasActuals: false };

/** A bare investment row, created at a chosen instant (so "the oldest" is not left to timing). */
async function investmentRow(workspaceId: string, createdAt: string, data: { status?: "draft" | "approved" | "active" | "completed" | "stopped"; archived?: boolean } = {}) {
  const row = await getDb().investment.create({
    data: {
      workspaceId,
      name: `Investment ${createdAt}`,
      startMonth: periodToDate("2026-01"),
      horizonMonths: 12,
      plan: {},
      status: data.status ?? "draft",
      archivedAt: data.archived ? new Date("2026-03-01T00:00:00Z") : null,
      createdAt: new Date(createdAt),
    },
    select: { id: true },
  });
  return row.id;
}

function recordMonth(workspaceId: string, investmentId: string, period = "2026-02") {
  return getDb().actualMonth.create({ data: { workspaceId, investmentId, month: periodToDate(period), cost: "100", benefit: "150" } });
}

describe("readFirstRunFacts", () => {
  it("follows a workspace through the three steps, made with the real actions", async () => {
    const { ws } = await workspaceWithMembers();
    expect(await readFirstRunFacts(ws.id)).toEqual(none);

    const id = await createInvestment(ws.slug);
    expect(await readFirstRunFacts(ws.id)).toEqual({ ...none, investmentCount: 1, draftInvestmentId: id });

    unwrap(await approvePlanAction({ workspaceSlug: ws.slug, investmentId: id, revision: 1 }));
    expect(await readFirstRunFacts(ws.id)).toEqual({ ...none, investmentCount: 1, approvedInvestmentId: id });

    await recordMonth(ws.id, id);
    expect(await readFirstRunFacts(ws.id)).toEqual({ investmentCount: 1, draftInvestmentId: null, approvedInvestmentId: id, hasActuals: true });
  });

  it("reads only the given workspace: another workspace's investments and actuals do not count", async () => {
    const { ws: other } = await outsiderWorkspace();
    const foreign = await investmentRow(other.id, "2026-01-05T10:00:00Z", { status: "active" });
    await recordMonth(other.id, foreign);
    await investmentRow(other.id, "2026-01-06T10:00:00Z");
    const { ws } = await workspaceWithMembers();
    expect(await readFirstRunFacts(ws.id)).toEqual(none);
    expect(await readFirstRunFacts(other.id)).toMatchObject({ investmentCount: 2, approvedInvestmentId: foreign, hasActuals: true });
  });

  it("leaves archived investments and their actuals out, as the dashboard does", async () => {
    const { ws } = await workspaceWithMembers();
    const archived = await investmentRow(ws.id, "2026-01-01T10:00:00Z", { status: "active", archived: true });
    await recordMonth(ws.id, archived);
    await investmentRow(ws.id, "2026-01-02T10:00:00Z", { status: "draft", archived: true });
    expect(await readFirstRunFacts(ws.id)).toEqual(none);

    const live = await investmentRow(ws.id, "2026-01-03T10:00:00Z");
    expect(await readFirstRunFacts(ws.id)).toEqual({ ...none, investmentCount: 1, draftInvestmentId: live });
  });

  it("names the oldest draft and the oldest plan past draft (approved, active, completed or stopped)", async () => {
    const { ws } = await workspaceWithMembers();
    await investmentRow(ws.id, "2026-01-09T10:00:00Z", { status: "draft" });
    const oldestDraft = await investmentRow(ws.id, "2026-01-02T10:00:00Z", { status: "draft" });
    await investmentRow(ws.id, "2026-01-08T10:00:00Z", { status: "approved" });
    const oldestApproved = await investmentRow(ws.id, "2026-01-04T10:00:00Z", { status: "stopped" });
    await investmentRow(ws.id, "2026-01-05T10:00:00Z", { status: "completed" });
    expect(await readFirstRunFacts(ws.id)).toEqual({ investmentCount: 5, draftInvestmentId: oldestDraft, approvedInvestmentId: oldestApproved, hasActuals: false });
  });

  it("counts actuals recorded on a draft too (the guide still asks for approval)", async () => {
    const { ws } = await workspaceWithMembers();
    const draft = await investmentRow(ws.id, "2026-01-02T10:00:00Z");
    await recordMonth(ws.id, draft);
    expect(await readFirstRunFacts(ws.id)).toEqual({ investmentCount: 1, draftInvestmentId: draft, approvedInvestmentId: null, hasActuals: true });
  });

  it("is one statement, however many investments and months there are", async () => {
    const { ws } = await workspaceWithMembers();
    for (let i = 1; i <= 5; i++) {
      const id = await investmentRow(ws.id, `2026-01-0${i}T10:00:00Z`, { status: "active" });
      for (const period of ["2026-01", "2026-02", "2026-03"]) await recordMonth(ws.id, id, period);
    }
    const { result, statements } = await countStatements(() => readFirstRunFacts(ws.id));
    expect(result).toMatchObject({ investmentCount: 5, hasActuals: true });
    expect(statements).toBe(1);
  });
});
