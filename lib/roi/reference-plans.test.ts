import { describe, expect, it } from "vitest";
import { type EvaluateOptions, evaluateDefinition } from "./evaluate";
import { forecastMonthsAgainst } from "./reference-plans";
import type { InvestmentDefinitionInput } from "./schema";
import { TODAY, buildInput, parseOrThrow } from "./test-fixtures";

// v1 promised 2,000 a month; after 8 months at 700 the plan was lowered to 800 (v2).
const costs: InvestmentDefinitionInput["costs"] = [
  { kind: "oneTime", label: "Setup", amount: 6000, month: 1 },
  { kind: "recurring", label: "Licence", monthly: 500 },
];
const months = [1, 2, 3, 4, 5, 6, 7, 8];
const actuals = months.map((month) => ({ month, cost: month === 1 ? 6500 : 500, benefit: 700 }));
const planWith = (monthly: number, extra: Partial<InvestmentDefinitionInput> = {}) =>
  parseOrThrow(
    buildInput({
      horizonMonths: 36,
      costs,
      benefits: [{ kind: "fixed", label: "Saving", monthly }],
      asOfMonth: 9,
      ...extra,
    }),
  );
const v1 = planWith(2000);
const v2 = planWith(800, { actuals });
const evaluate = (referencePlans?: EvaluateOptions["referencePlans"]) =>
  evaluateDefinition(v2, { today: TODAY, referencePlans });

describe("reference plans (the plan in force when each month was recorded)", () => {
  it("changes nothing when no month is listed", () => {
    const plain = evaluate();
    expect(evaluate([])).toEqual(plain);
    expect(evaluate([{ definition: v1, months: [] }])).toEqual(plain);
    // Like for like with the evaluated plan: 8 months of v2.
    expect(plain.actuals?.totals).toMatchObject({ forecastCost: 10000, forecastBenefit: 6400, forecastRoiPct: -36 });
    expect(plain.leaks.map((leak) => leak.code)).not.toContain("UNDER_FORECAST");
    // A reference plan equal to the evaluated one changes nothing either.
    expect(evaluate([{ definition: planWith(800), months }])).toEqual(plain);
  });

  it("compares the listed months with the reference plan, so a re-forecast cannot hide the shortfall", () => {
    const result = evaluate([{ definition: v1, months }]);
    expect(result.actuals?.months.map((m) => m.forecastBenefit)).toEqual(months.map(() => 2000));
    expect(result.actuals?.totals).toMatchObject({
      cost: 10000,
      benefit: 5600,
      roiPct: -44,
      forecastCost: 10000,
      forecastBenefit: 16000,
      forecastRoiPct: 60,
      benefitVariance: -10400,
    });
    expect(result.actuals?.months[7]).toMatchObject({
      forecastCumBenefit: 16000,
      cumBenefitVariance: -10400,
      forecastCumRoiPct: 60,
    });
    // (16,000 − 5,600) ÷ 8 recorded months.
    expect(result.leaks.find((leak) => leak.code === "UNDER_FORECAST")).toMatchObject({ months, atStakeMonthly: 1300 });
  });

  it("mixes plans month by month: unlisted months use the evaluated plan", () => {
    const result = evaluate([{ definition: v1, months: [1, 2, 3, 4] }]);
    expect(result.actuals?.months.map((m) => m.forecastBenefit)).toEqual([2000, 2000, 2000, 2000, 800, 800, 800, 800]);
    expect(result.actuals?.totals.forecastBenefit).toBe(11200);
  });

  it("takes the first reference plan that lists a month", () => {
    const other = planWith(1000);
    const result = evaluate([
      { definition: v1, months: [1] },
      { definition: other, months: [1, 2] },
    ]);
    expect(result.actuals?.months.slice(0, 3).map((m) => m.forecastBenefit)).toEqual([2000, 1000, 800]);
  });

  it("keeps the scenarios, the planned payback and the projection on the evaluated plan", () => {
    const plain = evaluate();
    const result = evaluate([{ definition: v1, months }]);
    expect(result.scenarios).toEqual(plain.scenarios);
    // v2: −5,700 after month 1, +300 a month → month 20. Realised 5,600 of v2's 6,400 (87.5%):
    // 700 − 500 = +200 a month closes the 4,400 gap after month 8 in month 30. Scaling v2 by
    // what v1 promised (35%) would project no payback at all.
    expect(plain.actuals).toMatchObject({
      plannedPaybackMonth: 20,
      projectedPaybackMonth: 30,
      projectedPaybackBasis: "PROJECTED",
    });
    expect(result.actuals).toMatchObject({
      plannedPaybackMonth: 20,
      projectedPaybackMonth: 30,
      projectedPaybackBasis: "PROJECTED",
    });
  });

  it("uses the reference plan's own expected multiplier", () => {
    const cautious = planWith(2000, { scenarios: { conservative: 0.5, expected: 0.75, optimistic: 1 } });
    const result = evaluate([{ definition: cautious, months: [1] }]);
    expect(result.actuals?.months[0].forecastBenefit).toBe(1500);
  });

  it("aligns a reference plan with another start month on the calendar; months it did not cover planned nothing", () => {
    // Starts a month earlier (2025-12) and runs 3 months: its months 2–3 are 2026-01 and 2026-02.
    const earlier = parseOrThrow(
      buildInput({
        startMonth: "2025-12",
        horizonMonths: 3,
        costs: [{ kind: "recurring", label: "Licence", monthly: 400 }],
        benefits: [{ kind: "fixed", label: "Saving", monthly: 1000, fromMonth: 3 }],
      }),
    );
    const result = evaluate([{ definition: earlier, months: [1, 2, 3] }]);
    expect(result.actuals?.months.slice(0, 3).map((m) => [m.period, m.forecastCost, m.forecastBenefit])).toEqual([
      ["2026-01", 400, 0],
      ["2026-02", 400, 1000],
      ["2026-03", 0, 0],
    ]);
  });

  it("expands a reference plan's template", () => {
    const acquisition = parseOrThrow(
      buildInput({
        horizonMonths: 36,
        template: "customerAcquisition",
        inputs: { customersPerMonth: 10, cac: 200, ltv: 1000, targetRatio: 3 },
      }),
    );
    const result = evaluate([{ definition: acquisition, months: [2] }]);
    expect(result.actuals?.months[1]).toMatchObject({ forecastCost: 2000, forecastBenefit: 10000 });
  });
});

describe("forecastMonthsAgainst", () => {
  it("gives the forecast of the same months against each set of reference plans, as the engine reports it", () => {
    const inForce = [{ definition: v1, months: [1, 2, 3, 4] }];
    const figures = forecastMonthsAgainst(v2, months, {
      original: [{ definition: v1, months }],
      current: [],
      inForce,
    });
    expect(figures.original).toEqual({
      forecastCost: 10000,
      forecastBenefit: 16000,
      forecastNet: 6000,
      forecastRoiPct: 60,
    });
    expect(figures.current).toEqual({
      forecastCost: 10000,
      forecastBenefit: 6400,
      forecastNet: -3600,
      forecastRoiPct: -36,
    });
    const totals = evaluate(inForce).actuals?.totals;
    expect(figures.inForce).toEqual({
      forecastCost: totals?.forecastCost,
      forecastBenefit: totals?.forecastBenefit,
      forecastNet: totals?.forecastNet,
      forecastRoiPct: totals?.forecastRoiPct,
    });
  });

  it("counts each month once and ignores months outside the horizon", () => {
    const figures = forecastMonthsAgainst(v2, [2, 2, 0, 37, 1.5], { current: [] });
    expect(figures.current).toEqual({ forecastCost: 500, forecastBenefit: 800, forecastNet: 300, forecastRoiPct: 60 });
  });

  it("reports a null ROI for months without planned cost", () => {
    const free = planWith(800, { costs: [] });
    expect(forecastMonthsAgainst(free, [1], { current: [] }).current.forecastRoiPct).toBeNull();
  });
});
