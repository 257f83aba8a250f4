import { describe, expect, it } from "vitest";
import { evaluateDefinition } from "./evaluate";
import { parseDefinition } from "./parse";
import type { InvestmentDefinitionInput } from "./schema";
import { expectError } from "./test-assertions";
import { TODAY, buildInput, parseOrThrow } from "./test-fixtures";

// Format v1: a cost or benefit may lie (partly) beyond the horizon; those months contribute
// nothing and the engine warns (BEYOND_HORIZON). A plan whose horizon is shortened stays valid.

const evaluate = (input: InvestmentDefinitionInput) => evaluateDefinition(parseOrThrow(input), { today: TODAY });

describe("items beyond the horizon", () => {
  it("accepts a cost in month 130 of a 120-month plan; it contributes nothing", () => {
    const base = {
      horizonMonths: 120,
      costs: [{ kind: "oneTime" as const, label: "Setup", amount: 1000, month: 1 }],
      benefits: [{ kind: "fixed" as const, label: "Saving", monthly: 50 }],
    };
    const withLate = evaluate(
      buildInput({
        ...base,
        costs: [...base.costs, { kind: "oneTime", label: "Replacement", amount: 9999, month: 130 }],
      }),
    );
    const without = evaluate(buildInput(base));
    // Cost 1,000, benefit 50 × 120 = 6,000: the month-130 cost changes no figure.
    expect(withLate.scenarios.expected?.totals).toEqual(without.scenarios.expected?.totals);
    expect(withLate.scenarios.expected?.totals).toMatchObject({ cost: 1000, benefit: 6000, net: 5000 });
    expect(withLate.scenarios.expected?.months).toHaveLength(120);
    expect(withLate.warnings).toEqual([
      {
        code: "BEYOND_HORIZON",
        path: "costs.1",
        message: '"Replacement" lies after the horizon (month 130 of 120) and contributes nothing.',
      },
    ]);
  });

  it("keeps a plan valid when its horizon is shortened", () => {
    const plan = buildInput({
      horizonMonths: 24,
      costs: [
        { kind: "oneTime", label: "Setup", amount: 600, month: 1 },
        { kind: "oneTime", label: "Upgrade", amount: 300, month: 18 },
        { kind: "recurring", label: "Licence", monthly: 10, fromMonth: 1, toMonth: 24 },
      ],
      benefits: [{ kind: "fixed", label: "Saving", monthly: 100, fromMonth: 3, toMonth: 24 }],
    });
    const shortened = { ...plan, horizonMonths: 12 };
    expect(parseDefinition(shortened).ok).toBe(true);
    // 12 months: cost 600 + 10 × 12 = 720 (the upgrade in month 18 drops out), benefit 100 × 10 = 1,000.
    const totals = evaluate(shortened).scenarios.expected?.totals;
    expect(totals).toMatchObject({ cost: 720, benefit: 1000, net: 280 });
    expect(evaluate(shortened).warnings.map((warning) => warning.path)).toEqual(["costs.1", "costs.2", "benefits.0"]);
  });

  it("clips a recurring item that runs past the horizon, with a warning naming the months", () => {
    const result = evaluate(
      buildInput({
        horizonMonths: 12,
        costs: [{ kind: "recurring", label: "Licence", monthly: 25, fromMonth: 7, toMonth: 18 }],
        benefits: [{ kind: "fixed", label: "Saving", monthly: 40, fromMonth: 10, toMonth: 30, rampMonths: 1 }],
      }),
    );
    const expected = result.scenarios.expected!;
    // Licence: months 7..12 inside = 6 × 25 = 150. Saving: month 10 ramps (20), 11 and 12 full: 20 + 40 + 40 = 100.
    expect(expected.totals).toMatchObject({ cost: 150, benefit: 100 });
    expect(expected.months[11]).toMatchObject({ month: 12, cost: 25, benefit: 40 });
    expect(result.warnings).toEqual([
      {
        code: "BEYOND_HORIZON",
        path: "costs.0",
        message: '"Licence" runs past the horizon: months 13–18 lie after month 12 and contribute nothing.',
      },
      {
        code: "BEYOND_HORIZON",
        path: "benefits.0",
        message: '"Saving" runs past the horizon: months 13–30 lie after month 12 and contribute nothing.',
      },
    ]);
  });

  it("an item that starts after the horizon is wholly outside it", () => {
    const result = evaluate(
      buildInput({
        horizonMonths: 12,
        benefits: [{ kind: "fixed", label: "Later", monthly: 5, fromMonth: 20, toMonth: 22 }],
      }),
    );
    expect(result.scenarios.expected?.totals.benefit).toBe(0);
    expect(result.warnings[0].message).toBe(
      '"Later" lies after the horizon (months 20–22 of 12) and contributes nothing.',
    );
  });

  it("still refuses toMonth before fromMonth, also beyond the horizon", () => {
    expectError(
      buildInput({ costs: [{ kind: "recurring", label: "Licence", monthly: 5, fromMonth: 40, toMonth: 30 }] as never }),
      "costs.0.toMonth",
      "must not be before fromMonth (40)",
    );
  });

  it("refuses a range whose low is above 1, at costs.N.range.low", () => {
    expectError(
      buildInput({
        costs: [{ kind: "oneTime", label: "Setup", amount: 100, month: 1, range: { low: "1.1", high: 2 } }] as never,
      }),
      "costs.0.range.low",
      "must be at most 1 (the item's own value is the most likely one)",
    );
  });
});
