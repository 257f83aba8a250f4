import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { acknowledgeLeak } from "@/lib/leaks/mutations";
import { loadSharedView } from "@/lib/sharing/shared-view";
import { createUser, createWorkspace } from "@/prisma/factories";
import { workspaceContextFor } from "@/tests/support/workspace-context";
import { getInvestmentPortfolio } from "./investment-portfolio";
import { getWorkspacePortfolio } from "./workspace-portfolio";

// 27 approved EUR plans, one USD plan and one EUR draft, seen on 2026-11-15.
const today = new Date("2026-11-15T12:00:00Z");
const PLAN = { costs: [{ kind: "oneTime", label: "Set-up", amount: 1000, month: 1 }], benefits: [{ kind: "fixed", label: "Fee", monthly: 300 }] };
const HEADER = { description: "", category: "other" as const, ownerName: "", startMonth: "2026-01", horizonMonths: 12 };
const EUR_PLANS = 27;

let workspace = { id: "", slug: "", currency: "EUR" };
let user = { id: "", email: "", name: "" };
const ids: Record<string, string> = {};

async function createInvestment(name: string, options: { currency?: string; status?: "draft" | "active"; category?: "other" | "loyalty" } = {}) {
  const currency = options.currency ?? "EUR";
  const status = options.status ?? "active";
  const header = { ...HEADER, name, currency, category: options.category ?? "other" };
  const investment = await getDb().investment.create({
    data: {
      ...header,
      workspaceId: workspace.id,
      startMonth: new Date(Date.UTC(2026, 0, 1)),
      plan: PLAN,
      status,
      ...(status === "draft" ? {} : { versions: { create: { version: 1, definition: { name, currency, startMonth: HEADER.startMonth, horizonMonths: HEADER.horizonMonths, ...PLAN }, reason: "Plan approved" } } }),
    },
    select: { id: true },
  });
  ids[name] = investment.id;
  return investment.id;
}

async function recordActual(investmentId: string, month: number, cost: string, benefit: string) {
  await getDb().actualMonth.create({ data: { workspaceId: workspace.id, investmentId, month: new Date(Date.UTC(2026, month - 1, 1)), cost, benefit } });
}

beforeAll(async () => {
  user = await createUser(getDb(), { name: "Rita Reviewer" });
  workspace = await createWorkspace(getDb(), { name: "Portfolio Test", members: [{ userId: user.id, role: "editor" }] });
  for (let i = 1; i <= EUR_PLANS; i++) await createInvestment(`Plan ${String(i).padStart(2, "0")}`, { category: i === 1 ? "loyalty" : "other" });
  await recordActual(ids["Plan 01"], 1, "100.10", "50.05");
  await recordActual(ids["Plan 02"], 1, "200", "400");
  await createInvestment("Dollar plan", { currency: "USD" });
  await recordActual(ids["Dollar plan"], 1, "1000", "2500");
  await recordActual(ids["Dollar plan"], 2, "0", "500");
  await createInvestment("Draft plan", { status: "draft" });
});

describe("getWorkspacePortfolio", () => {
  it("pages and sorts in the database: 25 a page, by name either way, a page past the end shows the last", async () => {
    const sort = { sort: "name", direction: "asc" } as const;
    const first = await getWorkspacePortfolio(workspace, { today, sort });
    expect(first.table).toMatchObject({ total: EUR_PLANS + 2, page: 1, pageSize: 25, pageCount: 2 });
    const names = [...Array.from({ length: EUR_PLANS }, (_, i) => `Plan ${String(i + 1).padStart(2, "0")}`), "Dollar plan", "Draft plan"].sort((a, b) =>
      a.toLowerCase().localeCompare(b.toLowerCase()),
    );
    expect(first.table.rows.map((r) => r.name)).toEqual(names.slice(0, 25));
    const second = await getWorkspacePortfolio(workspace, { today, sort, page: 2 });
    expect(second.table.rows.map((r) => r.name)).toEqual(names.slice(25));
    expect((await getWorkspacePortfolio(workspace, { today, sort, page: 99 })).table).toMatchObject({ page: 2, rows: second.table.rows });
    const descending = await getWorkspacePortfolio(workspace, { today, sort: { sort: "name", direction: "desc" } });
    expect(descending.table.rows[0].name).toBe(names.at(-1));
    // Actual ROI: measured ones first (Plan 02 +100%, Dollar plan +200%), the rest (no actuals) after.
    const byRoi = await getWorkspacePortfolio(workspace, { today, sort: { sort: "actualRoi", direction: "desc" } });
    expect(byRoi.table.rows.slice(0, 3).map((r) => [r.name, r.actualRoiPct])).toEqual([
      ["Dollar plan", 200],
      ["Plan 02", 100],
      ["Plan 01", -50],
    ]);
  });

  it("without rates the USD plan adds no money to the EUR headline, and every missing rate is named; the draft is apart", async () => {
    const { totals, currencies } = await getWorkspacePortfolio(workspace, { today });
    expect(currencies).toEqual(["EUR", "USD"]);
    expect(totals.headline).toMatchObject({ currency: "EUR", investments: EUR_PLANS + 1, invested: 300.1, realised: 450.05, net: 149.95 });
    expect(totals.headline.actualRoiPct).toBe(49.97); // 149.95 ÷ 300.10
    expect(totals.otherCurrencies).toEqual([expect.objectContaining({ currency: "USD", investments: 1, invested: 1000, realised: 3000, actualRoiPct: 200 })]);
    expect(totals.otherCurrencies[0].converted).toMatchObject({ currency: "EUR", invested: 0, realised: 0 });
    // Its twelve plan months (2026-01 … 2026-12) have no rate at all, the two recorded ones included.
    expect(totals.conversion.complete).toBe(false);
    expect(totals.conversion.missing).toEqual(Array.from({ length: 12 }, (_, i) => ({ from: "USD", to: "EUR", period: `2026-${String(i + 1).padStart(2, "0")}` })));
    expect(totals.drafts).toEqual([expect.objectContaining({ currency: "EUR", investments: 1, invested: 0 })]);
    expect(totals.drafts[0].plannedRoiPct).not.toBeNull();
    const statuses = totals.headline.payback;
    expect(statuses.paid_back + statuses.on_track + statuses.late + statuses.unknown).toBe(EUR_PLANS + 1);
  });

  it("in USD the headline's money is the USD plan's (the EUR plans have no rate); an unknown currency falls back to the workspace's", async () => {
    const usd = await getWorkspacePortfolio(workspace, { today, reportingCurrency: "USD" });
    expect(usd.totals.headline).toMatchObject({ currency: "USD", investments: EUR_PLANS + 1, invested: 1000, realised: 3000 });
    expect(usd.totals.conversion.complete).toBe(false);
    expect(usd.totals.otherCurrencies.map((c) => [c.currency, c.invested])).toEqual([["EUR", 300.1]]);
    expect(usd.chart.currency).toBe("USD");
    expect(usd.chart.points.find((p) => p.period === "2026-02")?.actual).toBe(200);
    const unknown = await getWorkspacePortfolio(workspace, { today, reportingCurrency: "XYZ" });
    expect(unknown.totals.reportingCurrency).toBe("EUR");
    expect(unknown.chart.currency).toBe("EUR");
    expect(unknown.currencies).toEqual(["EUR", "USD"]);
  });

  it("sorts money in the reporting currency: the dollar plan by its converted amount, not its own", async () => {
    // 1 EUR = 10 USD in January: the dollar plan's USD 1,000 is €100.00, below Plan 01's €100.10.
    const rate = await getDb().exchangeRate.create({
      data: { workspaceId: workspace.id, fromCurrency: "EUR", toCurrency: "USD", month: new Date(Date.UTC(2026, 0, 1)), rate: "10", source: "manual", enteredByName: "Test" },
    });
    try {
      const byInvested = await getWorkspacePortfolio(workspace, { today, sort: { sort: "invested", direction: "desc" } });
      expect(byInvested.table.rows.slice(0, 3).map((r) => [r.name, r.invested, r.converted?.invested ?? null])).toEqual([
        ["Plan 02", 200, null],
        ["Plan 01", 100.1, null],
        ["Dollar plan", 1000, 100],
      ]);
    } finally {
      await getDb().exchangeRate.delete({ where: { id: rate.id } });
    }
  });

  it("filters by category", async () => {
    const loyalty = await getWorkspacePortfolio(workspace, { today, category: "loyalty" });
    expect(loyalty.table.rows.map((r) => r.name)).toEqual(["Plan 01"]);
    // Active since January, one month recorded: 1 of the 10 past months (the table says "1 of 10").
    expect(loyalty.table.rows[0]).toMatchObject({ recordedMonths: 1, expectedMonths: 10, missingMonths: 9 });
    expect(loyalty.totals.headline).toMatchObject({ investments: 1, invested: 100.1 });
  });

  it("ranks at most 20 open leaks and counts them all", async () => {
    const { leaks } = await getWorkspacePortfolio(workspace, { today });
    expect(leaks.open).toHaveLength(20);
    expect(leaks.openCount).toBeGreaterThan(20);
    const stakes = leaks.open.map((l) => l.atStakeMonthly);
    expect(stakes).toEqual([...stakes].sort((a, b) => b - a));
  });

  it("a reviewed leak is listed with its reviewer and reason, on the dashboard and on both kinds of share link", async () => {
    const ctx = await workspaceContextFor(user, workspace.slug);
    const before = await getWorkspacePortfolio(workspace, { today });
    await acknowledgeLeak(ctx, { investmentId: ids["Plan 03"], code: "NO_BASELINE", subject: "", reason: "Baseline measured in Q1" }, today);
    const after = await getWorkspacePortfolio(workspace, { today });
    expect(after.leaks.openCount).toBe(before.leaks.openCount - 1);
    expect(after.leaks.reviewedCount).toBe(1);
    expect(after.leaks.reviewed).toEqual([
      expect.objectContaining({
        investmentName: "Plan 03",
        code: "NO_BASELINE",
        hidden: true,
        review: expect.objectContaining({ kind: "acknowledged", by: "Rita Reviewer", reason: "Baseline measured in Q1", snoozedUntil: null }),
      }),
    ]);

    const shared = await loadSharedView({ investmentId: null, percentOnly: true, workspace }, {}, { today });
    if (shared.kind !== "workspace") throw new Error(`expected the workspace view, got ${shared.kind}`);
    expect(shared.portfolio.leaks.reviewed.map((l) => [l.investmentName, l.review?.by, l.review?.reason])).toEqual([["Plan 03", "Rita Reviewer", "Baseline measured in Q1"]]);
    expect(shared.portfolio.totals.headline.invested).toBe(after.totals.headline.invested);
    // A percentages-only link cannot sort by amounts: the default is by name.
    expect(shared.query.sort).toEqual({ sort: "name", direction: "asc" });

    const one = await loadSharedView({ investmentId: ids["Plan 03"], percentOnly: false, workspace }, {}, { today });
    if (one.kind !== "investment") throw new Error(`expected the investment view, got ${one.kind}`);
    expect(one.investment.leaks.reviewed.map((l) => l.code)).toEqual(["NO_BASELINE"]);
    expect(one.investment.leaks.open.map((l) => l.code)).not.toContain("NO_BASELINE");
  });
});

describe("getInvestmentPortfolio", () => {
  it("one investment's figures are its row of the stored portfolio", async () => {
    const one = await getInvestmentPortfolio(workspace, ids["Dollar plan"], { today });
    expect(one?.totals).toMatchObject({ currency: "USD", investments: 1, invested: 1000, realised: 3000, net: 2000, actualRoiPct: 200 });
    expect(one?.row).toMatchObject({ name: "Dollar plan", counted: true, recordedMonths: 2 });
    expect(one?.chart.points.find((p) => p.period === "2026-01")?.actual).toBe(150);
    const draft = await getInvestmentPortfolio(workspace, ids["Draft plan"], { today });
    expect(draft?.row.counted).toBe(false);
  });

  it("is null for another workspace's investment", async () => {
    const other = await createWorkspace(getDb());
    expect(await getInvestmentPortfolio(other, ids["Dollar plan"], { today })).toBeNull();
    expect(await loadSharedView({ investmentId: ids["Dollar plan"], percentOnly: false, workspace: { id: other.id, currency: "EUR" } }, {}, { today })).toEqual({ kind: "unavailable" });
  });
});
