import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateDefinition } from "./evaluate";
import type { MonthRow } from "./result-types";
import type { InvestmentDefinitionInput } from "./schema";
import { TODAY, buildInput, parseOrThrow } from "./test-fixtures";

// Properties of NPV, IRR and discounted payback over random plans (seeded: the same plans on
// every run). Amounts are whole multiples of 60 and ramps at most 5 months, so every month's
// value is exact in cents and the month rows are the engine's exact flows.
const RUNS = { numRuns: 60, seed: 20261201 };
const HORIZON = 36;

/** A conventional investment: one-time costs in months 1..k, then benefits from month k on. */
const conventionalPlan = fc
  .record({
    lastCostMonth: fc.integer({ min: 1, max: 12 }),
    costs: fc.array(fc.tuple(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 11 })), {
      minLength: 1,
      maxLength: 4,
    }),
    benefits: fc.array(
      fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 5 })),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map(({ lastCostMonth, costs, benefits }): InvestmentDefinitionInput =>
    buildInput({
      horizonMonths: HORIZON,
      costs: costs.map(([sixties, offset]) => ({
        kind: "oneTime",
        label: "Setup",
        amount: sixties * 60,
        month: Math.max(1, lastCostMonth - offset),
      })),
      benefits: benefits.map(([sixties, delay, rampMonths]) => ({
        kind: "fixed",
        label: "Saving",
        monthly: sixties * 60,
        fromMonth: lastCostMonth + delay,
        rampMonths,
      })),
    }),
  );

/** Any plan: recurring costs, one-time costs and benefits anywhere, some beyond the horizon. */
const anyPlan = fc
  .array(
    fc.tuple(
      fc.constantFrom("oneTime", "recurring", "fixed"),
      fc.integer({ min: 0, max: 300 }),
      fc.integer({ min: 1, max: HORIZON + 6 }),
      fc.integer({ min: 0, max: 24 }),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((items): InvestmentDefinitionInput => {
    const costs: NonNullable<InvestmentDefinitionInput["costs"]> = [];
    const benefits: NonNullable<InvestmentDefinitionInput["benefits"]> = [];
    for (const [kind, sixties, month, length] of items) {
      const value = sixties * 60;
      if (kind === "oneTime") costs.push({ kind, label: "Setup", amount: value, month });
      else if (kind === "recurring")
        costs.push({ kind, label: "Licence", monthly: value, fromMonth: month, toMonth: month + length });
      else benefits.push({ kind, label: "Saving", monthly: value, fromMonth: month, toMonth: month + length });
    }
    return buildInput({ horizonMonths: HORIZON, costs, benefits });
  });

const evaluate = (input: InvestmentDefinitionInput, discountRatePct?: number) =>
  evaluateDefinition(parseOrThrow({ ...input, ...(discountRatePct === undefined ? {} : { discountRatePct }) }), {
    today: TODAY,
  });

/** NPV with floats at an annual rate in %, from the month rows (the flows of the expected scenario). */
function floatNpv(months: readonly MonthRow[], ratePct: number): number {
  const v = (1 + ratePct / 100) ** (-1 / 12);
  return months.reduce((sum, row) => sum + (row.benefit - row.cost) * v ** row.month, 0);
}

describe("NPV, IRR and discounted payback: properties", () => {
  it("NPV at each IRR root is ~0: the true root lies within the rounding (±0.005 points)", () => {
    fc.assert(
      fc.property(fc.oneof(conventionalPlan, anyPlan), (input) => {
        const expected = evaluate(input).scenarios.expected;
        if (!expected) return;
        for (const root of expected.totals.irrRootsPct) {
          // The rounded root is within 0.005 points of the true one, so ±0.01 brackets it.
          const below = floatNpv(expected.months, root - 0.01);
          const above = floatNpv(expected.months, root + 0.01);
          expect(Math.sign(below) * Math.sign(above)).toBeLessThanOrEqual(0);
          // And relative to the flows' size NPV there is tiny.
          const size = expected.months.reduce((sum, row) => sum + Math.abs(row.benefit - row.cost), 0);
          if (root > -50) expect(Math.abs(floatNpv(expected.months, root))).toBeLessThan(1e-3 * size);
        }
      }),
      RUNS,
    );
  });

  it("a conventional investment has one IRR; NPV is positive below it, negative above, and falls as the rate rises while positive", () => {
    // With all costs in months ≤ k and benefits from month k on, NPV × (1 + r)^(k/12) strictly
    // falls as r rises (costs compound up, benefits discount down), so NPV falls wherever it
    // is positive. Below 0 it may climb back towards 0 (the costs' own discounting shrinks it).
    const rates = [0, 2, 5, 8, 12, 20, 35, 60, 100];
    fc.assert(
      fc.property(conventionalPlan, (input) => {
        const npvs = rates.map((rate) => evaluate(input, rate).scenarios.expected?.totals.npv ?? 0);
        for (let i = 1; i < rates.length; i++) if (npvs[i - 1] > 0) expect(npvs[i]).toBeLessThan(npvs[i - 1]);
        const { irrPct, irrRootsPct } = evaluate(input).scenarios.expected!.totals;
        expect(irrRootsPct.length).toBeLessThanOrEqual(1);
        if (irrPct === null) return;
        rates.forEach((rate, i) => {
          if (rate < irrPct - 0.01) expect(npvs[i]).toBeGreaterThanOrEqual(0);
          if (rate > irrPct + 0.01) expect(npvs[i]).toBeLessThanOrEqual(0);
        });
      }),
      RUNS,
    );
  });

  it("discounted payback never comes before simple payback when costs come first", () => {
    // Costs in months ≤ k discount by at least D_k, benefits by at most D_k: reaching the
    // discounted cost means reaching the plain cost too.
    fc.assert(
      fc.property(conventionalPlan, fc.integer({ min: 0, max: 100 }), (input, rate) => {
        const totals = evaluate(input, rate).scenarios.expected!.totals;
        if (totals.discountedPaybackMonth === null) return;
        expect(totals.paybackMonth).not.toBeNull();
        expect(totals.discountedPaybackMonth).toBeGreaterThanOrEqual(totals.paybackMonth!);
      }),
      RUNS,
    );
  });

  it("orders scenario NPVs conservative ≤ expected ≤ optimistic, and a rate of 0 gives NPV = net", () => {
    fc.assert(
      fc.property(anyPlan, fc.integer({ min: 0, max: 100 }), (input, rate) => {
        const { conservative, expected, optimistic } = evaluate(input, rate).scenarios;
        expect(conservative!.totals.npv).toBeLessThanOrEqual(expected!.totals.npv);
        expect(expected!.totals.npv).toBeLessThanOrEqual(optimistic!.totals.npv);
        const atZero = evaluate(input, 0).scenarios.expected!.totals;
        expect(atZero.npv).toBe(atZero.net);
        expect(atZero.discountedPaybackMonth).toBe(atZero.paybackMonth);
      }),
      RUNS,
    );
  });
});
