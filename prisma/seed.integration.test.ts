import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { evaluateInvestment } from "@/lib/investments/evaluate-investment";
import { getInvestmentDetail } from "@/lib/investments/queries";
import { seedDemo } from "./seed";

const today = new Date("2026-11-15T12:00:00Z");

describe("demo seed", () => {
  it("seeds once, on an empty database only, and tells a story with leaks", async () => {
    expect(await seedDemo(getDb(), { today })).toBe("seeded");
    expect(await seedDemo(getDb(), { today })).toBe("present");
    const investments = await getDb().investment.findMany({ include: { workspace: true, _count: { select: { actuals: true, versions: true } } } });
    expect(investments).toHaveLength(8);
    // The translation agency's dollar-priced platform and the rates that convert it.
    expect(investments.filter((i) => i.currency === "USD").map((i) => i.workspace.slug)).toEqual(["vertaalbureau-lingua"]);
    expect(await getDb().exchangeRate.count({ where: { workspace: { slug: "vertaalbureau-lingua" }, fromCurrency: "EUR", toCurrency: "USD" } })).toBe(12);
    for (const investment of investments) {
      expect(investment._count.versions).toBe(1);
      expect(investment._count.actuals).toBeGreaterThanOrEqual(10);
      expect(investment._count.actuals).toBeLessThanOrEqual(18);
    }
    const codes = new Map<string, string[]>();
    for (const investment of investments) {
      const detail = await getInvestmentDetail(investment.workspaceId, investment.id);
      const evaluation = evaluateInvestment(detail, { today });
      expect(evaluation.ok).toBe(true);
      if (!evaluation.ok) continue;
      for (const leak of evaluation.result.leaks) codes.set(leak.code, [...(codes.get(leak.code) ?? []), investment.name]);
    }
    // Each code has the investment built to show it; healthy ones stay clean.
    expect(codes.get("MISSING_ACTUALS")).toEqual(["Online bestelformulier"]);
    expect(codes.get("COST_OVERRUN")).toEqual(["Google Ads voor e-bikes"]);
    expect(codes.get("ZOMBIE_COST")).toEqual(["Nieuwe landingspagina"]);
    expect([...codes.keys()].sort()).toEqual([
      "COST_OVERRUN",
      "KPI_REGRESSION",
      "MISSING_ACTUALS",
      "NEGATIVE_AFTER_RAMP",
      "NO_BASELINE",
      "PAYBACK_SLIP",
      "UNDER_FORECAST",
      "ZOMBIE_COST",
    ]);
  });

  it("skips a database that already has real users", async () => {
    // This file's database already holds the demo; a fresh check on another state:
    await getDb().user.deleteMany({ where: { email: "demo@realised.local" } });
    expect(await seedDemo(getDb(), { today })).toBe("skipped");
  });
});
