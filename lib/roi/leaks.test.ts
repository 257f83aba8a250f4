import { describe, expect, it } from "vitest";
import { DEFAULT_LEAK_THRESHOLDS } from "./leaks";
import {
  buildInput,
  collectLeaks,
  findLeak,
  LEAK_TEST_PLAN,
  onPlanActuals,
  parseOrThrow,
  type TestActuals,
} from "./test-fixtures";
import { evaluateDefinition } from "./evaluate";

describe("value leaks from the plan", () => {
  describe("MISSING_ACTUALS", () => {
    it("lists past months without actuals, with the planned benefit at stake", () => {
      const actuals = onPlanActuals(4).filter((a) => a.month !== 3);
      const leak = findLeak(collectLeaks({ actuals, asOfMonth: 6 }), "MISSING_ACTUALS");
      expect(leak).toMatchObject({ months: [3, 5], atStakeMonthly: 2000 });
      expect(leak?.params).toEqual({ months: [3, 5], periods: ["2026-03", "2026-05"] });
    });

    it("covers every past month when nothing was recorded, using today when asOfMonth is absent", () => {
      const definition = parseOrThrow(buildInput({ ...LEAK_TEST_PLAN, asOfMonth: undefined }));
      const leaks = evaluateDefinition(definition, { today: "2026-04-02" }).leaks;
      expect(findLeak(leaks, "MISSING_ACTUALS")?.months).toEqual([1, 2, 3]);
    });

    it("does not fire for an inactive investment, in the first month, or for the current month", () => {
      expect(
        findLeak(collectLeaks({ actuals: [], asOfMonth: 5 }, { active: false }), "MISSING_ACTUALS"),
      ).toBeUndefined();
      expect(findLeak(collectLeaks({ actuals: [], asOfMonth: 1 }), "MISSING_ACTUALS")).toBeUndefined();
      expect(findLeak(collectLeaks({ actuals: onPlanActuals(2), asOfMonth: 3 }), "MISSING_ACTUALS")).toBeUndefined();
    });
  });

  describe("NO_BASELINE", () => {
    it("fires once started without any KPI baseline; at stake is the average planned monthly benefit", () => {
      const leak = findLeak(
        collectLeaks({ actuals: onPlanActuals(1), kpis: [{ name: "NPS", measurements: [] }] }),
        "NO_BASELINE",
      );
      expect(leak).toMatchObject({ months: [1], atStakeMonthly: 2000, params: {} });
      expect(findLeak(collectLeaks({ actuals: [], asOfMonth: 3, kpis: [] }), "NO_BASELINE")).toBeDefined();
    });

    it("does not fire with a baseline, or before the start", () => {
      expect(findLeak(collectLeaks({ actuals: onPlanActuals(1) }), "NO_BASELINE")).toBeUndefined();
      expect(findLeak(collectLeaks({ actuals: [], asOfMonth: 1, kpis: [] }), "NO_BASELINE")).toBeUndefined();
    });
  });

  describe("KPI_REGRESSION", () => {
    const kpi = (measurements: { month: number; value: number }[], extra = {}) => [
      {
        name: "Conversion rate",
        unit: "%",
        baseline: 1.8,
        target: 2.9,
        direction: "up" as const,
        measurements,
        ...extra,
      },
    ];

    it("fires when the latest measurement moved against the direction", () => {
      const leak = findLeak(
        collectLeaks({
          actuals: onPlanActuals(3),
          kpis: kpi([
            { month: 2, value: 2.4 },
            { month: 3, value: 1.6 },
          ]),
        }),
        "KPI_REGRESSION",
      );
      expect(leak).toMatchObject({ months: [3], kpi: "Conversion rate", atStakeMonthly: 2000 });
      expect(leak?.params).toEqual({ month: 3, value: 1.6, baseline: 1.8, unit: "%", direction: "up" });
    });

    it("infers the direction from the target and ignores earlier dips", () => {
      const down = [
        { name: "Support tickets", baseline: 120, target: 60, measurements: [{ month: 2, value: 130.25 }] },
      ];
      expect(findLeak(collectLeaks({ actuals: onPlanActuals(2), kpis: down }), "KPI_REGRESSION")?.params).toEqual({
        month: 2,
        value: 130.25,
        baseline: 120,
        unit: null,
        direction: "down",
      });
      const recovered = kpi([
        { month: 1, value: 1.5 },
        { month: 2, value: 2.0 },
      ]);
      expect(findLeak(collectLeaks({ actuals: onPlanActuals(2), kpis: recovered }), "KPI_REGRESSION")).toBeUndefined();
    });

    it("tolerates small moves when the tolerance is raised", () => {
      const kpis = kpi([{ month: 2, value: 1.7 }]);
      expect(findLeak(collectLeaks({ actuals: onPlanActuals(2), kpis }), "KPI_REGRESSION")).toBeDefined();
      expect(
        findLeak(
          collectLeaks({ actuals: onPlanActuals(2), kpis }, { leakThresholds: { kpiRegressionTolerancePct: 10 } }),
          "KPI_REGRESSION",
        ),
      ).toBeUndefined();
    });
  });

  it("sorts leaks by money at stake per month, largest first", () => {
    const actuals: TestActuals = [
      { month: 1, cost: 9000, benefit: 0 },
      { month: 2, cost: 500, benefit: 0 },
      { month: 3, cost: 500, benefit: 0 },
    ];
    const leaks = collectLeaks({ actuals, asOfMonth: 6 });
    expect(leaks.map((l) => l.code)).toEqual(
      expect.arrayContaining(["UNDER_FORECAST", "COST_OVERRUN", "MISSING_ACTUALS", "PAYBACK_SLIP", "ZOMBIE_COST"]),
    );
    const amounts = leaks.map((l) => l.atStakeMonthly);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
  });

  it("exports its default thresholds and ignores invalid overrides", () => {
    expect(DEFAULT_LEAK_THRESHOLDS).toMatchObject({ underForecastPct: 20, costOverrunPct: 10, zombieMinMonths: 3 });
    const leak = findLeak(
      collectLeaks({ actuals: [{ month: 1, cost: 7500, benefit: 2000 }] }, { leakThresholds: { costOverrunPct: -5 } }),
      "COST_OVERRUN",
    );
    expect(leak).toBeDefined();
  });
});
