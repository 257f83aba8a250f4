import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  buildBaseSeries,
  buildBenefitValues,
  computeBenefitMonthly,
  computeCostMonthly,
  resolveSpan,
} from "./monthly-values";
import { fromFixedPoint } from "./fixed-point";
import { buildInput, parseOrThrow } from "./test-fixtures";

const plain = (values: { toFixed(): string }[]) => values.map((value) => value.toFixed());
const plainFixed = (values: bigint[]) => values.map((value) => fromFixedPoint(value).toFixed());

describe("monthly values", () => {
  const definition = parseOrThrow(
    buildInput({
      horizonMonths: 6,
      costs: [
        { kind: "oneTime", label: "Setup", amount: 1000, month: 2 },
        { kind: "recurring", label: "Licence", monthly: "99.99", fromMonth: 3 },
        { kind: "internalTime", label: "Team", hoursPerMonth: 4, hourlyRate: "62.5", toMonth: 2 },
      ],
      benefits: [
        { kind: "fixed", label: "Fee", monthly: 200, fromMonth: 2, toMonth: 4 },
        { kind: "revenueUplift", label: "Repeat", baseMonthlyRevenue: 10000, upliftPct: 5, marginPct: 40 },
        { kind: "revenueUplift", label: "No margin", baseMonthlyRevenue: 10000, upliftPct: 5 },
        { kind: "timeSaving", label: "Intake", minutesPerUnit: 20, unitsPerMonth: 3, hourlyRate: 45 },
        {
          kind: "conversionUplift",
          label: "Page",
          visitorsPerMonth: 5000,
          baselineRatePct: 2,
          targetRatePct: "2.5",
          orderValue: 60,
        },
      ],
    }),
  );

  it("computes each cost kind per month", () => {
    expect(plain(definition.costs.map(computeCostMonthly))).toEqual(["1000", "99.99", "250"]);
  });

  it("computes each benefit kind per month (margin 100% when absent)", () => {
    // 10,000 × 5% × 40%; 10,000 × 5%; 20 × 3 ÷ 60 × 45; 5,000 × 0.5% × 60
    expect(plain(definition.benefits.map(computeBenefitMonthly))).toEqual(["200", "200", "500", "45", "1500"]);
  });

  it("defaults fromMonth to 1 and toMonth to the horizon", () => {
    expect(resolveSpan({}, 6)).toEqual({ from: 1, to: 6 });
    expect(resolveSpan({ fromMonth: 2, toMonth: 4 }, 6)).toEqual({ from: 2, to: 4 });
  });

  it("places every item in its months; costs and benefits per month", () => {
    const series = buildBaseSeries(definition.costs, definition.benefits, 6);
    expect(plainFixed(series.cost)).toEqual(["250", "1250", "99.99", "99.99", "99.99", "99.99"]);
    expect(plainFixed(series.runningCost)).toEqual(["250", "250", "99.99", "99.99", "99.99", "99.99"]);
    expect(plainFixed(series.benefit)).toEqual(["2245", "2445", "2445", "2445", "2245", "2245"]);
  });

  it("ramps up linearly: month k after fromMonth gets (k + 1) ÷ (rampMonths + 1)", () => {
    const ramped = parseOrThrow(
      buildInput({
        horizonMonths: 8,
        benefits: [{ kind: "fixed", label: "R", monthly: 400, fromMonth: 2, rampMonths: 3 }],
      }),
    );
    expect(plain(buildBenefitValues(ramped.benefits[0], 8))).toEqual([
      "0",
      "100",
      "200",
      "300",
      "400",
      "400",
      "400",
      "400",
    ]);
    const series = buildBaseSeries([], ramped.benefits, 8);
    expect(plainFixed(series.benefit)).toEqual(["0", "100", "200", "300", "400", "400", "400", "400"]);
    expect(series.rampEndMonth).toBe(5);
  });

  it("clips a ramp that outlasts the item: full value is never reached", () => {
    const short = parseOrThrow(
      buildInput({ horizonMonths: 3, benefits: [{ kind: "fixed", label: "R", monthly: 300, rampMonths: 5 }] }),
    );
    expect(plain(buildBenefitValues(short.benefits[0], 3))).toEqual(["50", "100", "150"]);
    expect(buildBaseSeries([], short.benefits, 3).rampEndMonth).toBe(3);
  });

  it("gives exact zeros outside every item, however the values were divided", () => {
    const thirds = parseOrThrow(
      buildInput({
        horizonMonths: 6,
        benefits: [
          { kind: "timeSaving", label: "A", minutesPerUnit: 7, unitsPerMonth: 1, hourlyRate: 1, toMonth: 2 },
          { kind: "fixed", label: "B", monthly: "123456789.01", fromMonth: 2, toMonth: 3 },
        ],
      }),
    );
    const series = buildBaseSeries([], thirds.benefits, 6);
    expect(series.benefit.slice(3).every((value) => value === 0n)).toBe(true);
    expect(fromFixedPoint(series.benefit[2]).toFixed()).toBe("123456789.01");
  });

  it("never lets a ramp exceed the full value, and reaches it on time", () => {
    const rampedArb = fc.integer({ min: 1, max: 60 }).chain((horizon) =>
      fc.record({
        horizon: fc.constant(horizon),
        monthly: fc.integer({ min: 0, max: 10_000_000 }).map((cents) => `${Math.floor(cents / 100)}.${cents % 100}`),
        from: fc.integer({ min: 1, max: horizon }),
        length: fc.integer({ min: 0, max: horizon }),
        rampMonths: fc.integer({ min: 0, max: 70 }),
      }),
    );
    fc.assert(
      fc.property(rampedArb, ({ horizon, monthly, from, length, rampMonths }) => {
        const to = Math.min(horizon, from + length);
        const item = { kind: "fixed", label: "R", monthly, fromMonth: from, toMonth: to, rampMonths };
        const benefit = parseOrThrow(buildInput({ horizonMonths: horizon, benefits: [item] as never })).benefits[0];
        const full = computeBenefitMonthly(benefit);
        const values = buildBenefitValues(benefit, horizon);
        values.forEach((value, i) => {
          const month = i + 1;
          expect(value.lte(full)).toBe(true);
          if (month < from || month > to) expect(value.isZero()).toBe(true);
          else if (month >= from + rampMonths) expect(value.eq(full)).toBe(true);
          else expect(value.lt(full) || full.isZero()).toBe(true);
          if (month > from && month <= to) expect(value.gte(values[i - 1])).toBe(true);
        });
      }),
      { numRuns: 200 },
    );
  });

  it("places ramp values in the plan series as buildBenefitValues computes them", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 36 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 9_999_999 }),
        (horizon, rampMonths, cents) => {
          const monthly = `${Math.floor(cents / 100)}.${cents % 100}`;
          const item = {
            kind: "timeSaving",
            label: "T",
            minutesPerUnit: 7,
            unitsPerMonth: 3,
            hourlyRate: monthly,
            rampMonths,
          };
          const benefit = parseOrThrow(buildInput({ horizonMonths: horizon, benefits: [item] as never })).benefits[0];
          const expected = buildBenefitValues(benefit, horizon);
          buildBaseSeries([], [benefit], horizon).benefit.forEach((value, i) => {
            expect(fromFixedPoint(value).minus(expected[i]).abs().lt("1e-23")).toBe(true);
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});
