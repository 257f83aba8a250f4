// Every worked example of the seeds and docs/format-v1.md, reproduced by the engine.
import { describe, expect, it } from "vitest";
import aiMarketing from "./examples/ai-marketing-sme.json";
import loyalty from "./examples/loyalty-programme.json";
import { Dec } from "./decimal";
import { evaluateDefinition } from "./evaluate";
import { buildBenefitValues } from "./monthly-values";
import { loyaltyProgramInputsSchema } from "./schema-templates";
import { summariseLoyaltyProgram } from "./templates";
import { TODAY, buildInput, parseOrThrow } from "./test-fixtures";

const evaluate = (input: unknown) => evaluateDefinition(parseOrThrow(input), { today: TODAY });

describe("seed 001 — loyalty programme calculator", () => {
  const inputs = loyaltyProgramInputsSchema.parse(loyalty.inputs);

  it("2,500 customers × 80% participation = 2,000 participants", () => {
    expect(summariseLoyaltyProgram(inputs).participants.toFixed()).toBe("2000");
  });

  it("40M participant revenue × 10% growth × 30% margin = 1.2M extra gross profit", () => {
    const summary = summariseLoyaltyProgram(inputs);
    expect(summary.participantRevenue.toFixed()).toBe("40000000");
    expect(summary.extraGrossProfitPerYear.toFixed()).toBe("1200000");
  });

  it("points cost = participant revenue × (1 + growth) × kickback × redemption", () => {
    // 40M × 1.1 × 1% × 70% = 308,000
    expect(summariseLoyaltyProgram(inputs).pointsCostPerYear.toFixed()).toBe("308000");
  });

  it("growth scenarios of 5% and 15% give 0.6M and 1.8M extra gross profit", () => {
    const at = (growthPct: number) => summariseLoyaltyProgram({ ...inputs, growthPct: new Dec(growthPct) });
    expect(at(5).extraGrossProfitPerYear.toFixed()).toBe("600000");
    expect(at(15).extraGrossProfitPerYear.toFixed()).toBe("1800000");
    expect(at(5).pointsCostPerYear.toFixed()).toBe("294000");
    expect(at(15).pointsCostPerYear.toFixed()).toBe("322000");
  });

  it("what the calculator calls ROI (gross profit ÷ (points + marketing)) is a BCR: 240% there, net ROI 140%", () => {
    const result = evaluate(loyalty);
    expect(result.expansion?.summary).toMatchObject({ costPerYear: 500000, yearlyBcr: 2.4, yearlyRoiPct: 140 });
    const years = result.scenarios.expected?.years ?? [];
    expect(years).toHaveLength(5);
    for (const year of years) expect(year).toMatchObject({ cost: 500000, benefit: 1200000, roiPct: 140, bcr: 2.4 });
    expect(result.scenarios.conservative?.totals.benefit).toBe(3000000);
    expect(result.scenarios.optimistic?.totals.benefit).toBe(9000000);
  });
});

describe("seed 003 — ROI of AI marketing", () => {
  it("(82,500 − 16,588) ÷ 16,588 = 397% (397.35% to two decimals)", () => {
    const totals = evaluate(aiMarketing).scenarios.expected?.totals;
    expect(totals).toMatchObject({ cost: 16588, benefit: 82500, net: 65912, roiPct: 397.35, bcr: 4.97 });
  });

  it("case 1, B2B SaaS: €35,000 bringing €180,000 extra revenue is 414% — counted on revenue, so Realised warns", () => {
    const result = evaluate(
      buildInput({
        costs: [{ kind: "oneTime", label: "Tools, implementation and training", amount: 35000, month: 1 }],
        benefits: [{ kind: "revenueUplift", label: "Extra revenue", baseMonthlyRevenue: 150000, upliftPct: 10 }],
      }),
    );
    expect(result.scenarios.expected?.totals).toMatchObject({ cost: 35000, benefit: 180000, roiPct: 414.29 });
    expect(result.warnings).toEqual([expect.objectContaining({ code: "REVENUE_WITHOUT_MARGIN", path: "benefits.0" })]);
  });

  it("case 2, e-commerce: €25,000 at 520% ROI means €155,000 benefit", () => {
    const result = evaluate(
      buildInput({
        costs: [{ kind: "oneTime", label: "AI tooling year 1", amount: 25000, month: 1 }],
        benefits: [{ kind: "fixed", label: "Recovered carts and higher AOV", monthly: 15500, fromMonth: 3 }],
      }),
    );
    expect(result.scenarios.expected?.totals).toMatchObject({
      cost: 25000,
      benefit: 155000,
      roiPct: 520,
      bcr: 6.2,
      paybackMonth: 4,
    });
  });

  it("benefits ramp up: a 12-month ramp reaches full value in month 13 of the ramp", () => {
    const benefit = parseOrThrow(
      buildInput({ horizonMonths: 24, benefits: [{ kind: "fixed", label: "Ramp", monthly: 1300, rampMonths: 12 }] }),
    ).benefits[0];
    const values = buildBenefitValues(benefit, 24).map((value) => value.toFixed());
    expect(values.slice(0, 3)).toEqual(["100", "200", "300"]);
    expect(values[12]).toBe("1300");
  });
});
