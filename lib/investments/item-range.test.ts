import { describe, expect, it } from "vitest";
import { evaluateInput } from "@/lib/roi";
import { buildPlanDefinition, validatePlan } from "./definition";
import { RANGE_DOWN_KEY, RANGE_UP_KEY, draftRangeOf, multiplierOf, rangeTextOf, readRangePct, withRangeText } from "./item-range";
import { draftToPlan } from "./plan-draft";

describe("readRangePct", () => {
  it.each([
    ["40", "down", "40"],
    ["−40 %", "down", "40"],
    ["-40", "down", "40"],
    ["12,5", "down", "12.5"],
    ["12.5", "up", "12.5"],
    ["+30%", "up", "30"],
    ["100", "down", "100"],
    ["900", "up", "900"],
  ] as const)("%s in the %s field → %s%%", (text, side, pct) => expect(readRangePct(text, side)).toEqual({ ok: true, pct }));

  it("empty means 0% on that side", () => expect(readRangePct("  ", "down")).toEqual({ ok: true, pct: null }));

  it.each([
    ["abc", "down", "notNumber"],
    ["+10", "down", "wrongSign"],
    ["-10", "up", "wrongSign"],
    ["101", "down", "downTooLarge"],
    ["900,5", "up", "upTooLarge"],
  ] as const)("%s in the %s field is refused (%s)", (text, side, problem) => expect(readRangePct(text, side)).toEqual({ ok: false, problem }));
});

describe("multipliers of format v1", () => {
  it("lower by 40% → 0.6, higher by 30% → 1.3, exactly; 0% or empty → 1", () => {
    expect(multiplierOf("40", "down")).toBe("0.6");
    expect(multiplierOf("30", "up")).toBe("1.3");
    // 1 − 12.5 ÷ 100 = 0.875; 1 − 7 ÷ 100 = 0.93 exactly (in floats 1 − 0.07 = 0.9299999999999999).
    expect(multiplierOf("12.5", "down")).toBe("0.875");
    expect(multiplierOf("7", "down")).toBe("0.93");
    expect(multiplierOf(null, "up")).toBe("1");
  });

  it("a stored range shows as percentages in the reader's notation", () => {
    const item = { kind: "fixed", label: "X", monthly: "100", range: { low: "0.875", high: 1.3 } };
    expect(rangeTextOf(item, "nl")).toEqual({ down: "12,5", up: "30" });
    expect(rangeTextOf(item, "en")).toEqual({ down: "12.5", up: "30" });
    expect(rangeTextOf({ kind: "fixed" })).toEqual({ down: "", up: "" });
  });

  it("editing one side keeps the other side's text and drops the stale stored range", () => {
    const item = { kind: "fixed", label: "X", range: { low: "0.6", high: "1.3" } };
    const edited = withRangeText(item, "down", "50", "nl");
    expect(edited).toEqual({ kind: "fixed", label: "X", [RANGE_DOWN_KEY]: "50", [RANGE_UP_KEY]: "30" });
    expect(draftRangeOf(edited, "nl")).toEqual({ low: "0.5", high: "1.3" });
  });

  it("both fields emptied removes the range; an untouched stored range is kept as stored", () => {
    expect(draftRangeOf({ [RANGE_DOWN_KEY]: "", [RANGE_UP_KEY]: " " })).toBeUndefined();
    expect(draftRangeOf({ range: { low: 0.6, high: 1.3 } })).toEqual({ low: "0.6", high: "1.3" });
    expect(draftRangeOf({})).toBeUndefined();
  });

  it("only one side typed: the other is 1 (no change that way)", () => {
    expect(draftRangeOf({ [RANGE_DOWN_KEY]: "0,6" }, "nl")).toEqual({ low: "0.994", high: "1" });
    expect(draftRangeOf({ [RANGE_UP_KEY]: "25" })).toEqual({ low: "1", high: "1.25" });
  });
});

describe("draftToPlan carries ranges and the plan's discount rate", () => {
  const header = { name: "N", currency: "EUR", startMonth: "2026-01", horizonMonths: 12 };

  it("nl input \"0,6\"-style decimals: percentages become multipliers, the rate an exact decimal", () => {
    const plan = draftToPlan(
      {
        costs: [{ kind: "oneTime", label: "Bouw", amount: "1.000,50", month: "1", [RANGE_DOWN_KEY]: "10", [RANGE_UP_KEY]: "37,5" }],
        benefits: [{ kind: "fixed", label: "Baat", monthly: "200", [RANGE_DOWN_KEY]: "40", [RANGE_UP_KEY]: "" }],
        discountRatePct: "7,5",
      },
      "nl",
    );
    expect(plan.costs).toEqual([{ kind: "oneTime", label: "Bouw", amount: "1000.50", month: 1, range: { low: "0.9", high: "1.375" } }]);
    expect(plan.benefits).toEqual([{ kind: "fixed", label: "Baat", monthly: "200", range: { low: "0.6", high: "1" } }]);
    expect(plan.discountRatePct).toBe("7.5");
    const result = evaluateInput(buildPlanDefinition(header, plan), { today: "2026-01-15" });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.result.discountRatePct).toBe(7.5);
      expect(result.result.discountRateSource).toBe("definition");
    }
  });

  it("an empty rate is left out: the workspace's default applies", () => {
    const plan = draftToPlan({ costs: [], benefits: [], discountRatePct: " " });
    expect("discountRatePct" in plan).toBe(false);
  });

  it("an unreadable range reaches the engine as typed, so it names the field", () => {
    const plan = draftToPlan({ costs: [{ kind: "oneTime", label: "X", amount: "10", month: "1", [RANGE_DOWN_KEY]: "veel" }], benefits: [] });
    const result = evaluateInput(buildPlanDefinition(header, plan));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toContain("costs.0.range.low");
  });

  it("a rate above 100 is refused under discountRatePct", () => {
    const plan = draftToPlan({ costs: [], benefits: [], discountRatePct: "120" });
    const result = evaluateInput(buildPlanDefinition(header, plan));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toContain("discountRatePct");
  });

  it("validatePlan keeps the ranges and the rate in the stored plan", () => {
    const validation = validatePlan(header, {
      costs: [{ kind: "oneTime", label: "X", amount: "10", month: 1, range: { low: "0.9", high: "1.2" } }],
      benefits: [],
      discountRatePct: "6.25",
    });
    expect(validation.ok).toBe(true);
    if (validation.ok) {
      // Stored as JSON; a decimal JSON carries exactly comes back as a number.
      expect(String(validation.plan.discountRatePct)).toBe("6.25");
      const range = (validation.plan.costs as { range: { low: unknown; high: unknown } }[])[0].range;
      expect([String(range.low), String(range.high)]).toEqual(["0.9", "1.2"]);
    }
  });
});
