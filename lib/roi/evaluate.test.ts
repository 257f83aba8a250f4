import { describe, expect, it } from "vitest";
import productExample from "./examples/product-example.json";
import { Dec } from "./decimal";
import { evaluateDefinition, evaluateInput, resolveAsOfMonth, selectScenario } from "./evaluate";
import { TODAY, buildInput, findNonFiniteNumbers, parseOrThrow } from "./test-fixtures";

const evaluate = (input: unknown, options = {}) =>
  evaluateDefinition(parseOrThrow(input), { today: TODAY, ...options });

describe("evaluateDefinition", () => {
  it("produces every scenario with months, totals and years", () => {
    const result = evaluate(productExample);
    expect(Object.keys(result.scenarios)).toEqual(["conservative", "expected", "optimistic"]);
    expect(result.scenarios.expected?.months).toHaveLength(24);
    expect(result.scenarios.expected?.months[23].period).toBe("2027-12");
    expect(result.scenarios.expected?.years.map((y) => [y.year, y.fromMonth, y.toMonth])).toEqual([
      [1, 1, 12],
      [2, 13, 24],
    ]);
    expect(result).toMatchObject({ currency: "EUR", startMonth: "2026-01", horizonMonths: 24, asOfMonth: 7 });
    expect(findNonFiniteNumbers(result)).toEqual([]);
  });

  it("applies scenario multipliers to benefits only", () => {
    const result = evaluate(
      buildInput({
        horizonMonths: 2,
        costs: [{ kind: "recurring", label: "Licence", monthly: 100 }],
        benefits: [{ kind: "fixed", label: "Saving", monthly: 250 }],
      }),
    );
    const totals = (name: "conservative" | "expected" | "optimistic") => result.scenarios[name]?.totals;
    expect([totals("conservative")?.cost, totals("expected")?.cost, totals("optimistic")?.cost]).toEqual([
      200, 200, 200,
    ]);
    expect([totals("conservative")?.benefit, totals("expected")?.benefit, totals("optimistic")?.benefit]).toEqual([
      400, 500, 600,
    ]);
    expect(result.scenarios.optimistic?.multiplier).toBe(1.2);
    expect(totals("conservative")?.roiPct).toBe(100);
  });

  it("never divides by zero: no cost means ROI and BCR are null with a reason", () => {
    const result = evaluate(
      buildInput({ horizonMonths: 14, benefits: [{ kind: "fixed", label: "Free win", monthly: 10 }] }),
    );
    const expected = result.scenarios.expected;
    expect(expected?.totals).toMatchObject({
      cost: 0,
      benefit: 140,
      roiPct: null,
      roiNullReason: "NO_COST",
      bcr: null,
      paybackMonth: null,
    });
    expect(expected?.months.every((m) => m.cumRoiPct === null)).toBe(true);
    expect(expected?.years[1]).toMatchObject({
      fromMonth: 13,
      toMonth: 14,
      benefit: 20,
      roiPct: null,
      roiNullReason: "NO_COST",
    });
    expect(findNonFiniteNumbers(result)).toEqual([]);
  });

  it("finds the payback month: first month with cost so far where cumulative benefit ≥ cumulative cost", () => {
    const result = evaluate(
      buildInput({
        horizonMonths: 6,
        costs: [{ kind: "oneTime", label: "Setup", amount: 3000, month: 2 }],
        benefits: [{ kind: "fixed", label: "Saving", monthly: 1000 }],
      }),
    );
    // Month 1 has benefit but no cost yet; month 3: 3,000 ≥ 3,000.
    expect(result.scenarios.expected?.totals.paybackMonth).toBe(3);
    expect(result.scenarios.expected?.months[0].cumRoiPct).toBeNull();
    expect(result.scenarios.conservative?.totals.paybackMonth).toBe(4);
    const never = evaluate(buildInput({ costs: [{ kind: "oneTime", label: "Setup", amount: 1, month: 1 }] }));
    expect(never.scenarios.expected?.totals.paybackMonth).toBeNull();
  });

  it("makes the last year partial and lets years add up to the totals", () => {
    const result = evaluate(
      buildInput({
        horizonMonths: 30,
        costs: [{ kind: "recurring", label: "L", monthly: "33.333" }],
        benefits: [{ kind: "fixed", label: "B", monthly: "41.6667" }],
      }),
    );
    const expected = result.scenarios.expected;
    expect(expected?.years.map((y) => y.toMonth - y.fromMonth + 1)).toEqual([12, 12, 6]);
    const sum = (field: "cost" | "benefit") =>
      (expected?.years ?? []).reduce((acc, y) => acc.plus(y[field]), new Dec(0));
    expect(sum("cost").eq(expected?.totals.cost ?? -1)).toBe(true);
    expect(sum("benefit").eq(expected?.totals.benefit ?? -1)).toBe(true);
  });

  it("warns about revenue without margin and ramps that never finish", () => {
    const result = evaluate(
      buildInput({
        horizonMonths: 6,
        benefits: [
          { kind: "fixed", label: "Fine", monthly: 1 },
          {
            kind: "conversionUplift",
            label: "Page",
            visitorsPerMonth: 100,
            baselineRatePct: 1,
            targetRatePct: 2,
            orderValue: 50,
            rampMonths: 8,
          },
        ],
      }),
    );
    expect(result.warnings.map((w) => [w.code, w.path])).toEqual([
      ["REVENUE_WITHOUT_MARGIN", "benefits.1"],
      ["RAMP_NOT_COMPLETED", "benefits.1.rampMonths"],
    ]);
    expect(result.warnings[0].message).toMatch(/ROI on revenue overstates the return/);
  });

  it("takes asOfMonth from the options, then the definition, then today", () => {
    const withField = parseOrThrow(buildInput({ asOfMonth: 4 }));
    const withoutField = parseOrThrow(buildInput({ asOfMonth: undefined }));
    expect(resolveAsOfMonth(withField, { asOfMonth: 9, today: TODAY })).toBe(9);
    expect(resolveAsOfMonth(withField, { today: TODAY })).toBe(4);
    expect(resolveAsOfMonth(withoutField, { today: TODAY })).toBe(11);
    expect(resolveAsOfMonth(withoutField, { today: new Date(Date.UTC(2027, 0, 1)) })).toBe(13);
  });

  it("leaves out actuals, expansion and customerAcquisition when not applicable", () => {
    const result = evaluate(buildInput());
    expect(result).not.toHaveProperty("actuals");
    expect(result).not.toHaveProperty("expansion");
    expect(result).not.toHaveProperty("customerAcquisition");
    expect(result.leaks).toEqual([]);
  });
});

describe("evaluateInput and selectScenario", () => {
  it("returns errors instead of a result for invalid input", () => {
    const outcome = evaluateInput({ ...productExample, horizonMonths: 0 });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.errors).toContainEqual({ path: "horizonMonths", message: "must be at least 1" });
  });

  it("limits a result to one scenario", () => {
    const outcome = evaluateInput(productExample, { today: TODAY });
    if (!outcome.ok) throw new Error("expected a result");
    const only = selectScenario(outcome.result, "optimistic");
    expect(Object.keys(only.scenarios)).toEqual(["optimistic"]);
    expect(only.leaks).toEqual(outcome.result.leaks);
  });
});
