import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { periodOfMonthNumber } from "@/lib/investments/months";
import { SCENARIO_NAMES } from "@/lib/roi";
import {
  MAX_CHART_POINTS,
  assembleTotals,
  cumulativeRoiSeries,
  emptyTally,
  type MonthTotals,
  type Tally,
} from "./roll-up";

const d = (value: Decimal.Value) => new Decimal(value);

function tally(
  values: Partial<
    Record<
      | "invested"
      | "realised"
      | "forecastCost"
      | "forecastBenefit"
      | "plannedCost"
      | "plannedBenefit"
      | "atStakeMonthly",
      Decimal.Value
    >
  > &
    Partial<Pick<Tally, "investments" | "missingMonths" | "leaks" | "payback">>,
): Tally {
  const t = emptyTally();
  const { investments, missingMonths, leaks, payback, ...money } = values;
  for (const [key, value] of Object.entries(money))
    (t as unknown as Record<string, Decimal>)[key] = d(value as Decimal.Value);
  return {
    ...t,
    investments: investments ?? 1,
    missingMonths: missingMonths ?? 0,
    leaks: leaks ?? 0,
    payback: { ...t.payback, ...payback },
  };
}

describe("assembleTotals", () => {
  const groups = [
    {
      currency: "EUR",
      counted: true,
      tally: tally({
        invested: 1000,
        realised: 1500,
        forecastCost: 1000,
        forecastBenefit: 2000,
        plannedCost: 5000,
        plannedBenefit: 9000,
        payback: { on_track: 1, paid_back: 0, late: 0, unknown: 0 },
      }),
    },
    {
      currency: "USD",
      counted: true,
      tally: tally({
        invested: 700,
        realised: 70,
        forecastCost: 700,
        forecastBenefit: 1400,
        plannedCost: 2000,
        plannedBenefit: 4000,
        payback: { late: 1, paid_back: 0, on_track: 0, unknown: 0 },
      }),
    },
    {
      currency: "EUR",
      counted: false,
      tally: tally({ invested: 300, realised: 0, plannedCost: 10000, plannedBenefit: 90000 }),
    },
    { currency: "GBP", counted: false, tally: tally({ plannedCost: 1, plannedBenefit: 2 }) },
  ];

  it("adds another currency to the headline only as converted, and lists its own sums apart", () => {
    const converted = {
      tally: tally({ invested: "646.78", realised: "64.68", forecastCost: "646.78", forecastBenefit: "1293.55", plannedCost: "1847.92", plannedBenefit: "3695.83", payback: { late: 1, paid_back: 0, on_track: 0, unknown: 0 } }),
      notes: { missing: [{ from: "USD", to: "EUR", period: "2026-10" }], fallbacks: [] },
    };
    const totals = assembleTotals([groups[0], { ...groups[1], converted }, groups[2], groups[3]], "EUR");
    expect(totals.reportingCurrency).toBe("EUR");
    // 1,000 + 646.78 invested; 1,500 + 64.68 realised; ROI (1,564.68 − 1,646.78) ÷ 1,646.78 = −4.99%
    expect(totals.headline).toMatchObject({
      currency: "EUR",
      investments: 2,
      invested: 1646.78,
      realised: 1564.68,
      net: -82.1,
      actualRoiPct: -4.99,
      plannedCost: 6847.92,
      plannedBenefit: 12695.83,
    });
    expect(totals.headline.payback).toEqual({ paid_back: 0, on_track: 1, late: 1, unknown: 0 });
    expect(totals.otherCurrencies).toHaveLength(1);
    expect(totals.otherCurrencies[0]).toMatchObject({ currency: "USD", investments: 1, invested: 700, realised: 70, net: -630, actualRoiPct: -90, forecastRoiPct: 100 });
    expect(totals.otherCurrencies[0].converted).toMatchObject({ currency: "EUR", invested: 646.78, realised: 64.68 });
    expect(totals.conversion).toEqual({ complete: false, missing: [{ from: "USD", to: "EUR", period: "2026-10" }], fallbacks: [] });
  });

  it("never adds another currency's own amounts: without a conversion it adds its count and no money", () => {
    const totals = assembleTotals(groups, "EUR");
    expect(totals.headline).toMatchObject({ investments: 2, invested: 1000, realised: 1500, plannedCost: 5000, plannedBenefit: 9000 });
    expect(totals.otherCurrencies[0].converted).toMatchObject({ currency: "EUR", investments: 1, invested: 0 });
    expect(totals.conversion.complete).toBe(true);
  });

  it("merging two groups of one currency (two workspaces) keeps both counts when only one was converted", () => {
    const converted = { tally: tally({ invested: "80.00" }), notes: { missing: [], fallbacks: [] } };
    const totals = assembleTotals([{ ...groups[1], converted }, { ...groups[1] }], "EUR");
    expect(totals.otherCurrencies[0]).toMatchObject({ currency: "USD", investments: 2, invested: 1400 });
    expect(totals.otherCurrencies[0].converted).toMatchObject({ investments: 2, invested: 80 });
    expect(totals.headline).toMatchObject({ investments: 2, invested: 80 });
  });

  it("keeps drafts apart, per currency, out of the headline and the other currencies", () => {
    const totals = assembleTotals(groups, "EUR");
    expect(totals.drafts.map((t) => [t.currency, t.invested, t.plannedCost, t.plannedBenefit])).toEqual([
      ["EUR", 300, 10000, 90000],
      ["GBP", 0, 1, 2],
    ]);
    expect(totals.otherCurrencies.map((t) => t.currency)).toEqual(["USD"]);
    // Had the draft counted, the headline plan would be 15,000 → 99,000.
    expect(totals.headline.plannedCost).toBe(5000);
  });

  it("reports in another currency on request: then EUR is the other currency", () => {
    const totals = assembleTotals(groups, "USD");
    expect(totals.headline).toMatchObject({ currency: "USD", invested: 700 });
    expect(totals.otherCurrencies.map((t) => [t.currency, t.invested])).toEqual([["EUR", 1000]]);
  });

  it("answers zeros (and no ROI) in the reporting currency when nothing counted is in it", () => {
    const totals = assembleTotals([groups[1], groups[2]], "EUR");
    // The USD plan counts (one investment) but adds no money without a conversion.
    expect(totals.headline).toMatchObject({
      currency: "EUR",
      investments: 1,
      invested: 0,
      realised: 0,
      actualRoiPct: null,
      forecastRoiPct: null,
      plannedRoiPct: null,
    });
    expect(totals.otherCurrencies.map((t) => t.currency)).toEqual(["USD"]);
    expect(totals.drafts.map((t) => t.currency)).toEqual(["EUR"]);
  });

  it("computes ROI from the summed money, never as an average of the investments' ROIs", () => {
    // 200% and 0%: the average would be 100%; the portfolio made 200 on 1,000, i.e. 20%.
    const totals = assembleTotals(
      [
        {
          currency: "EUR",
          counted: true,
          tally: tally({ invested: 100, realised: 300, forecastCost: 100, forecastBenefit: 100 }),
        },
        {
          currency: "EUR",
          counted: true,
          tally: tally({ invested: 900, realised: 900, forecastCost: 300, forecastBenefit: 900 }),
        },
      ],
      "EUR",
    );
    expect(totals.headline).toMatchObject({
      investments: 2,
      invested: 1000,
      realised: 1200,
      actualRoiPct: 20,
      forecastCost: 400,
      forecastBenefit: 1000,
      forecastRoiPct: 150,
    });
  });

  it("merges groups of one currency from several workspaces, exactly (no float drift)", () => {
    const cents = Array.from({ length: 10 }, () => ({
      currency: "EUR",
      counted: true,
      tally: tally({ invested: "0.10", realised: "0.20", atStakeMonthly: "0.10" }),
    }));
    const totals = assembleTotals(cents, "EUR");
    expect(totals.headline).toMatchObject({
      investments: 10,
      invested: 1,
      realised: 2,
      net: 1,
      actualRoiPct: 100,
      atStakeMonthly: 1,
    });
  });

  it("rounds ROI half-up to 2 decimals from exact sums", () => {
    // (2 − 3) ÷ 3 = −33.333…%; (1.00005 …) stays exact until the end.
    const totals = assembleTotals(
      [
        {
          currency: "EUR",
          counted: true,
          tally: tally({ invested: 3, realised: 2, plannedCost: 8, plannedBenefit: "8.0004" }),
        },
      ],
      "EUR",
    );
    expect(totals.headline.actualRoiPct).toBe(-33.33);
    expect(totals.headline.plannedRoiPct).toBe(0.01); // 0.005% rounds half-up
  });
});

// ---- cumulativeRoiSeries --------------------------------------------------------------

function month(
  period: string,
  values: Partial<Record<keyof Omit<MonthTotals, "period">, Decimal.Value>> = {},
): MonthTotals {
  const zero = Object.fromEntries(
    [
      ["actualCost", 0],
      ["actualBenefit", 0],
      ...SCENARIO_NAMES.flatMap((n) => [
        [`${n}Cost`, 0],
        [`${n}Benefit`, 0],
      ]),
    ].map(([k, v]) => [k, d(v as number)]),
  );
  return {
    period,
    ...zero,
    ...Object.fromEntries(Object.entries(values).map(([k, v]) => [k, d(v as Decimal.Value)])),
  } as MonthTotals;
}

/** The cumulative ROI the chart must show, computed the slow way (exact decimals, half-up). */
function expectedRoi(costs: Decimal.Value[], benefits: Decimal.Value[]): (number | null)[] {
  let cost = d(0);
  let benefit = d(0);
  return costs.map((c, i) => {
    cost = cost.plus(c);
    benefit = benefit.plus(benefits[i]);
    return cost.isZero()
      ? null
      : benefit.minus(cost).div(cost).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();
  });
}

describe("cumulativeRoiSeries", () => {
  it("gives exact cumulative ROI per month, for the measured line and each scenario of the band", () => {
    const points = cumulativeRoiSeries(
      [
        // Out of order on purpose.
        month("2026-03", {
          actualCost: "0.10",
          actualBenefit: "0.20",
          conservativeCost: 100,
          conservativeBenefit: 50,
          expectedCost: 100,
          expectedBenefit: 100,
          optimisticCost: 100,
          optimisticBenefit: 200,
        }),
        month("2026-01", {
          actualCost: "1000.10",
          actualBenefit: "0.20",
          conservativeCost: 1000,
          conservativeBenefit: 0,
          expectedCost: 1000,
          expectedBenefit: 0,
          optimisticCost: 1000,
          optimisticBenefit: 0,
        }),
        month("2026-02", {
          actualCost: "0.10",
          actualBenefit: "1500.30",
          conservativeCost: 100,
          conservativeBenefit: 500,
          expectedCost: 100,
          expectedBenefit: 1000,
          optimisticCost: 100,
          optimisticBenefit: 1500,
        }),
      ],
      "2026-06",
    );
    expect(points.map((p) => p.period)).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(points.map((p) => p.actual)).toEqual(expectedRoi(["1000.10", "0.10", "0.10"], ["0.20", "1500.30", "0.20"]));
    // 1,000.30 cost and 1,500.70 benefit by March: 50.0249…% → 50.02.
    expect(points[2].actual).toBe(50.02);
    expect(points.map((p) => p.conservative)).toEqual(expectedRoi([1000, 100, 100], [0, 500, 50]));
    expect(points.map((p) => p.expected)).toEqual(expectedRoi([1000, 100, 100], [0, 1000, 100]));
    expect(points.map((p) => p.optimistic)).toEqual(expectedRoi([1000, 100, 100], [0, 1500, 200]));
    expect(points[0]).toMatchObject({ conservative: -100, expected: -100, optimistic: -100 });
  });

  it("stops the measured line before the current month (its actuals are not complete), the band goes on", () => {
    const points = cumulativeRoiSeries(
      ["2026-09", "2026-10", "2026-11", "2026-12"].map((p) =>
        month(p, { actualCost: 100, actualBenefit: 150, expectedCost: 100, expectedBenefit: 120 }),
      ),
      "2026-11",
    );
    expect(points.map((p) => [p.period, p.actual, p.expected])).toEqual([
      ["2026-09", 50, 20],
      ["2026-10", 50, 20],
      ["2026-11", null, 20],
      ["2026-12", null, 20],
    ]);
  });

  it("has no measured point while nothing has been spent (ROI undefined), even with a benefit", () => {
    const points = cumulativeRoiSeries(
      [month("2026-01", { actualBenefit: 50 }), month("2026-02", { actualCost: 100, actualBenefit: 50 })],
      "2026-05",
    );
    expect(points.map((p) => p.actual)).toEqual([null, 0]);
  });

  it("fills gaps with zero months, so the running sums carry through them", () => {
    const points = cumulativeRoiSeries(
      [
        month("2025-11", { actualCost: 1000, actualBenefit: 0, expectedCost: 1000 }),
        month("2026-02", { actualCost: 0, actualBenefit: 1500, expectedBenefit: 500 }),
      ],
      "2026-06",
    );
    expect(points.map((p) => [p.period, p.actual, p.expected])).toEqual([
      ["2025-11", -100, -100],
      ["2025-12", -100, -100],
      ["2026-01", -100, -100],
      ["2026-02", 50, -50],
    ]);
  });

  it("is empty without months", () => {
    expect(cumulativeRoiSeries([], "2026-01")).toEqual([]);
  });

  it("keeps all points up to the limit", () => {
    const periods = Array.from({ length: MAX_CHART_POINTS }, (_, i) => periodOfMonthNumber("2020-01", i + 1));
    const points = cumulativeRoiSeries(
      periods.map((p) => month(p, { actualCost: 10, actualBenefit: 5 })),
      "2040-01",
    );
    expect(points.map((p) => p.period)).toEqual(periods);
  });

  it.each([121, 250, 600])(
    "thins %i months to at most the limit, keeping the last month, with exact cumulative values",
    (length) => {
      const periods = Array.from({ length }, (_, i) => periodOfMonthNumber("2015-01", i + 1));
      // Irregular amounts, so a point that skipped a month's money would show.
      const costs = periods.map((_, i) => new Decimal(i % 7 === 0 ? "1234.56" : "10.01").plus(i));
      const benefits = periods.map((_, i) => new Decimal(i % 5 === 0 ? "0" : "333.33").plus(i % 3));
      const current = periodOfMonthNumber("2015-01", length); // the last month is the current one
      const full = expectedRoi(costs, benefits);
      const points = cumulativeRoiSeries(
        periods.map((p, i) =>
          month(p, {
            actualCost: costs[i],
            actualBenefit: benefits[i],
            expectedCost: costs[i],
            expectedBenefit: benefits[i],
          }),
        ),
        current,
      );
      expect(points.length).toBeLessThanOrEqual(MAX_CHART_POINTS);
      expect(points.length).toBeGreaterThanOrEqual(MAX_CHART_POINTS / 2);
      expect(points.at(-1)?.period).toBe(periods.at(-1));
      // Kept points are evenly spaced, in order, and carry the value of their own month.
      const indexes = points.map((p) => periods.indexOf(p.period));
      const steps = new Set(indexes.slice(1).map((index, i) => index - indexes[i]));
      expect(steps.size).toBe(1);
      for (const [k, point] of points.entries()) {
        const i = indexes[k];
        expect(point.expected).toBe(full[i]);
        expect(point.actual).toBe(i === length - 1 ? null : full[i]);
      }
    },
  );
});
