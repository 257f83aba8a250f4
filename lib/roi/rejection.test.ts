import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDefinition } from "./parse";

describe("rejecting invalid documents", () => {
  const badValues = fc.oneof(
    fc.constant(-1),
    fc.constant("-5"),
    fc.constant("twelve"),
    fc.constant(null),
    fc.constant(true),
    fc.constant([]),
    fc.constant({}),
    fc.constant(1e30),
    fc.constant(0.5),
  );
  const fields = [
    "horizonMonths",
    "startMonth",
    "currency",
    "name",
    "costs.0.amount",
    "costs.0.month",
    "costs.0.kind",
    "costs.1.monthly",
    "costs.1.fromMonth",
    "benefits.0.monthly",
    "benefits.0.rampMonths",
    "benefits.1.upliftPct",
    "benefits.1.marginPct",
    "actuals.0.month",
    "actuals.0.cost",
    "scenarios.optimistic",
    "asOfMonth",
  ];

  function withValue(path: string, value: unknown): unknown {
    const document = {
      name: "Valid",
      currency: "EUR",
      startMonth: "2026-01",
      horizonMonths: 12,
      costs: [
        { kind: "oneTime", label: "Setup", amount: 100, month: 1 },
        { kind: "recurring", label: "L", monthly: 10, fromMonth: 2 },
      ],
      benefits: [
        { kind: "fixed", label: "F", monthly: 50, rampMonths: 2 },
        { kind: "revenueUplift", label: "R", baseMonthlyRevenue: 1000, upliftPct: 5, marginPct: 30 },
      ],
      actuals: [{ month: 1, cost: 100, benefit: 0 }],
      scenarios: { optimistic: 1.5 },
      asOfMonth: 3,
    };
    const keys = path.split(".");
    let target: Record<string, unknown> = document;
    for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
    target[keys[keys.length - 1]] = value;
    return document;
  }

  it("rejects a broken field with an error at its path", () => {
    fc.assert(
      fc.property(fc.constantFrom(...fields), badValues, (path, value) => {
        const parsed = parseDefinition(withValue(path, value));
        // A few replacements are valid for some fields (e.g. 0.5 as a multiplier); then nothing is reported.
        if (parsed.ok) return;
        expect(parsed.errors.length).toBeGreaterThan(0);
        expect(
          parsed.errors.some(
            (error) => error.path === path || error.path.startsWith(`${path}.`) || path.startsWith(`${error.path}.`),
          ),
        ).toBe(true);
        for (const error of parsed.errors) expect(error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it("answers random garbage with errors, never with a crash", () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withNullPrototype: true,
        }),
        (value) => {
          const parsed = parseDefinition(value);
          expect(parsed.ok).toBe(false);
          if (!parsed.ok) for (const error of parsed.errors) expect(typeof error.path).toBe("string");
        },
      ),
      { numRuns: 300 },
    );
  });

  it("answers garbage inside a valid shell with paths", () => {
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.anything(), (path, value) => {
        const parsed = parseDefinition(withValue(path, value));
        if (!parsed.ok)
          expect(parsed.errors.every((error) => typeof error.path === "string" && error.message !== "")).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
