import { describe, expect, it } from "vitest";
import { evaluateDefinition, parseDefinition, type RoiResult } from "@/lib/roi";
import { PAYBACK_STATUSES, paybackStatusOf, type PaybackStatus } from "./payback";

// The plan: 5,500 set-up in month 1 and 1,000 benefit a month (scenario multipliers 1), so
// the plan pays back in month 6 (6 × 1,000 ≥ 5,500 > 5 × 1,000). The engine scales the
// months after the last recorded one by realised ÷ forecast benefit so far.
const TODAY = "2026-11-15";
const PAY_BACK_PLAN = {
  costs: [{ kind: "oneTime", label: "Set-up", amount: 5500, month: 1 }],
  benefits: [{ kind: "fixed", label: "Saved hours", monthly: 1000 }],
};
const NEVER_PAYS_BACK = {
  costs: [{ kind: "recurring", label: "Licence", monthly: 500 }],
  benefits: [{ kind: "fixed", label: "Saved hours", monthly: 100 }],
};

type Actual = { month: number; cost: number; benefit: number };

function evaluate(plan: { costs: object[]; benefits: object[] }, actuals: Actual[]): RoiResult {
  const parsed = parseDefinition({
    name: "Payback",
    currency: "EUR",
    startMonth: "2026-01",
    horizonMonths: 12,
    asOfMonth: 11,
    scenarios: { conservative: 1, expected: 1, optimistic: 1 },
    ...plan,
    actuals,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return evaluateDefinition(parsed.definition, { today: TODAY });
}

const months = (n: number, benefit: number, setUp = 5500): Actual[] =>
  Array.from({ length: n }, (_, i) => ({ month: i + 1, cost: i === 0 ? setUp : 0, benefit }));

describe("paybackStatusOf, on real engine results", () => {
  it("paid_back: the recorded benefit has caught up with the recorded cost (reached, not projected)", () => {
    const result = evaluate(PAY_BACK_PLAN, months(7, 1000));
    expect(result.actuals).toMatchObject({
      projectedPaybackBasis: "REACHED",
      projectedPaybackMonth: 6,
      plannedPaybackMonth: 6,
    });
    expect(paybackStatusOf(result)).toBe("paid_back");
  });

  it("paid_back even when the plan itself never pays back (what was recorded is what counts)", () => {
    const result = evaluate(NEVER_PAYS_BACK, [{ month: 1, cost: 100, benefit: 400 }]);
    expect(result.actuals?.plannedPaybackMonth).toBeNull();
    expect(result.actuals?.projectedPaybackBasis).toBe("REACHED");
    expect(paybackStatusOf(result)).toBe("paid_back");
  });

  it("on_track: projected in the planned month (equal counts as on track)", () => {
    const result = evaluate(PAY_BACK_PLAN, months(3, 1000));
    expect(result.actuals).toMatchObject({
      projectedPaybackBasis: "PROJECTED",
      projectedPaybackMonth: 6,
      plannedPaybackMonth: 6,
    });
    expect(paybackStatusOf(result)).toBe("on_track");
  });

  it("on_track: projected earlier than planned", () => {
    const result = evaluate(PAY_BACK_PLAN, months(3, 1500));
    expect(result.actuals?.projectedPaybackMonth).toBe(4);
    expect(paybackStatusOf(result)).toBe("on_track");
  });

  it("late: projected in month 9 while month 6 was planned", () => {
    // 650 a month is 65% of the forecast: 9 × 650 = 5,850 ≥ 5,500 > 8 × 650.
    const result = evaluate(PAY_BACK_PLAN, months(3, 650));
    expect(result.actuals).toMatchObject({
      projectedPaybackBasis: "PROJECTED",
      projectedPaybackMonth: 9,
      plannedPaybackMonth: 6,
    });
    expect(paybackStatusOf(result)).toBe("late");
  });

  it("late: not projected to pay back within the horizon at all", () => {
    const result = evaluate(PAY_BACK_PLAN, months(3, 100));
    expect(result.actuals).toMatchObject({
      projectedPaybackBasis: "NONE",
      projectedPaybackMonth: null,
      plannedPaybackMonth: 6,
    });
    expect(paybackStatusOf(result)).toBe("late");
  });

  it("unknown: nothing recorded yet", () => {
    const result = evaluate(PAY_BACK_PLAN, []);
    expect(result.actuals).toBeUndefined();
    expect(paybackStatusOf(result)).toBe("unknown");
  });

  it("unknown: the plan never pays back and the actuals have not paid back either (nothing to compare)", () => {
    const result = evaluate(NEVER_PAYS_BACK, months(3, 100, 500));
    expect(result.actuals?.plannedPaybackMonth).toBeNull();
    expect(result.actuals?.projectedPaybackBasis).not.toBe("REACHED");
    expect(paybackStatusOf(result)).toBe("unknown");
  });
});

describe("paybackStatusOf, rule by rule", () => {
  const withActuals = (actuals: Partial<NonNullable<RoiResult["actuals"]>> | undefined, recorded = 1) =>
    ({
      actuals: actuals && { months: Array.from({ length: recorded }, () => ({})), ...actuals },
    }) as unknown as RoiResult;

  it.each<[string, Parameters<typeof withActuals>[0], number, PaybackStatus]>([
    ["no actuals object", undefined, 0, "unknown"],
    [
      "an actuals object without months",
      { projectedPaybackBasis: "REACHED", plannedPaybackMonth: 6, projectedPaybackMonth: 3 },
      0,
      "unknown",
    ],
    [
      "reached beats a missing plan payback",
      { projectedPaybackBasis: "REACHED", plannedPaybackMonth: null, projectedPaybackMonth: 3 },
      1,
      "paid_back",
    ],
    [
      "reached later than planned is still paid back",
      { projectedPaybackBasis: "REACHED", plannedPaybackMonth: 2, projectedPaybackMonth: 5 },
      1,
      "paid_back",
    ],
    [
      "no plan payback, projected",
      { projectedPaybackBasis: "PROJECTED", plannedPaybackMonth: null, projectedPaybackMonth: 4 },
      1,
      "unknown",
    ],
    [
      "projected one month late",
      { projectedPaybackBasis: "PROJECTED", plannedPaybackMonth: 6, projectedPaybackMonth: 7 },
      1,
      "late",
    ],
    [
      "projected exactly on time",
      { projectedPaybackBasis: "PROJECTED", plannedPaybackMonth: 6, projectedPaybackMonth: 6 },
      1,
      "on_track",
    ],
    [
      "projected early",
      { projectedPaybackBasis: "PROJECTED", plannedPaybackMonth: 6, projectedPaybackMonth: 1 },
      1,
      "on_track",
    ],
    [
      "never within the horizon",
      { projectedPaybackBasis: "NONE", plannedPaybackMonth: 6, projectedPaybackMonth: null },
      1,
      "late",
    ],
  ])("%s", (_name, actuals, recorded, status) => {
    expect(paybackStatusOf(withActuals(actuals, recorded))).toBe(status);
  });

  it("only ever answers one of the four statuses", () => {
    expect([...PAYBACK_STATUSES].sort()).toEqual(["late", "on_track", "paid_back", "unknown"]);
  });
});
