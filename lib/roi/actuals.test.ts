import { describe, expect, it } from "vitest";
import { evaluateDefinition } from "./evaluate";
import type { InvestmentDefinitionInput } from "./schema";
import { TODAY, buildInput, parseOrThrow } from "./test-fixtures";

// Plan: 6,000 setup in month 1, 500 a month licence, 2,000 a month benefit → payback in month 4.
const plan = (actuals: InvestmentDefinitionInput["actuals"], extra: Partial<InvestmentDefinitionInput> = {}) =>
  evaluateDefinition(
    parseOrThrow(
      buildInput({
        costs: [
          { kind: "oneTime", label: "Setup", amount: 6000, month: 1 },
          { kind: "recurring", label: "Licence", monthly: 500 },
        ],
        benefits: [{ kind: "fixed", label: "Saving", monthly: 2000 }],
        actuals,
        asOfMonth: 4,
        ...extra,
      }),
    ),
    { today: TODAY },
  );

const onPlanMonths = (months: number[]) =>
  months.map((month) => ({ month, cost: month === 1 ? 6500 : 500, benefit: 2000 }));

describe("actuals", () => {
  it("builds the actual series beside the expected forecast, with variances", () => {
    const result = plan([
      { month: 2, cost: 450, benefit: 2500 },
      { month: 1, cost: 6600, benefit: 1000 },
    ]);
    expect(result.actuals?.months).toEqual([
      {
        month: 1,
        period: "2026-01",
        cost: 6600,
        benefit: 1000,
        cumCost: 6600,
        cumBenefit: 1000,
        cumRoiPct: -84.85,
        forecastCost: 6500,
        forecastBenefit: 2000,
        forecastCumCost: 6500,
        forecastCumBenefit: 2000,
        forecastCumRoiPct: -69.23,
        costVariance: 100,
        benefitVariance: -1000,
        cumCostVariance: 100,
        cumBenefitVariance: -1000,
      },
      {
        month: 2,
        period: "2026-02",
        cost: 450,
        benefit: 2500,
        cumCost: 7050,
        cumBenefit: 3500,
        cumRoiPct: -50.35,
        forecastCost: 500,
        forecastBenefit: 2000,
        forecastCumCost: 7000,
        forecastCumBenefit: 4000,
        forecastCumRoiPct: -42.86,
        costVariance: -50,
        benefitVariance: 500,
        cumCostVariance: 50,
        cumBenefitVariance: -500,
      },
    ]);
    expect(result.actuals?.totals).toMatchObject({
      cost: 7050,
      benefit: 3500,
      net: -3550,
      roiPct: -50.35,
      recordedMonths: 2,
      forecastCost: 7000,
      forecastBenefit: 4000,
      forecastNet: -3000,
      costVariance: 50,
      benefitVariance: -500,
    });
    expect(result.actuals?.plannedPaybackMonth).toBe(4);
  });

  it("compares like for like when a month is missing", () => {
    const result = plan([
      { month: 1, cost: 6500, benefit: 2000 },
      { month: 3, cost: 500, benefit: 2000 },
    ]);
    expect(result.actuals?.months[1]).toMatchObject({ cumCost: 7000, forecastCumCost: 7000, cumBenefitVariance: 0 });
  });

  it("gives the forecast cumulative ROI of the same months, with and without gaps", () => {
    const expectedAt90 = { scenarios: { conservative: 0.5, expected: "0.9" } };
    const noGap = plan(onPlanMonths([1, 2, 3]), expectedAt90);
    const withGap = plan(onPlanMonths([1, 3]), expectedAt90);
    // Forecast benefit 1,800 a month at 0.9: months 1–3 → 5,400 vs 7,500 cost; months 1 and 3 → 3,600 vs 7,000.
    expect(noGap.actuals?.months.map((m) => m.forecastCumRoiPct)).toEqual([-72.31, -48.57, -28]);
    expect(noGap.actuals?.months.map((m) => m.forecastCumRoiPct)).toEqual(
      noGap.scenarios.expected?.months.slice(0, 3).map((m) => m.cumRoiPct),
    );
    expect(withGap.actuals?.months.map((m) => m.forecastCumRoiPct)).toEqual([-72.31, -48.57]);
  });

  it("reports the payback month once actuals reach it", () => {
    const result = plan([
      { month: 1, cost: 6500, benefit: 5000 },
      { month: 2, cost: 500, benefit: 3000 },
    ]);
    expect(result.actuals?.totals.paybackMonth).toBe(2);
    expect(result.actuals).toMatchObject({ projectedPaybackMonth: 2, projectedPaybackBasis: "REACHED" });
  });

  it("projects payback by following the plan at the realised pace", () => {
    // Half the planned benefit so far: the rest of the plan counts 1,000 a month against 500 cost.
    const result = plan([
      { month: 1, cost: 6500, benefit: 1000 },
      { month: 2, cost: 500, benefit: 1000 },
    ]);
    expect(result.actuals).toMatchObject({ projectedPaybackMonth: 12, projectedPaybackBasis: "PROJECTED" });
  });

  it("projects no payback when the realised pace never catches up within the horizon", () => {
    const result = plan([{ month: 1, cost: 6500, benefit: 0 }]);
    expect(result.actuals).toMatchObject({ projectedPaybackMonth: null, projectedPaybackBasis: "NONE" });
    expect(result.actuals?.totals).toMatchObject({ roiPct: -100, bcr: 0, paybackMonth: null });
  });

  it("handles recorded months without any cost", () => {
    const result = plan([{ month: 1, cost: 0, benefit: 0 }]);
    expect(result.actuals?.months[0].cumRoiPct).toBeNull();
    expect(result.actuals?.totals).toMatchObject({ roiPct: null, roiNullReason: "NO_COST", bcr: null });
  });
});
