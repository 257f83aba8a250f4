import { describe, expect, it } from "vitest";
import { parseDefinition, parseDefinitionText } from "./parse";
import { formatValidationError } from "./errors";
import { errorsOf, expectError, fixed, oneTime } from "./test-assertions";
import { buildInput } from "./test-fixtures";

describe("format v1 validation", () => {
  it("accepts a minimal document and fills empty lists", () => {
    const parsed = parseDefinition(buildInput({ costs: undefined, benefits: undefined }));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.definition.costs).toEqual([]);
      expect(parsed.definition.kpis).toEqual([]);
      expect(parsed.definition.actuals).toEqual([]);
    }
  });

  it("accepts numbers as JSON numbers or decimal strings, exactly", () => {
    const parsed = parseDefinition(buildInput({ costs: [oneTime("12000.10"), oneTime(0.1, 2)] as never }));
    expect(parsed.ok && parsed.definition.costs.map((c) => (c.kind === "oneTime" ? c.amount.toFixed() : ""))).toEqual([
      "12000.1",
      "0.1",
    ]);
  });

  it.each(["1e3", "12,50", "", " 12", "abc", "1.", ".5", "--1"])("rejects the number string %j", (value) => {
    expectError(
      buildInput({ costs: [oneTime(value)] as never }),
      "costs.0.amount",
      /must be a number or a decimal string/,
    );
  });

  it("rejects negative amounts with the field path", () => {
    expectError(buildInput({ costs: [oneTime(-1)] as never }), "costs.0.amount", "must not be negative");
    expectError(buildInput({ costs: [oneTime("-0.01")] as never }), "costs.0.amount", "must not be negative");
    expectError(
      buildInput({ benefits: [fixed({ monthly: -5 })] as never }),
      "benefits.0.monthly",
      "must not be negative",
    );
  });

  it("rejects unknown and missing kinds", () => {
    expectError(
      buildInput({ costs: [{ kind: "bribe", label: "x", amount: 1 }] as never }),
      "costs.0.kind",
      /unknown kind "bribe"/,
    );
    expectError(buildInput({ benefits: [{ label: "x", monthly: 1 }] as never }), "benefits.0.kind", /is required/);
  });

  it.each([
    ["marginPct", { kind: "revenueUplift", label: "r", baseMonthlyRevenue: 1, upliftPct: 5, marginPct: 101 }],
    [
      "baselineRatePct",
      {
        kind: "conversionUplift",
        label: "c",
        visitorsPerMonth: 1,
        baselineRatePct: 101,
        targetRatePct: 100,
        orderValue: 1,
      },
    ],
    [
      "targetRatePct",
      {
        kind: "conversionUplift",
        label: "c",
        visitorsPerMonth: 1,
        baselineRatePct: 1,
        targetRatePct: 100.5,
        orderValue: 1,
      },
    ],
    ["upliftPct", { kind: "revenueUplift", label: "r", baseMonthlyRevenue: 1, upliftPct: 1000.01 }],
  ])("caps %s", (field, benefit) => {
    expectError(buildInput({ benefits: [benefit] as never }), `benefits.0.${field}`, /must be at most (100|1000)$/);
  });

  it("allows an uplift above 100% (more than doubling) up to 1000%", () => {
    const parsed = parseDefinition(
      buildInput({
        benefits: [{ kind: "revenueUplift", label: "r", baseMonthlyRevenue: 1, upliftPct: 250, marginPct: 50 }],
      }),
    );
    expect(parsed.ok).toBe(true);
  });

  it("checks horizon, start month, currency and name", () => {
    expectError(buildInput({ horizonMonths: 0 }), "horizonMonths", "must be at least 1");
    expectError(buildInput({ horizonMonths: 121 }), "horizonMonths", "must be at most 120");
    expectError(buildInput({ startMonth: "2026-13" }), "startMonth", /YYYY-MM/);
    expectError(buildInput({ startMonth: "2026-1" }), "startMonth", /YYYY-MM/);
    expectError(buildInput({ currency: "eur" }), "currency", /three-letter/);
    expectError(buildInput({ name: "  " }), "name", "must not be empty");
    expectError({ currency: "EUR" }, "name", "is required");
  });

  it("rejects unknown fields anywhere, naming them", () => {
    expectError({ ...buildInput(), colour: "red" }, "colour", "unknown field");
    expectError(buildInput({ costs: [{ ...oneTime(1), monthy: 5 }] as never }), "costs.0.monthy", "unknown field");
  });

  it("rejects documents that are not objects, and invalid JSON text", () => {
    expect(errorsOf(null)).toEqual([{ path: "", message: "must be an object" }]);
    expect(errorsOf([])).toEqual([{ path: "", message: "must be an object" }]);
    const text = parseDefinitionText("{ nope");
    expect(text.ok).toBe(false);
    if (!text.ok) expect(text.errors[0].message).toMatch(/^is not valid JSON/);
    expect(formatValidationError({ path: "", message: "must be an object" })).toBe("(document): must be an object");
  });
});
