// Every worked example of the seeds and docs/format-v1.md, reproduced by the engine.
import { describe, expect, it } from "vitest";
import customerAcquisition from "./examples/customer-acquisition.json";
import productExample from "./examples/product-example.json";
import { evaluateDefinition } from "./evaluate";
import { computeBenefitMonthly } from "./monthly-values";
import { customerAcquisitionInputsSchema } from "./schema-templates";
import { summariseCustomerAcquisition } from "./templates";
import { TODAY, buildInput, parseOrThrow } from "./test-fixtures";

const evaluate = (input: unknown) => evaluateDefinition(parseOrThrow(input), { today: TODAY });

describe("seed 000 — ROI as a KPI", () => {
  it("€1,000 that brings €3,000 is 200% ROI", () => {
    const result = evaluate(
      buildInput({
        horizonMonths: 1,
        costs: [{ kind: "oneTime", label: "Investment", amount: 1000, month: 1 }],
        benefits: [{ kind: "fixed", label: "Return", monthly: 3000 }],
      }),
    );
    expect(result.scenarios.expected?.totals).toMatchObject({
      cost: 1000,
      benefit: 3000,
      net: 2000,
      roiPct: 200,
      bcr: 3,
      paybackMonth: 1,
    });
    // Discounted at the default 8%: month 1's net flow +2,000 (benefit − cost of the same month)
    // × D_1 = 2,000 × 1.08^(−1/12) = 2,000 × 0.993607102 = 1,987.214204 → 1,987.21. A month's
    // cost and benefit net out, so no flow is negative: no IRR (NO_SIGN_CHANGE).
    expect(result.discountRatePct).toBe(8);
    expect(result.scenarios.expected?.totals).toMatchObject({
      npv: 1987.21,
      irrPct: null,
      irrNullReason: "NO_SIGN_CHANGE",
      irrRootsPct: [],
      discountedPaybackMonth: 1,
    });
  });

  it("€600 on a sales page expected to bring €2,400 is 300% ROI", () => {
    const result = evaluate(
      buildInput({
        horizonMonths: 1,
        costs: [{ kind: "oneTime", label: "Sales page", amount: 600, month: 1 }],
        benefits: [{ kind: "fixed", label: "Expected sales", monthly: 2400 }],
      }),
    );
    expect(result.scenarios.expected?.totals.roiPct).toBe(300);
  });

  it("CAC €200 and LTV €1,000 give (1000 − 200) ÷ 200 = 400% ROI", () => {
    const summary = summariseCustomerAcquisition(
      customerAcquisitionInputsSchema.parse({ cac: 200, ltv: 1000, targetRatio: 3, customersPerMonth: 1 }),
    );
    expect(summary.roiPct?.toFixed()).toBe("400");
    expect(summary.ltvCacRatio?.toFixed()).toBe("5");
    const result = evaluate(customerAcquisition);
    expect(result.customerAcquisition).toEqual({ roiPct: 400, roiNullReason: null, ltvCacRatio: 5, maxCac: 333.33 });
    expect(result.scenarios.expected?.totals).toMatchObject({ cost: 24000, benefit: 120000, roiPct: 400 });
  });

  it("LTV €1,500 with a required LTV:CAC of 3 allows a CAC of at most €500", () => {
    const summary = summariseCustomerAcquisition(
      customerAcquisitionInputsSchema.parse({ cac: 400, ltv: 1500, targetRatio: 3, customersPerMonth: 5 }),
    );
    expect(summary.maxCac.toFixed()).toBe("500");
  });

  it("15 minutes saved per customer × 80 customers a month is 20 hours", () => {
    const intake = parseOrThrow(
      buildInput({
        benefits: [{ kind: "timeSaving", label: "Intake form", minutesPerUnit: 15, unitsPerMonth: 80, hourlyRate: 1 }],
      }),
    ).benefits[0];
    expect(computeBenefitMonthly(intake).toFixed()).toBe("20");
    const atRate = parseOrThrow(
      buildInput({
        benefits: [{ kind: "timeSaving", label: "Intake form", minutesPerUnit: 15, unitsPerMonth: 80, hourlyRate: 60 }],
      }),
    ).benefits[0];
    expect(computeBenefitMonthly(atRate).toFixed()).toBe("1200");
  });

  it("a landing page from 1.8% to 2.9% conversion: 10,000 visitors × 1.1% = 110 extra orders × €80 × 40% margin = €3,520", () => {
    const page = parseOrThrow(
      buildInput({
        benefits: [
          {
            kind: "conversionUplift",
            label: "Landing page",
            visitorsPerMonth: 10000,
            baselineRatePct: 1.8,
            targetRatePct: 2.9,
            orderValue: 80,
            marginPct: 40,
          },
        ],
      }),
    ).benefits[0];
    expect(computeBenefitMonthly(page).toFixed()).toBe("3520");
  });
});

describe("format v1 example definition (examples/product-example.json)", () => {
  const result = evaluate(productExample);

  it("adds up every cost and benefit kind", () => {
    // Costs: 12,000 + 24 × 500 + 3 × 10 h × 60 = 25,800.
    // Benefits: 22 × 2,000 + 24 × (100,000 × 10% × 30%) + 24 × 1,200 + 24 × 3,520 = 229,280.
    expect(result.scenarios.expected?.totals).toMatchObject({
      cost: 25800,
      benefit: 229280,
      net: 203480,
      roiPct: 788.68,
      bcr: 8.89,
    });
    // NPV at 8%: Σ (benefit − cost of month m) × 1.08^(−m/12) over the 24 months = 186,772.150216
    // (recomputed outside the engine with 60-digit decimals) → 186,772.15. Discounted payback in
    // month 2: 15,292.26 of discounted benefit against 14,102.23 of discounted cost. The only
    // negative flow is month 1 (−5,380), and month 2 alone (+6,620) returns it within a month:
    // the IRR lies beyond 100,000% (NPV there is still +2,706), so NO_ROOT_IN_RANGE.
    expect(result.scenarios.expected?.totals).toMatchObject({
      npv: 186772.15,
      irrPct: null,
      irrNullReason: "NO_ROOT_IN_RANGE",
      discountedPaybackMonth: 2,
    });
    expect(result.scenarios.expected?.months[0]).toEqual({
      month: 1,
      period: "2026-01",
      cost: 13100,
      benefit: 7720,
      cumCost: 13100,
      cumBenefit: 7720,
      cumRoiPct: -41.07,
    });
  });

  it("compares the recorded month with the forecast", () => {
    expect(result.actuals?.months[0]).toMatchObject({
      cost: 12600,
      benefit: 0,
      cumRoiPct: -100,
      forecastCumRoiPct: -41.07,
    });
  });
});
