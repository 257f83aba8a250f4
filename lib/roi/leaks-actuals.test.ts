import { describe, expect, it } from "vitest";
import { collectLeaks, findLeak, onPlanActuals, type TestActuals } from "./test-fixtures";

describe("value leaks from actuals", () => {
  it("raises nothing for an investment that runs to plan", () => {
    expect(collectLeaks({ actuals: onPlanActuals(6) })).toEqual([]);
  });

  describe("UNDER_FORECAST", () => {
    const half: TestActuals = onPlanActuals(3).map((a) => ({ ...a, benefit: 1000 }));

    it("fires when cumulative benefit is > 20% below forecast for 2+ consecutive months", () => {
      const leak = findLeak(collectLeaks({ actuals: half }), "UNDER_FORECAST");
      expect(leak).toMatchObject({ months: [1, 2, 3], atStakeMonthly: 1000 });
      expect(leak?.params).toEqual({ belowPct: 50, shortfall: 3000, months: [1, 2, 3] });
    });

    it("rounds the percentage and the shortfall half-up to 2 decimals", () => {
      const leak = findLeak(
        collectLeaks({ actuals: onPlanActuals(3).map((a) => ({ ...a, benefit: 1000.005 })) }),
        "UNDER_FORECAST",
      );
      // 6,000 − 3,000.015 = 2,999.985 short of 6,000: 49.99975% below.
      expect(leak?.params).toEqual({ belowPct: 50, shortfall: 2999.99, months: [1, 2, 3] });
    });

    it("does not fire for one month, for 15% below, or once the latest month recovered", () => {
      expect(findLeak(collectLeaks({ actuals: half.slice(0, 1) }), "UNDER_FORECAST")).toBeUndefined();
      expect(
        findLeak(collectLeaks({ actuals: onPlanActuals(3).map((a) => ({ ...a, benefit: 1700 })) }), "UNDER_FORECAST"),
      ).toBeUndefined();
      expect(
        findLeak(
          collectLeaks({ actuals: [...half.slice(0, 2), { month: 3, cost: 500, benefit: 8000 }] }),
          "UNDER_FORECAST",
        ),
      ).toBeUndefined();
    });

    it("honours overridden thresholds", () => {
      const slightly = onPlanActuals(3).map((a) => ({ ...a, benefit: 1700 }));
      expect(
        findLeak(collectLeaks({ actuals: slightly }, { leakThresholds: { underForecastPct: 10 } }), "UNDER_FORECAST"),
      ).toBeDefined();
      expect(
        findLeak(
          collectLeaks({ actuals: half.slice(0, 1) }, { leakThresholds: { underForecastMinMonths: 1 } }),
          "UNDER_FORECAST",
        ),
      ).toBeDefined();
    });
  });

  describe("COST_OVERRUN", () => {
    it("fires when cumulative actual cost is > 10% above forecast", () => {
      const leak = findLeak(collectLeaks({ actuals: [{ month: 1, cost: 7500, benefit: 2000 }] }), "COST_OVERRUN");
      expect(leak).toMatchObject({ months: [1], atStakeMonthly: 1000 });
      expect(leak?.params).toEqual({ abovePct: 15.38, overrun: 1000 });
    });

    it("gives no percentage over a plan without cost", () => {
      const leak = findLeak(
        collectLeaks({ costs: [], actuals: [{ month: 1, cost: 1234.565, benefit: 2000 }] }),
        "COST_OVERRUN",
      );
      expect(leak).toMatchObject({
        months: [1],
        atStakeMonthly: 1234.57,
        params: { abovePct: null, overrun: 1234.57 },
      });
    });

    it("does not fire at 7.7% over, unless the threshold is lowered", () => {
      const actuals = [{ month: 1, cost: 7000, benefit: 2000 }];
      expect(findLeak(collectLeaks({ actuals }), "COST_OVERRUN")).toBeUndefined();
      expect(
        findLeak(collectLeaks({ actuals }, { leakThresholds: { costOverrunPct: 5 } }), "COST_OVERRUN"),
      ).toBeDefined();
    });
  });

  describe("PAYBACK_SLIP", () => {
    const slow: TestActuals = onPlanActuals(2).map((a) => ({ ...a, benefit: 1000 }));

    it("fires when the projected payback is later than planned", () => {
      const leak = findLeak(collectLeaks({ actuals: slow }), "PAYBACK_SLIP");
      expect(leak).toMatchObject({ months: [4, 12], atStakeMonthly: 1000 });
      expect(leak?.params).toEqual({ plannedMonth: 4, plannedPeriod: "2026-04", projectedMonth: 12 });
    });

    it("fires when payback is out of reach within the horizon", () => {
      const leak = findLeak(collectLeaks({ actuals: [{ month: 1, cost: 6500, benefit: 0 }] }), "PAYBACK_SLIP");
      expect(leak).toMatchObject({ months: [4] });
      expect(leak?.params).toEqual({ plannedMonth: 4, plannedPeriod: "2026-04", projectedMonth: null });
    });

    it("does not fire on plan, after payback, or within the grace period", () => {
      expect(findLeak(collectLeaks({ actuals: onPlanActuals(2) }), "PAYBACK_SLIP")).toBeUndefined();
      expect(
        findLeak(collectLeaks({ actuals: [{ month: 1, cost: 6500, benefit: 9000 }] }), "PAYBACK_SLIP"),
      ).toBeUndefined();
      expect(
        findLeak(collectLeaks({ actuals: slow }, { leakThresholds: { paybackSlipGraceMonths: 8 } }), "PAYBACK_SLIP"),
      ).toBeUndefined();
    });
  });

  describe("ZOMBIE_COST", () => {
    const idle: TestActuals = onPlanActuals(3).map((a) => ({ ...a, benefit: 0 }));

    it("fires when running costs continue while benefit is ≈0 for 3+ months", () => {
      const leak = findLeak(collectLeaks({ actuals: idle }), "ZOMBIE_COST");
      expect(leak).toMatchObject({ months: [1, 2, 3], atStakeMonthly: 500 });
      expect(leak?.params).toEqual({ runningCostMonthly: 500, months: [1, 2, 3] });
    });

    it("does not fire for two months, for a real benefit, once the cost stops, or before benefits are planned", () => {
      expect(findLeak(collectLeaks({ actuals: idle.slice(0, 2) }), "ZOMBIE_COST")).toBeUndefined();
      expect(
        findLeak(collectLeaks({ actuals: idle.map((a) => ({ ...a, benefit: 200 })) }), "ZOMBIE_COST"),
      ).toBeUndefined();
      expect(findLeak(collectLeaks({ actuals: idle.map((a) => ({ ...a, cost: 0 })) }), "ZOMBIE_COST")).toBeUndefined();
      const later = { benefits: [{ kind: "fixed" as const, label: "Saving", monthly: 2000, fromMonth: 6 }] };
      expect(findLeak(collectLeaks({ ...later, actuals: idle }), "ZOMBIE_COST")).toBeUndefined();
    });

    it("counts a benefit up to the threshold share of plan as ≈0", () => {
      const trickle = idle.map((a) => ({ ...a, benefit: 200 }));
      expect(
        findLeak(collectLeaks({ actuals: trickle }, { leakThresholds: { zombieBenefitPct: 15 } }), "ZOMBIE_COST"),
      ).toBeDefined();
      expect(
        findLeak(
          collectLeaks({ actuals: idle.slice(0, 2) }, { leakThresholds: { zombieMinMonths: 2 } }),
          "ZOMBIE_COST",
        ),
      ).toBeDefined();
    });
  });

  describe("NEGATIVE_AFTER_RAMP", () => {
    const ramped = { benefits: [{ kind: "fixed" as const, label: "Saving", monthly: 2000, rampMonths: 2 }] };
    const weak: TestActuals = onPlanActuals(5).map((a) => ({ ...a, benefit: 500 }));

    it("fires when cumulative ROI is still negative after the ramp-up ended", () => {
      const leak = findLeak(collectLeaks({ ...ramped, actuals: weak }), "NEGATIVE_AFTER_RAMP");
      // Full value from month 3; months 4 and 5 are after it. Deficit 8,500 − 2,500 over 5 months.
      expect(leak).toMatchObject({ months: [4, 5], atStakeMonthly: 1200 });
      expect(leak?.params).toEqual({ rampEndMonth: 3, month: 5, roiPct: -70.59 });
    });

    it("does not fire during the ramp, with a positive ROI, or within the grace months", () => {
      expect(findLeak(collectLeaks({ ...ramped, actuals: weak.slice(0, 3) }), "NEGATIVE_AFTER_RAMP")).toBeUndefined();
      const strong = onPlanActuals(5).map((a) => ({ ...a, benefit: 4000 }));
      expect(findLeak(collectLeaks({ ...ramped, actuals: strong }), "NEGATIVE_AFTER_RAMP")).toBeUndefined();
      expect(
        findLeak(
          collectLeaks({ ...ramped, actuals: weak }, { leakThresholds: { negativeAfterRampGraceMonths: 2 } }),
          "NEGATIVE_AFTER_RAMP",
        ),
      ).toBeUndefined();
    });
  });
});
