import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getWorkspacePortfolio } from "@/lib/portfolio/workspace-portfolio";
import { seedDemo } from "@/prisma/seed";
import { countQueries } from "@/tests/support/query-counter";

// What the workspace dashboard (/w/[slug]) shows: lib/portfolio's getWorkspacePortfolio.
const today = new Date("2026-11-15T12:00:00Z");
let bakery = { id: "", currency: "EUR" };

beforeAll(async () => {
  await seedDemo(getDb(), { today });
  bakery = await getDb().workspace.findUniqueOrThrow({ where: { slug: "bakkerij-de-vries" }, select: { id: true, currency: true } });
});

describe("workspace dashboard on the seeded bakery (figures checked by hand)", () => {
  it("headline cards: invested = 1.02 × €25,856 (loyalty) + €17,160 (AI) + €6,545 (order form), three approved plans in EUR", async () => {
    const { totals, currencies } = await getWorkspacePortfolio(bakery, { today });
    expect(currencies).toEqual(["EUR"]);
    expect(totals.headline).toMatchObject({ currency: "EUR", investments: 3, invested: 50078.12, net: 23724.88, actualRoiPct: 47.38 });
    // Loyalty: 3 × €2,160 + 13 × €2,496 = €38,928; order form: 0.97 × €8,550 = €8,293.50.
    expect(totals.headline.realised).toBe(73803);
    expect(totals.otherCurrencies).toEqual([]);
    expect(totals.drafts).toEqual([]);
    // Every counted plan has exactly one payback status; the card shows all four.
    const { paid_back, on_track, late, unknown } = totals.headline.payback;
    expect(paid_back + on_track + late + unknown).toBe(3);
  });

  it("the order form row: 11 of 13 months recorded, its leaks ranked with the workspace's", async () => {
    const { table, leaks } = await getWorkspacePortfolio(bakery, { today, leakLimit: 100 });
    const row = table.rows.find((r) => r.name === "Online bestelformulier")!;
    expect(row).toMatchObject({ actualRoiPct: 26.72, forecastRoiPct: 30.63, recordedMonths: 11, expectedMonths: 13, missingMonths: 2, counted: true });
    expect(leaks.open.filter((l) => l.investmentName === "Online bestelformulier").map((l) => [l.code, l.atStakeMonthly])).toEqual([
      ["MISSING_ACTUALS", 900], // 15 min × 80 ÷ 60 × €45 a month, not recorded
      ["NO_BASELINE", 843.75],
    ]);
  });

  it("ranks all leaks of the workspace by euros at stake per month", async () => {
    const { leaks } = await getWorkspacePortfolio(bakery, { today });
    expect(leaks.open.length).toBeGreaterThanOrEqual(4);
    expect(leaks.openCount).toBe(leaks.open.length);
    const stakes = leaks.open.map((l) => l.atStakeMonthly);
    expect(stakes).toEqual([...stakes].sort((a, b) => b - a));
    expect(new Set(leaks.open.map((l) => l.code))).toEqual(new Set(["KPI_REGRESSION", "UNDER_FORECAST", "MISSING_ACTUALS", "NO_BASELINE"]));
  });

  it("the chart (approved plans, EUR) has a forecast band (conservative ≤ expected ≤ optimistic) and a measured line up to now", async () => {
    const { chart } = await getWorkspacePortfolio(bakery, { today });
    expect(chart.currency).toBe("EUR");
    expect(chart.points[0].period).toBe("2025-07");
    for (const point of chart.points) {
      if (point.conservative !== null && point.optimistic !== null && point.expected !== null) {
        expect(point.conservative).toBeLessThanOrEqual(point.expected);
        expect(point.expected).toBeLessThanOrEqual(point.optimistic);
      }
      if (point.period >= "2026-11") expect(point.actual).toBeNull();
    }
    expect(chart.points.find((p) => p.period === "2026-10")?.actual).toBe(47.38);
  });

  it("filters by category from the query string: only the loyalty programme", async () => {
    const { totals, table } = await getWorkspacePortfolio(bakery, { today, category: "loyalty" });
    expect(table.rows.map((r) => r.name)).toEqual(["Spaarprogramma vaste klanten"]);
    expect(totals.headline.invested).toBe(26373.12); // 1.02 × €25,856
    expect(totals.headline.realised).toBe(38928); // 3 × €2,160 + 13 × €2,496
  });

  it("runs a fixed number of queries, whatever the number of investments", async () => {
    const webshop = await getDb().workspace.findUniqueOrThrow({ where: { slug: "webshop-noord" }, select: { id: true, currency: true } });
    await Promise.all([getWorkspacePortfolio(bakery, { today }), getWorkspacePortfolio(webshop, { today })]);
    const { queries: one } = await countQueries(() => getWorkspacePortfolio(webshop, { today }));
    const { queries: three } = await countQueries(() => getWorkspacePortfolio(bakery, { today }));
    expect(one).toBe(three);
    // freshness check, currencies, rates, totals, leak sums, month totals, leaks, one page
    // (ids + rows), the months of investments in other currencies
    expect(three).toBe(10);
  });
});
