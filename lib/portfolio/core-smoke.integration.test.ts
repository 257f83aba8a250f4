import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { seedDemo } from "@/prisma/seed";
import { rebuildWorkspaceFigures } from "./rebuild";
import { getWorkspacePortfolio } from "./workspace-portfolio";

const today = new Date("2026-11-15T12:00:00Z");
let bakery = { id: "", currency: "EUR" };

beforeAll(async () => {
  await seedDemo(getDb(), { today });
  bakery = await getDb().workspace.findUniqueOrThrow({ where: { slug: "bakkerij-de-vries" }, select: { id: true, currency: true } });
});

const snapshot = async (workspaceId: string) => ({
  months: await getDb().$queryRaw`SELECT currency, category::text, counted, month, investments, recorded, "actualCost"::text, "actualBenefit"::text, "expectedCost"::text, "expectedBenefit"::text FROM "WorkspaceMonth" WHERE "workspaceId" = ${workspaceId} AND investments <> 0 ORDER BY 1,2,3,4`,
  figures: await getDb().$queryRaw`SELECT "investmentId", invested::text, realised::text, "forecastCost"::text, "paybackStatus", "missingMonths", "leakCount" FROM "InvestmentFigures" WHERE "workspaceId" = ${workspaceId} ORDER BY 1`,
});

describe("stored portfolio on the seeded bakery", () => {
  it("computes the figures the old dashboard showed, and a rebuild gives the same rows", async () => {
    const portfolio = await getWorkspacePortfolio(bakery, { today });
    expect(portfolio.totals.headline.invested).toBe(50078.12);
    expect(portfolio.totals.headline.realised).toBe(73803);
    expect(portfolio.totals.headline.actualRoiPct).toBe(47.38);
    expect(portfolio.chart.points[0].period).toBe("2025-07");
    expect(portfolio.leaks.openCount).toBeGreaterThanOrEqual(4);
    const before = await snapshot(bakery.id);
    await rebuildWorkspaceFigures(bakery.id, { today });
    expect(await snapshot(bakery.id)).toEqual(before);
  });
});
