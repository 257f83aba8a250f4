import { describe, expect, it } from "vitest";
import { evaluateInvestment } from "@/lib/investments/evaluate-investment";
import { factsUpTo } from "@/lib/portfolio/as-of";
import { TORNADO_DRIVERS } from "./report-investment-model";
import { buildReportModel, type SourceInvestment } from "./report-model";
import { reportAsOf, type ReportOptions } from "./report-period";
import { sectionInvestment, SECTION_TODAY } from "./report-section-fixture";

const OPTIONS: ReportOptions = { period: { from: "2026-01", to: "2026-04" }, scenario: "expected", locale: "en" };

const build = (investment: SourceInvestment, discountRatePct: string | null = "6", options = OPTIONS) =>
  buildReportModel({
    workspace: { name: "Test BV", currency: "EUR", discountRatePct },
    consultantName: "",
    options,
    generatedAt: SECTION_TODAY,
    investments: [investment],
    reviews: [],
  }).investments[0];

// Set-up 1,200 in month 1, savings 100 a month, 24 months from 2026-01. Recorded: month 1
// cost 1,300 and benefit 80, month 2 benefit 90, month 3 benefit 110; month 4 (April, in
// the period) has no actuals.
const scanning = () =>
  sectionInvestment({
    actuals: [
      { cost: 1300, benefit: 80 },
      { cost: 0, benefit: 90 },
      { cost: 0, benefit: 110 },
    ],
  });

describe("the month table", () => {
  it("lists the recorded months with their forecast and variance, the missing month, and a total", () => {
    const rows = build(scanning()).monthTable;
    expect(rows.slice(0, 5)).toEqual([
      {
        kind: "recorded",
        from: "2026-01",
        to: "2026-01",
        forecastCost: "1200.00",
        forecastBenefit: "100.00",
        actualCost: "1300.00",
        actualBenefit: "80.00",
        costVariance: "100.00", // 1,300 − 1,200
        benefitVariance: "-20.00", // 80 − 100
        cumRoiForecastPct: -91.67, // (100 − 1,200) ÷ 1,200 = −91.666…%
        cumRoiActualPct: -93.85, // (80 − 1,300) ÷ 1,300 = −93.846…%
      },
      {
        kind: "recorded",
        from: "2026-02",
        to: "2026-02",
        forecastCost: "0.00",
        forecastBenefit: "100.00",
        actualCost: "0.00",
        actualBenefit: "90.00",
        costVariance: "0.00",
        benefitVariance: "-10.00",
        cumRoiForecastPct: -83.33, // (200 − 1,200) ÷ 1,200
        cumRoiActualPct: -86.92, // (170 − 1,300) ÷ 1,300 = −86.923…%
      },
      {
        kind: "recorded",
        from: "2026-03",
        to: "2026-03",
        forecastCost: "0.00",
        forecastBenefit: "100.00",
        actualCost: "0.00",
        actualBenefit: "110.00",
        costVariance: "0.00",
        benefitVariance: "10.00",
        cumRoiForecastPct: -75, // (300 − 1,200) ÷ 1,200
        cumRoiActualPct: -78.46, // (280 − 1,300) ÷ 1,300 = −78.461…%
      },
      {
        kind: "missing",
        from: "2026-04",
        to: "2026-04",
        forecastCost: "0.00",
        forecastBenefit: "100.00",
        actualCost: null,
        actualBenefit: null,
        costVariance: null,
        benefitVariance: null,
        cumRoiForecastPct: null,
        cumRoiActualPct: null,
      },
      {
        kind: "total",
        from: "2026-01",
        to: "2026-03",
        forecastCost: "1200.00",
        forecastBenefit: "300.00",
        actualCost: "1300.00",
        actualBenefit: "280.00",
        costVariance: "100.00",
        benefitVariance: "-20.00", // 280 − 300
        cumRoiForecastPct: -75,
        cumRoiActualPct: -78.46,
      },
    ]);
  });

  it("continues with the plan only: the next 12 months one by one, then the rest of the horizon summed", () => {
    const rows = build(scanning()).monthTable.slice(5);
    // Months 5–16 (May 2026 – April 2027) one by one, months 17–24 (8 months) in one row.
    expect(rows.map((r) => r.kind)).toEqual([...Array(12).fill("forecast"), "forecastYear"]);
    expect(rows[0]).toMatchObject({
      from: "2026-05",
      forecastCost: "0.00",
      forecastBenefit: "100.00",
      actualCost: null,
    });
    expect(rows[0].cumRoiForecastPct).toBeCloseTo(-58.33, 2); // (500 − 1,200) ÷ 1,200
    expect(rows[11]).toMatchObject({ from: "2027-04", to: "2027-04" });
    expect(rows[11].cumRoiForecastPct).toBeCloseTo(33.33, 2); // (1,600 − 1,200) ÷ 1,200
    expect(rows[12]).toMatchObject({
      kind: "forecastYear",
      from: "2027-05",
      to: "2027-12",
      forecastCost: "0.00",
      forecastBenefit: "800.00", // 8 × 100
      cumRoiForecastPct: 100, // (2,400 − 1,200) ÷ 1,200
      cumRoiActualPct: null,
    });
  });

  it("keeps to the horizon: a period after the last month has no forecast rows", () => {
    const done = sectionInvestment({ horizonMonths: 3, actuals: [{ cost: 1200, benefit: 100 }] });
    const rows = build(done).monthTable;
    expect(rows.map((r) => `${r.kind} ${r.from}`)).toEqual([
      "recorded 2026-01",
      "missing 2026-02",
      "missing 2026-03",
      "total 2026-01",
    ]);
  });
});

describe("discounted figures, tornado and simulation", () => {
  it("are the engine's own figures for the expected scenario, with the workspace's rate", () => {
    const investment = scanning();
    const section = build(investment);
    const evaluation = evaluateInvestment(factsUpTo(investment, "2026-04"), {
      today: reportAsOf(OPTIONS.period, SECTION_TODAY),
      discountRatePct: "6",
      risk: true,
    });
    if (!evaluation.ok) throw new Error("the fixture must evaluate");
    const totals = evaluation.result.scenarios.expected!.totals;
    // Net flows −1,100 in month 1 and +100 in months 2–24, each discounted by 1.06^(m/12):
    // NPV = −1,100 ÷ 1.06^(1/12) + Σ(m=2..24) 100 ÷ 1.06^(m/12) ≈ 1,065.75. Month 12 has 1,165.3
    // of discounted benefit against 1,194.2 of discounted cost; month 13 passes it.
    expect(section.discounted).toEqual({
      npv: totals.npv.toFixed(2),
      irrPct: totals.irrPct,
      irrNullReason: null,
      irrRootsPct: totals.irrRootsPct,
      discountedPaybackPeriod: "2027-01",
      ratePct: 6,
      rateSource: "workspace",
    });
    expect(Number(section.discounted!.npv)).toBeCloseTo(1065.75, 2);
    // IRR by bisection on the same flows: 132.61% a year.
    expect(section.discounted!.irrPct).toBeCloseTo(132.61, 1);
    expect(section.planVersion).toBe(1);

    const risk = evaluation.result.risk!;
    expect(section.risk!.sensitivity.baseNpv).toBe(risk.sensitivity.base.npv.toFixed(2));
    expect(section.risk!.sensitivity.drivers).toEqual(
      risk.sensitivity.drivers.slice(0, TORNADO_DRIVERS).map((d) => ({
        kind: d.kind,
        label: d.label,
        lowNpv: d.low.npv.toFixed(2),
        highNpv: d.high.npv.toFixed(2),
        clamped: d.clamped,
      })),
    );
    expect(section.risk!.sensitivity.drivers.map((d) => d.label)).toEqual(["Savings", "Set-up"]);
    const simulation = risk.simulation!;
    expect(section.risk!.simulation).toEqual({
      seed: simulation.seed,
      draws: simulation.draws,
      rangedItems: 2,
      roiPct: simulation.roiPct,
      npv: {
        p10: simulation.npv.p10!.toFixed(2),
        p50: simulation.npv.p50!.toFixed(2),
        p90: simulation.npv.p90!.toFixed(2),
      },
      paybackProbabilityPct: simulation.paybackProbabilityPct,
    });
  });

  it("the engine's 8% without a workspace rate; no simulation without ranges; nothing for a plan that fails", () => {
    const section = build(sectionInvestment({ actuals: [], ranges: false }), null);
    expect(section.discounted).toMatchObject({ ratePct: 8, rateSource: "default" });
    expect(section.risk?.simulation).toBeNull();
    expect(section.risk?.sensitivity.drivers).toHaveLength(2);

    const broken = sectionInvestment({ actuals: [] });
    broken.versions = [{ id: "v1", version: 1, definition: { name: "x" } }];
    const failed = build(broken);
    expect(failed).toMatchObject({ valid: false, discounted: null, risk: null, monthTable: [], planVersion: 1 });
  });
});
