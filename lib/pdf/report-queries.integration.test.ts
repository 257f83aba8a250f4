import pg from "pg";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { periodOfMonthNumber, periodToDate } from "@/lib/investments/months";
import { createWorkspace } from "@/prisma/factories";
import { loadReportModel } from "./load-report-data";

// The one-page report reads that investment only: neither the rest of its workspace nor
// other workspaces change how many queries it sends or how many rows come back. The
// workspace report sends the same number of queries for 1 investment as for 40.
const today = new Date("2026-11-15T12:00:00Z");
const options = {
  period: { from: "2026-01", to: "2026-10" },
  scenario: "expected" as const,
  locale: "en" as const,
  generatedAt: today,
  consultantName: "",
};
const PLAN = {
  costs: [{ kind: "oneTime", label: "Set-up", amount: 5500, month: 1 }],
  benefits: [{ kind: "fixed", label: "Savings", monthly: 1000 }],
};

async function addInvestments(workspaceId: string, count: number, months: number) {
  for (let n = 0; n < count; n++) {
    const investment = await getDb().investment.create({
      data: {
        workspaceId,
        name: `Investment ${n}`,
        status: "active",
        startMonth: periodToDate("2025-01"),
        horizonMonths: 36,
        plan: PLAN,
      },
    });
    await getDb().actualMonth.createMany({
      data: Array.from({ length: months }, (_, m) => ({
        workspaceId,
        investmentId: investment.id,
        month: periodToDate(periodOfMonthNumber("2025-01", m + 1)),
        cost: m === 0 ? "5500" : "0",
        benefit: "1000",
      })),
    });
  }
}

/** The SQL statements sent while `work` runs, and the rows they returned. */
async function measure(work: () => Promise<unknown>) {
  const statements: { sql: string; rows: number }[] = [];
  const original = pg.Pool.prototype.query;
  const spy = vi.spyOn(pg.Pool.prototype, "query").mockImplementation(async function (
    this: pg.Pool,
    ...args: unknown[]
  ) {
    const result = await (original as (...a: unknown[]) => Promise<pg.QueryResult>).apply(this, args);
    const config = args[0] as string | { text: string };
    statements.push({ sql: typeof config === "string" ? config : config.text, rows: result.rows?.length ?? 0 });
    return result;
  } as never);
  try {
    await work();
  } finally {
    spy.mockRestore();
  }
  return { queries: statements.length, rows: statements.reduce((sum, s) => sum + s.rows, 0), statements };
}

let small = "";
let target = "";
beforeAll(async () => {
  small = (await createWorkspace(getDb(), { name: "Small" })).id;
  await addInvestments(small, 1, 20);
  target = (await getDb().investment.findFirstOrThrow({ where: { workspaceId: small } })).id;
});
afterEach(() => vi.restoreAllMocks());

describe("report queries", () => {
  it("the one-page report reads only its investment, however large the workspace and its neighbours grow", async () => {
    await loadReportModel({ ...options, workspaceId: small, investmentId: target }); // warm-up: connections, prepared plans
    const before = await measure(() => loadReportModel({ ...options, workspaceId: small, investmentId: target }));
    expect(before.queries).toBeGreaterThan(0);

    await addInvestments(small, 30, 22);
    const other = (await createWorkspace(getDb(), { name: "Big neighbour" })).id;
    await addInvestments(other, 30, 22);

    const after = await measure(() => loadReportModel({ ...options, workspaceId: small, investmentId: target }));
    expect(after.queries).toBe(before.queries);
    expect(after.rows).toBe(before.rows);
    const model = await loadReportModel({ ...options, workspaceId: small, investmentId: target });
    expect(model.investments.map((i) => i.id)).toEqual([target]);
  });

  it("an investment id of another workspace is not found, without reading it", async () => {
    const other = (await createWorkspace(getDb(), { name: "Elsewhere" })).id;
    await expect(loadReportModel({ ...options, workspaceId: other, investmentId: target })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("the workspace report sends a fixed number of queries, whatever the number of investments", async () => {
    const workspace = (await createWorkspace(getDb(), { name: "Growing" })).id;
    await addInvestments(workspace, 1, 10);
    await loadReportModel({ ...options, workspaceId: workspace });
    const one = await measure(() => loadReportModel({ ...options, workspaceId: workspace }));
    await addInvestments(workspace, 39, 10);
    const forty = await measure(() => loadReportModel({ ...options, workspaceId: workspace }));
    expect(forty.queries).toBe(one.queries);
    expect((await loadReportModel({ ...options, workspaceId: workspace })).investments).toHaveLength(40);
  });
});
