import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec } from "./decimal";
import { evaluateDefinition } from "./evaluate";
import { serialiseDefinition } from "./parse";
import type { MonthRow, RoiResult } from "./result-types";
import type { InvestmentDefinitionInput } from "./schema";
import { TODAY, findNonFiniteNumbers, parseOrThrow } from "./test-fixtures";

const RUNS = { numRuns: 100 };

const decimalText = (hundredths: number) =>
  `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}`;
/** "1234.56" from integer cents; whole amounts sometimes as JSON numbers. */
const moneyArb = fc
  .tuple(fc.integer({ min: 0, max: 5_000_000 }), fc.boolean())
  .map(([cents, asNumber]) => (asNumber && cents % 100 === 0 ? cents / 100 : decimalText(cents)));
const pctArb = (max: number) => fc.integer({ min: 0, max: max * 100 }).map(decimalText);
const count = (max: number) => fc.integer({ min: 0, max });

/** Adds an optional fromMonth/toMonth inside the horizon (toMonth ≥ fromMonth). */
function withSpan<T extends object>(item: fc.Arbitrary<T>, horizon: number) {
  const month = fc.integer({ min: 1, max: horizon });
  return fc.tuple(item, month, month, fc.boolean(), fc.boolean()).map(([value, a, b, withFrom, withTo]) => ({
    ...value,
    ...(withFrom ? { fromMonth: Math.min(a, b) } : {}),
    ...(withTo ? { toMonth: withFrom ? Math.max(a, b) : horizon } : {}),
  }));
}

function costArb(horizon: number) {
  const label = fc.constant("Cost");
  return fc.oneof(
    fc.record({
      kind: fc.constant("oneTime" as const),
      label,
      amount: moneyArb,
      month: fc.integer({ min: 1, max: horizon }),
    }),
    withSpan(fc.record({ kind: fc.constant("recurring" as const), label, monthly: moneyArb }), horizon),
    withSpan(
      fc.record({ kind: fc.constant("internalTime" as const), label, hoursPerMonth: count(200), hourlyRate: moneyArb }),
      horizon,
    ),
  );
}

function benefitArb(horizon: number) {
  const base = { label: fc.constant("Benefit"), rampMonths: count(horizon) };
  const revenue = {
    baseMonthlyRevenue: moneyArb,
    upliftPct: pctArb(300),
    marginPct: fc.option(pctArb(100), { nil: undefined }),
  };
  const time = { minutesPerUnit: count(600), unitsPerMonth: count(5000), hourlyRate: moneyArb };
  const rates = fc.tuple(count(10000), count(10000)).map(([a, b]) => [Math.min(a, b), Math.max(a, b)].map(decimalText));
  const conversion = fc
    .record({ ...base, visitorsPerMonth: count(100000), rates, orderValue: moneyArb, marginPct: pctArb(100) })
    .map(({ rates: [baselineRatePct, targetRatePct], ...rest }) => ({ ...rest, baselineRatePct, targetRatePct }));
  return fc.oneof(
    withSpan(fc.record({ kind: fc.constant("fixed" as const), ...base, monthly: moneyArb }), horizon),
    withSpan(
      fc.record(
        { kind: fc.constant("revenueUplift" as const), ...base, ...revenue },
        { requiredKeys: ["kind", "label", "baseMonthlyRevenue", "upliftPct"] },
      ),
      horizon,
    ),
    withSpan(fc.record({ kind: fc.constant("timeSaving" as const), ...base, ...time }), horizon),
    withSpan(
      conversion.map((value) => ({ kind: "conversionUplift" as const, ...value })),
      horizon,
    ),
  );
}

const definitionArb: fc.Arbitrary<InvestmentDefinitionInput> = fc.integer({ min: 1, max: 30 }).chain((horizon) =>
  fc.record({
    name: fc.constant("Generated"),
    currency: fc.constant("EUR"),
    startMonth: fc.constantFrom("2025-11", "2026-01", "2026-06"),
    horizonMonths: fc.constant(horizon),
    costs: fc.array(costArb(horizon), { maxLength: 5 }),
    benefits: fc.array(benefitArb(horizon), { maxLength: 5 }),
    scenarios: fc
      .uniqueArray(fc.integer({ min: 0, max: 300 }), { minLength: 3, maxLength: 3 })
      .map((m) => [...m].sort((a, b) => a - b))
      .map(([conservative, expected, optimistic]) => ({
        conservative: conservative / 100,
        expected: `${expected / 100}`,
        optimistic: optimistic / 100,
      })),
    actuals: fc
      .uniqueArray(fc.integer({ min: 1, max: horizon }), { maxLength: horizon })
      .chain((months) =>
        fc.tuple(
          ...months.map((month) => fc.tuple(moneyArb, moneyArb).map(([cost, benefit]) => ({ month, cost, benefit }))),
        ),
      ),
    asOfMonth: fc.integer({ min: 1, max: horizon + 2 }),
  }),
);

const sumOf = (values: number[]) => values.reduce((acc, value) => acc.plus(value), new Dec(0));
const allScenarios = (result: RoiResult) => Object.values(result.scenarios).filter((s) => s !== undefined);
const evaluate = (input: unknown) => evaluateDefinition(parseOrThrow(input), { today: TODAY });

function expectNonDecreasing(rows: MonthRow[], field: "cumCost" | "cumBenefit") {
  for (let i = 1; i < rows.length; i++) expect(rows[i][field]).toBeGreaterThanOrEqual(rows[i - 1][field]);
}

describe("engine properties", () => {
  it("months sum to the totals to the cent, and years too", () => {
    fc.assert(
      fc.property(definitionArb, (input) => {
        for (const scenario of allScenarios(evaluate(input))) {
          const { months, totals, years } = scenario;
          expect(sumOf(months.map((m) => m.cost)).toFixed(2)).toBe(new Dec(totals.cost).toFixed(2));
          expect(sumOf(months.map((m) => m.benefit)).toFixed(2)).toBe(new Dec(totals.benefit).toFixed(2));
          expect(months[months.length - 1].cumBenefit).toBe(totals.benefit);
          expect(sumOf(years.map((y) => y.cost)).toFixed(2)).toBe(new Dec(totals.cost).toFixed(2));
          expect(sumOf(years.map((y) => y.benefit)).toFixed(2)).toBe(new Dec(totals.benefit).toFixed(2));
          expect(new Dec(totals.benefit).minus(totals.cost).toFixed(2)).toBe(new Dec(totals.net).toFixed(2));
        }
      }),
      RUNS,
    );
  });

  it("cumulative series never decrease for non-negative inputs", () => {
    fc.assert(
      fc.property(definitionArb, (input) => {
        const result = evaluate(input);
        for (const scenario of allScenarios(result)) {
          expectNonDecreasing(scenario.months, "cumCost");
          expectNonDecreasing(scenario.months, "cumBenefit");
        }
        if (result.actuals) {
          expectNonDecreasing(result.actuals.months, "cumCost");
          expectNonDecreasing(result.actuals.months, "cumBenefit");
        }
      }),
      RUNS,
    );
  });

  it("orders scenarios: conservative ≤ expected ≤ optimistic", () => {
    fc.assert(
      fc.property(definitionArb, (input) => {
        const { conservative, expected, optimistic } = evaluate(input).scenarios;
        if (!conservative || !expected || !optimistic) throw new Error("missing scenario");
        const ordered = [conservative, expected, optimistic];
        for (let i = 1; i < ordered.length; i++) {
          const [low, high] = [ordered[i - 1], ordered[i]];
          expect(low.totals.benefit).toBeLessThanOrEqual(high.totals.benefit);
          if (low.totals.roiPct !== null && high.totals.roiPct !== null)
            expect(low.totals.roiPct).toBeLessThanOrEqual(high.totals.roiPct);
          low.months.forEach((month, m) => {
            expect(month.cumBenefit).toBeLessThanOrEqual(high.months[m].cumBenefit);
            if (month.cumRoiPct !== null)
              expect(month.cumRoiPct).toBeLessThanOrEqual(high.months[m].cumRoiPct ?? Infinity);
          });
          if (high.totals.paybackMonth === null) expect(low.totals.paybackMonth).toBeNull();
          else if (low.totals.paybackMonth !== null)
            expect(low.totals.paybackMonth).toBeGreaterThanOrEqual(high.totals.paybackMonth);
        }
      }),
      RUNS,
    );
  });

  it("parse → serialise → parse is the identity", () => {
    fc.assert(
      fc.property(definitionArb, (input) => {
        const first = parseOrThrow(input);
        const json = serialiseDefinition(first);
        const second = parseOrThrow(JSON.parse(JSON.stringify(json)));
        expect(second).toEqual(first);
        expect(serialiseDefinition(second)).toEqual(json);
      }),
      RUNS,
    );
  });

  it("never outputs NaN or Infinity, also without costs or benefits", () => {
    const sparse = definitionArb.map((input) => ({
      ...input,
      costs: input.costs?.slice(0, 1).map((c) => ({ ...c, ...("amount" in c ? { amount: 0 } : {}) })),
    }));
    fc.assert(
      fc.property(fc.oneof(definitionArb, sparse), (input) => {
        const result = evaluate(input);
        expect(findNonFiniteNumbers(JSON.parse(JSON.stringify(result)))).toEqual([]);
        expect(findNonFiniteNumbers(result)).toEqual([]);
      }),
      RUNS,
    );
  });
});
