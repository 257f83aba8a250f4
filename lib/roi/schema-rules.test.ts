import { describe, expect, it } from "vitest";
import { parseDefinition } from "./parse";
import { formatValidationError } from "./errors";
import { errorsOf, expectError, fixed, oneTime } from "./test-assertions";
import { buildInput } from "./test-fixtures";

describe("format v1 cross-field rules", () => {
  it("rejects month 0, fractional months and months beyond 100,000; months beyond the horizon are allowed", () => {
    expectError(buildInput({ costs: [oneTime(1, 0)] as never }), "costs.0.month", "must be at least 1");
    expectError(buildInput({ costs: [oneTime(1, 1.5)] as never }), "costs.0.month", "must be a whole number");
    expectError(
      buildInput({ benefits: [fixed({ toMonth: 100_001 })] as never }),
      "benefits.0.toMonth",
      "must be at most 100000",
    );
    // Beyond the horizon (12) is valid: those months contribute nothing (beyond-horizon.test.ts).
    expect(parseDefinition(buildInput({ costs: [oneTime(1, 13)] as never })).ok).toBe(true);
    expect(parseDefinition(buildInput({ benefits: [fixed({ fromMonth: 13, toMonth: 200 })] as never })).ok).toBe(true);
  });

  it("rejects toMonth before fromMonth", () => {
    expectError(
      buildInput({ costs: [{ kind: "recurring", label: "Licence", monthly: 5, fromMonth: 6, toMonth: 3 }] as never }),
      "costs.0.toMonth",
      "must not be before fromMonth (6)",
    );
  });

  it("rejects a target conversion rate below the baseline (a negative benefit)", () => {
    expectError(
      buildInput({
        benefits: [
          {
            kind: "conversionUplift",
            label: "c",
            visitorsPerMonth: 1,
            baselineRatePct: 3,
            targetRatePct: 2,
            orderValue: 1,
          },
        ],
      }),
      "benefits.0.targetRatePct",
      /must not be below baselineRatePct/,
    );
  });

  it("checks scenario multipliers", () => {
    expectError(buildInput({ scenarios: { conservative: -0.1 } }), "scenarios.conservative", "must not be negative");
    expectError(buildInput({ scenarios: { conservative: 1.1 } }), "scenarios.conservative", /must not exceed expected/);
    expectError(buildInput({ scenarios: { optimistic: 0.9 } }), "scenarios.optimistic", /must not be below expected/);
    expect(parseDefinition(buildInput({ scenarios: { conservative: 0, expected: "0.9", optimistic: 2 } })).ok).toBe(
      true,
    );
  });

  it("checks actuals: months inside the horizon, unique, amounts not negative", () => {
    const actual = (month: number, cost: unknown = 1, benefit: unknown = 0) => ({ month, cost, benefit });
    expectError(buildInput({ actuals: [actual(13)] as never }), "actuals.0.month", /the horizon/);
    expectError(buildInput({ actuals: [actual(2), actual(2)] as never }), "actuals.1.month", /duplicate month 2/);
    expectError(buildInput({ actuals: [actual(1, 1, -1)] as never }), "actuals.0.benefit", "must not be negative");
    expectError(buildInput({ actuals: [{ month: 1, cost: 1 }] as never }), "actuals.0.benefit", "is required");
  });

  it("checks KPIs", () => {
    expectError(
      buildInput({ kpis: [{ name: "NPS", direction: "sideways", measurements: [] }] as never }),
      "kpis.0.direction",
      /must be one of/,
    );
    expectError(
      buildInput({ kpis: [{ name: "NPS", measurements: [{ month: 14, value: 1 }] }] }),
      "kpis.0.measurements.0.month",
      /the horizon/,
    );
    expect(
      parseDefinition(
        buildInput({ kpis: [{ name: "Profit", baseline: -500, measurements: [{ month: 2, value: "-12.5" }] }] }),
      ).ok,
    ).toBe(true);
  });

  it("checks template inputs against the template, with paths under inputs", () => {
    expectError(buildInput({ template: "loyaltyProgram" }), "inputs", /is required for template/);
    expectError(buildInput({ inputs: { cac: 1 } }), "inputs", /only allowed together with template/);
    expectError(buildInput({ template: "pyramidScheme" as never, inputs: {} }), "template", /must be one of/);
    const errors = errorsOf(
      buildInput({
        template: "customerAcquisition",
        inputs: { cac: -1, ltv: 10, targetRatio: 0, customersPerMonth: 1, extra: 2 },
      }),
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: "inputs.cac", message: "must not be negative" },
        { path: "inputs.targetRatio", message: "must be greater than 0" },
        { path: "inputs.extra", message: "unknown field" },
      ]),
    );
    expectError(
      buildInput({
        template: "loyaltyProgram",
        inputs: {
          customers: 10,
          participationPct: 120,
          annualRevenue: 1,
          growthPct: 1,
          marginPct: 1,
          kickbackPct: 1,
          redemptionPct: 1,
          oneTimeInvestment: 1,
          capitalizeYears: 0,
          annualMarketing: 1,
        },
      }),
      "inputs.participationPct",
      "must be at most 100",
    );
  });

  it("reports every problem at once", () => {
    const errors = errorsOf({
      ...buildInput({ horizonMonths: 6, currency: "euro" }),
      costs: [oneTime(-5, 9), { kind: "recurring", label: "", monthly: "x" }],
      actuals: [
        { month: 1, cost: 1, benefit: 1 },
        { month: 1, cost: 1, benefit: 1 },
      ],
    });
    expect(errors.map(formatValidationError)).toEqual(
      expect.arrayContaining([
        "currency: must be a three-letter currency code such as EUR",
        "costs.0.amount: must not be negative",
        "costs.1.label: must not be empty",
        'costs.1.monthly: must be a number or a decimal string like "12.50"',
        "actuals.1.month: duplicate month 1 (also in actuals.0)",
      ]),
    );
  });
});
