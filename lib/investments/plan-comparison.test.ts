import { describe, expect, it } from "vitest";
import { buildPlanDefinition } from "./definition";
import { evaluateInvestment, type InvestmentForEvaluation } from "./evaluate-investment";
import { createVersionParser } from "./plan-in-force";
import type { PlanDocument } from "./schemas";

// v1 promised 2,000 a month; eight months realised 700; v2 lowered the benefit to 800.
const header = { name: "Chatbot", currency: "EUR", startMonth: "2026-01", horizonMonths: 36 };
const costs = [
  { kind: "oneTime", label: "Setup", amount: 6000, month: 1 },
  { kind: "recurring", label: "Licence", monthly: 500 },
];
const planOf = (monthly: number) =>
  ({ costs, benefits: [{ kind: "fixed", label: "Saving", monthly }] }) as PlanDocument;
const v1 = { id: "pv-1", version: 1, definition: buildPlanDefinition(header, planOf(2000)) };
const v2 = { id: "pv-2", version: 2, definition: buildPlanDefinition(header, planOf(800)) };
const months = [1, 2, 3, 4, 5, 6, 7, 8];
const monthDate = (month: number) => new Date(Date.UTC(2026, month - 1, 1));
const recorded = (versionOf: (month: number) => string | null) =>
  months.map((month) => ({
    month: monthDate(month),
    cost: month === 1 ? "6500" : "500",
    benefit: "700",
    planVersionId: versionOf(month),
  }));

function investmentWith(overrides: Partial<InvestmentForEvaluation> = {}): InvestmentForEvaluation {
  return {
    name: header.name,
    currency: header.currency,
    startMonth: monthDate(1),
    horizonMonths: header.horizonMonths,
    status: "active",
    plan: planOf(800),
    versions: [v2, v1],
    kpis: [],
    actuals: recorded(() => v1.id),
    ...overrides,
  };
}

const today = new Date("2026-09-15T10:00:00Z");
function evaluate(investment: InvestmentForEvaluation, options: Parameters<typeof evaluateInvestment>[1] = {}) {
  const evaluation = evaluateInvestment(investment, { today, ...options });
  if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.errors));
  return evaluation;
}
const codes = (evaluation: ReturnType<typeof evaluate>) => evaluation.result.leaks.map((leak) => leak.code);

const againstV1 = { forecastCost: 10000, forecastBenefit: 16000, forecastNet: 6000, forecastRoiPct: 60 };
const againstV2 = { forecastCost: 10000, forecastBenefit: 6400, forecastNet: -3600, forecastRoiPct: -36 };

describe("evaluateInvestment: the plan in force when each month was recorded", () => {
  it("compares months recorded under v1 with v1 after v2 lowered the target", () => {
    const evaluation = evaluate(investmentWith());
    expect(evaluation.versionUsed).toBe(2);
    expect(evaluation.result.scenarios.expected?.months[0].benefit).toBe(800);
    expect(evaluation.result.actuals?.totals).toMatchObject({ forecastBenefit: 16000, forecastRoiPct: 60 });
    expect(codes(evaluation)).toContain("UNDER_FORECAST");
    expect(evaluation.planComparison).toEqual({
      basis: "in-force",
      originalVersion: 1,
      currentVersion: 2,
      comparedVersions: [1],
      unversionedMonths: [],
      recordedMonths: 8,
      differs: true,
      againstOriginal: againstV1,
      againstCurrent: againstV2,
      againstInForce: againstV1,
    });
  });

  it("can compare every month with the evaluated plan instead", () => {
    const evaluation = evaluate(investmentWith(), { compareWith: "evaluated" });
    expect(evaluation.result.actuals?.totals).toMatchObject({ forecastBenefit: 6400, forecastRoiPct: -36 });
    expect(codes(evaluation)).not.toContain("UNDER_FORECAST");
    expect(evaluation.planComparison).toMatchObject({
      basis: "evaluated",
      comparedVersions: [2],
      againstInForce: againstV1,
    });
  });

  it("takes each month's own version when the plan changed halfway", () => {
    const evaluation = evaluate(investmentWith({ actuals: recorded((month) => (month <= 4 ? v1.id : v2.id)) }));
    expect(evaluation.result.actuals?.months.map((m) => m.forecastBenefit)).toEqual([
      2000, 2000, 2000, 2000, 800, 800, 800, 800,
    ]);
    expect(evaluation.planComparison).toMatchObject({ comparedVersions: [1, 2], differs: true });
    expect(evaluation.planComparison?.againstInForce.forecastBenefit).toBe(11200);
  });

  it("compares months recorded before approval, or under a version that is not loaded, with the evaluated plan", () => {
    const evaluation = evaluate(
      investmentWith({ actuals: recorded((month) => (month === 1 ? null : month === 2 ? "pv-gone" : v1.id)) }),
    );
    expect(evaluation.result.actuals?.months.map((m) => m.forecastBenefit)).toEqual([
      800, 800, 2000, 2000, 2000, 2000, 2000, 2000,
    ]);
    expect(evaluation.planComparison).toMatchObject({ comparedVersions: [1, 2], unversionedMonths: [1, 2] });
  });

  it("keeps the in-force comparison when an older version is viewed", () => {
    const evaluation = evaluate(investmentWith({ actuals: recorded((month) => (month <= 4 ? v1.id : v2.id)) }), {
      version: 1,
    });
    expect(evaluation.versionUsed).toBe(1);
    expect(evaluation.result.scenarios.expected?.months[0].benefit).toBe(2000);
    expect(evaluation.result.actuals?.totals.forecastBenefit).toBe(11200);
    expect(evaluation.planComparison).toMatchObject({
      originalVersion: 1,
      currentVersion: 2,
      againstOriginal: againstV1,
      againstCurrent: againstV2,
    });
  });

  it("shows no difference while there is only one version, and no versions for a draft", () => {
    const single = evaluate(investmentWith({ versions: [v1], plan: planOf(2000) }));
    expect(single.planComparison).toMatchObject({
      originalVersion: 1,
      currentVersion: 1,
      differs: false,
      againstOriginal: againstV1,
      againstCurrent: againstV1,
    });
    const draft = evaluate(investmentWith({ versions: [], status: "draft", actuals: recorded(() => null) }));
    expect(draft.versionUsed).toBeNull();
    expect(draft.planComparison).toMatchObject({
      originalVersion: null,
      currentVersion: null,
      comparedVersions: [],
      differs: false,
      againstInForce: againstV2,
    });
  });

  it("has no comparison without recorded months", () => {
    expect(evaluate(investmentWith({ actuals: [] })).planComparison).toBeNull();
  });
});

describe("createVersionParser", () => {
  it("parses each version once and reuses the evaluated definition", () => {
    const parse = createVersionParser({ versionId: null, definition: {} as never });
    const first = parse(v1);
    expect(first?.benefits[0].label).toBe("Saving");
    expect(parse(v1)).toBe(first);
    expect(parse({ id: "broken", version: 3, definition: { name: "" } })).toBeNull();
    const evaluated = {} as never;
    expect(createVersionParser({ versionId: v2.id, definition: evaluated })(v2)).toBe(evaluated);
  });
});
