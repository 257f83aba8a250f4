import { describe, expect, it } from "vitest";
import { evaluateInput } from "@/lib/roi";
import { draftToPlan, toEngineDecimal } from "./plan-draft";
import { STARTER_TEMPLATES } from "./starter-templates";
import { buildPlanDefinition } from "./definition";

describe("toEngineDecimal", () => {
  it.each([
    ["1.234,56", "1234.56"],
    ["1,234.56", "1234.56"],
    ["12,5", "12.5"],
    ["12.5", "12.5"],
    [" € 2 000 ", "2000"],
    ["", ""],
    ["0.005", "0.005"],
    ["1.234.567", "1234567"],
    // Grouping in the wrong places stays as typed, so the engine refuses it with the field named.
    ["1.23.4", "1.23.4"],
    ["0.005.000", "0.005.000"],
  ])("%s → %s", (input, expected) => expect(toEngineDecimal(input)).toBe(expected));

  it.each([
    ["100.000", "100000", "100.000"],
    ["€ 1.250", "1250", "1.250"],
    ["2,500", "2.500", "2500"],
    // Not ambiguous: the language does not matter.
    ["12,5", "12.5", "12.5"],
    ["0.005", "0.005", "0.005"],
    ["1.234,56", "1234.56", "1234.56"],
  ])("reads the ambiguous %s by the writer's language (nl %s, en %s)", (input, nl, en) => {
    expect(toEngineDecimal(input, "nl")).toBe(nl);
    expect(toEngineDecimal(input, "en")).toBe(en);
  });
});

describe("draftToPlan", () => {
  it("turns form text into format v1: months as numbers, decimals exact, empty optionals dropped", () => {
    const plan = draftToPlan({
      costs: [{ kind: "recurring", label: "Licence", monthly: "500,10", fromMonth: "2", toMonth: "" }],
      benefits: [{ kind: "revenueUplift", label: "Repeat", baseMonthlyRevenue: "100.000,00", upliftPct: "10", marginPct: "", rampMonths: "3" }],
      scenarios: { conservative: "0,8", expected: "1", optimistic: "1.2" },
    });
    expect(plan.costs).toEqual([{ kind: "recurring", label: "Licence", monthly: "500.10", fromMonth: 2 }]);
    expect(plan.benefits).toEqual([{ kind: "revenueUplift", label: "Repeat", baseMonthlyRevenue: "100000.00", upliftPct: "10", rampMonths: 3 }]);
    expect(plan.scenarios).toEqual({ conservative: "0.8", expected: "1", optimistic: "1.2" });
  });

  it("keeps required empty fields so the engine names them", () => {
    const plan = draftToPlan({ costs: [{ kind: "oneTime", label: "X", amount: "", month: "1" }], benefits: [] });
    const result = evaluateInput(buildPlanDefinition({ name: "N", currency: "EUR", startMonth: "2026-01", horizonMonths: 12 }, plan));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toContain("costs.0.amount");
  });

  it("every starter template is a valid plan", () => {
    for (const template of STARTER_TEMPLATES) {
      const definition = buildPlanDefinition({ name: template.id, currency: "EUR", startMonth: "2026-01", horizonMonths: template.horizonMonths }, draftToPlan(template.plan));
      const result = evaluateInput(definition, { today: "2026-01-15" });
      expect(result.ok, template.id).toBe(true);
    }
  });

  it("the process automation template saves 20 hours a month (15 min × 80)", () => {
    const template = STARTER_TEMPLATES.find((t) => t.id === "processAutomation")!;
    const definition = buildPlanDefinition({ name: "p", currency: "EUR", startMonth: "2026-01", horizonMonths: 24 }, draftToPlan(template.plan));
    const result = evaluateInput(definition, { today: "2026-01-15" });
    if (!result.ok) throw new Error("invalid");
    // 20 hours × €60 = €1,200 a month at full value (month 3 after a 1-month ramp from month 2).
    expect(result.result.scenarios.expected?.months[2].benefit).toBe(1200);
  });
});
