import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createWorkspace } from "@/prisma/factories";
import { seedDemo } from "@/prisma/seed";
import { countQueries } from "@/tests/support/query-counter";
import { getWorkspaceDashboard } from "./workspace-dashboard";

const today = new Date("2026-11-15T12:00:00Z");
let bakeryId = "";

beforeAll(async () => {
  await seedDemo(getDb(), { today });
  bakeryId = (await getDb().workspace.findUniqueOrThrow({ where: { slug: "bakkerij-de-vries" } })).id;
});

describe("workspace dashboard on the seeded bakery (figures checked by hand)", () => {
  it("KPI cards: invested = 1.02 × €25,856 (loyalty) + €17,160 (AI) + €6,545 (order form)", async () => {
    const { cards } = await getWorkspaceDashboard(bakeryId, { today });
    expect(cards.invested).toBe(50078.12);
    // Loyalty: 3 × €2,160 + 13 × €2,496 = €38,928; order form: 0.97 × €8,550 = €8,293.50.
    expect(cards.realised).toBe(73803);
    expect(cards.net).toBe(23724.88);
    expect(cards.actualRoiPct).toBe(47.38); // 23,724.88 ÷ 50,078.12
  });

  it("the order form row: forecast €6,545 cost (€5,500 + 11 × €95) and €8,550 benefit, 2 months missing", async () => {
    const { rows } = await getWorkspaceDashboard(bakeryId, { today });
    const row = rows.find((r) => r.name === "Online bestelformulier")!;
    expect(row).toMatchObject({ forecastCost: 6545, forecastBenefit: 8550, actualRoiPct: 26.72, recordedMonths: 11, expectedMonths: 13 });
    expect(row.leaks.map((l) => [l.code, l.atStakeMonthly])).toEqual([
      ["MISSING_ACTUALS", 900], // 15 min × 80 ÷ 60 × €45 a month, not recorded
      ["NO_BASELINE", 843.75],
    ]);
  });

  it("ranks all leaks of the workspace by euros at stake per month", async () => {
    const { leaks } = await getWorkspaceDashboard(bakeryId, { today });
    expect(leaks.length).toBeGreaterThanOrEqual(4);
    const stakes = leaks.map((l) => l.atStakeMonthly);
    expect(stakes).toEqual([...stakes].sort((a, b) => b - a));
    expect(new Set(leaks.map((l) => l.code))).toEqual(new Set(["KPI_REGRESSION", "UNDER_FORECAST", "MISSING_ACTUALS", "NO_BASELINE"]));
  });

  it("the chart has a forecast band (conservative ≤ expected ≤ optimistic) and a measured line up to now", async () => {
    const { chart } = await getWorkspaceDashboard(bakeryId, { today });
    expect(chart[0].period).toBe("2025-07");
    for (const point of chart) {
      if (point.conservative !== null && point.optimistic !== null && point.expected !== null) {
        expect(point.conservative).toBeLessThanOrEqual(point.expected);
        expect(point.expected).toBeLessThanOrEqual(point.optimistic);
      }
      if (point.period >= "2026-11") expect(point.actual).toBeNull();
    }
    expect(chart.find((p) => p.period === "2026-10")?.actual).toBe(47.38);
  });

  it("filters by category from the query string: only the loyalty programme", async () => {
    const { cards, rows } = await getWorkspaceDashboard(bakeryId, { today, category: "loyalty" });
    expect(rows.map((r) => r.name)).toEqual(["Spaarprogramma vaste klanten"]);
    expect(cards.invested).toBe(26373.12); // 1.02 × €25,856
    expect(cards.realised).toBe(38928); // 3 × €2,160 + 13 × €2,496
  });

  it("runs a fixed number of queries, whatever the number of investments", async () => {
    const small = await createWorkspace(getDb());
    const first = await countQueries(() => getWorkspaceDashboard(small.id, { today }));
    const { queries: many } = await countQueries(() => getWorkspaceDashboard(bakeryId, { today }));
    expect(first.queries).toBe(many);
    // investments (with versions, KPIs, measurements, actuals), workspaces, leak reviews, two SQL sums
    expect(many).toBe(5);
  });
});
