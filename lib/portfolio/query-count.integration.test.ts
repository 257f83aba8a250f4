import pg from "pg";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { acknowledgeLeak } from "@/lib/leaks/mutations";
import { importActualsCsv } from "@/lib/transfer/csv-import";
import { importInvestmentDocument } from "@/lib/transfer/import";
import { importActualsCsvInput } from "@/lib/transfer/schemas";
import { countQueries } from "@/tests/support/query-counter";
import { addInvestment, portfolioWorkspace, type Plan } from "@/tests/support/portfolio-writes";
import { getWorkspacePortfolio } from "./workspace-portfolio";

// getWorkspacePortfolio reads a workspace in a fixed number of round trips to Postgres,
// whether it holds 3 investments or 30 (and however many months of actuals they have).
//
// Counted where the statements leave the process: every statement @prisma/adapter-pg sends
// goes through pg's Client#query (pool.query acquires a client and calls it too), so a spy
// on Client.prototype.query counts real round trips, including the statements Prisma
// splits an include or a `findMany` into. The Prisma-level count (query-counter.ts) is
// checked beside it.
const TODAY = new Date("2026-11-15T12:00:00Z");
const PLAN: Plan = {
  costs: [
    { kind: "oneTime", label: "Set-up", amount: 3000, month: 1 },
    { kind: "recurring", label: "Licence", monthly: 150 },
  ],
  benefits: [{ kind: "fixed", label: "Savings", monthly: 900 }],
};

type Built = Awaited<ReturnType<typeof portfolioWorkspace>>;

/**
 * A workspace of `n` investments of every kind the reads distinguish: approved with
 * actuals (and so active, with leaks), a USD one, a draft with actuals, one with a
 * reviewed leak, and ones without actuals.
 */
async function buildWorkspace(n: number): Promise<Built> {
  const s = await portfolioWorkspace();
  for (let i = 1; i <= n; i++) {
    const name = `Investment ${String(i).padStart(2, "0")}`;
    if (i % 10 === 3) {
      // A draft with actuals (imported document).
      const doc = {
        name,
        currency: "EUR",
        startMonth: "2026-01",
        horizonMonths: 12,
        ...PLAN,
        actuals: [{ month: 1, cost: 3150, benefit: 400 }],
      };
      await importInvestmentDocument(s.ctx, { json: JSON.stringify(doc) }, TODAY);
      continue;
    }
    const id = await addInvestment(s.ctx, {
      name,
      currency: i % 10 === 2 ? "USD" : "EUR",
      category: i % 2 === 0 ? "process" : "loyalty",
      startMonth: "2026-01",
      horizonMonths: 12,
      plan: PLAN,
    });
    if (i % 3 === 0) continue; // approved, nothing recorded yet
    // Four months at a third of the forecast: UNDER_FORECAST, and missing months after April.
    const csvText = `Month;Cost;Benefit\n2026-01;3150;300\n2026-02;150;300\n2026-03;150;300\n2026-04;150;300\n`;
    await importActualsCsv(
      s.ctx,
      importActualsCsvInput.parse({
        investmentId: id,
        csvText,
        mapping: { month: "Month", cost: "Cost", benefit: "Benefit" },
        decimalFormat: "point",
      }),
      TODAY,
    );
    if (i === 1)
      await acknowledgeLeak(
        s.ctx,
        { investmentId: id, code: "UNDER_FORECAST", subject: "", reason: "Known: slow start" },
        TODAY,
      );
  }
  return s;
}

/** Round trips to Postgres (statements sent through pg) while fn runs, with their SQL. */
async function countRoundTrips<T>(fn: () => Promise<T>) {
  const statements: string[] = [];
  const original = pg.Client.prototype.query;
  const spy = vi.spyOn(pg.Client.prototype, "query").mockImplementation(function (this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string };
    statements.push(typeof first === "string" ? first : (first?.text ?? ""));
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original);
  try {
    const result = await fn();
    return { result, roundTrips: statements.length, statements };
  } finally {
    spy.mockRestore();
  }
}

let small: Built;
let large: Built;

beforeAll(async () => {
  small = await buildWorkspace(3);
  large = await buildWorkspace(30);
  // The writes evaluated the figures as of the clock; the first read as of TODAY brings them
  // up to date (a batch per 100 investments). From then on they are fresh.
  for (const s of [small, large]) await getWorkspacePortfolio(s.workspace, { today: TODAY });
}, 240_000);

afterEach(() => vi.restoreAllMocks());

describe("getWorkspacePortfolio's queries do not grow with the portfolio", () => {
  it("the spy sees the statements Prisma sends", async () => {
    const { roundTrips, statements } = await countRoundTrips(() =>
      getWorkspacePortfolio(small.workspace, { today: TODAY }),
    );
    expect(roundTrips).toBeGreaterThan(3);
    expect(statements.some((sql) => sql.includes('"InvestmentFigures"'))).toBe(true);
  });

  it("3 investments and 30 investments: the same number of round trips, and the same number of Prisma queries", async () => {
    const fewer = await countRoundTrips(() => getWorkspacePortfolio(small.workspace, { today: TODAY }));
    const more = await countRoundTrips(() => getWorkspacePortfolio(large.workspace, { today: TODAY }));
    // The portfolios really differ in size (so the equality below means something).
    expect(fewer.result.table.total).toBe(3);
    expect(more.result.table.total).toBe(30);
    expect(more.result.table.rows).toHaveLength(25);
    expect(more.result.leaks.open.length).toBeGreaterThan(fewer.result.leaks.open.length);
    expect(more.result.leaks.reviewed).toHaveLength(1);
    expect(more.result.totals.otherCurrencies.map((t) => t.currency)).toEqual(["USD"]);
    expect(more.result.totals.drafts.map((t) => t.investments)).toEqual([3]);

    expect(
      more.roundTrips,
      `3 investments:\n${fewer.statements.join("\n")}\n\n30 investments:\n${more.statements.join("\n")}`,
    ).toBe(fewer.roundTrips);
    // Today 10: the freshness check; currencies and rates; sums, open leaks, month totals, leaks, the page's ids, the
    // months of investments in other currencies; the page's figures.
    expect(more.roundTrips).toBeLessThanOrEqual(12);

    const prismaFewer = await countQueries(() => getWorkspacePortfolio(small.workspace, { today: TODAY }));
    const prismaMore = await countQueries(() => getWorkspacePortfolio(large.workspace, { today: TODAY }));
    expect(prismaMore.queries).toBe(prismaFewer.queries);
  });

  it("more months of actuals cost no more round trips", async () => {
    const before = await countRoundTrips(() => getWorkspacePortfolio(small.workspace, { today: TODAY }));
    const id = before.result.table.rows.find((r) => r.name === "Investment 01")?.id ?? "";
    const csvText = `Month;Cost;Benefit\n${["05", "06", "07", "08", "09", "10"].map((m) => `2026-${m};150;300`).join("\n")}\n`;
    await importActualsCsv(
      small.ctx,
      importActualsCsvInput.parse({
        investmentId: id,
        csvText,
        mapping: { month: "Month", cost: "Cost", benefit: "Benefit" },
        decimalFormat: "point",
      }),
      TODAY,
    );
    await getWorkspacePortfolio(small.workspace, { today: TODAY }); // brings the written figures to TODAY
    const after = await countRoundTrips(() => getWorkspacePortfolio(small.workspace, { today: TODAY }));
    expect(after.result.table.rows.find((r) => r.id === id)?.recordedMonths).toBe(10);
    expect(after.roundTrips).toBe(before.roundTrips);
  });

  it("the second page of 30, a category filter and another sort cost the same too", async () => {
    const base = await countRoundTrips(() => getWorkspacePortfolio(large.workspace, { today: TODAY }));
    const page2 = await countRoundTrips(() => getWorkspacePortfolio(large.workspace, { today: TODAY, page: 2 }));
    expect(page2.result.table.rows).toHaveLength(5);
    const filtered = await countRoundTrips(() =>
      getWorkspacePortfolio(large.workspace, {
        today: TODAY,
        category: "process",
        sort: { sort: "invested", direction: "asc" },
      }),
    );
    expect(filtered.result.table.total).toBe(15);
    expect([page2.roundTrips, filtered.roundTrips]).toEqual([base.roundTrips, base.roundTrips]);
  });
});
