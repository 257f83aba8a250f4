import { describe, expect, it } from "vitest";
import { Dec } from "./decimal";
import aiMarketing from "./examples/ai-marketing-sme.json";
import customerAcquisition from "./examples/customer-acquisition.json";
import loyaltyProgramme from "./examples/loyalty-programme.json";
import productExample from "./examples/product-example.json";
import uncertainAutomation from "./examples/uncertain-automation.json";
import { evaluateDefinition } from "./evaluate";
import type { SensitivityResult } from "./result-types";
import type { InvestmentDefinitionInput } from "./schema";
import { TEMPLATE_INPUT_MAXIMA } from "./sensitivity-inputs";
import { TEMPLATE_INPUT_SCHEMAS, TEMPLATE_NAMES } from "./schema-templates";
import { TODAY, buildInput, parseOrThrow } from "./test-fixtures";

type Json = Record<string, unknown>;

function sensitivityOf(input: unknown, options: { discountRatePct?: number } = {}): SensitivityResult {
  const result = evaluateDefinition(parseOrThrow(input), { today: TODAY, risk: { seed: 1, draws: 200 }, ...options });
  if (!result.risk) throw new Error("risk was requested");
  return result.risk.sensitivity;
}

function expectedOf(input: unknown) {
  return evaluateDefinition(parseOrThrow(input), { today: TODAY }).scenarios.expected!.totals;
}

const EXAMPLES: Record<string, unknown> = {
  "ai-marketing-sme.json": aiMarketing,
  "customer-acquisition.json": customerAcquisition,
  "loyalty-programme.json": loyaltyProgramme,
  "product-example.json": productExample,
  "uncertain-automation.json": uncertainAutomation,
};
/** A copy of an example definition (tests change it). */
const readExample = (name: string) => structuredClone(EXAMPLES[name]) as Json & InvestmentDefinitionInput;

/** The field that carries an item's money linearly (hours, units and visitors scale the value too). */
const VALUE_FIELD: Record<string, string> = {
  oneTime: "amount",
  recurring: "monthly",
  internalTime: "hoursPerMonth",
  fixed: "monthly",
  revenueUplift: "baseMonthlyRevenue",
  timeSaving: "unitsPerMonth",
  conversionUplift: "visitorsPerMonth",
};

/** The definition with one item's value × factor (an independent way to get a tornado point). */
function withItemScaled(input: Json, list: "costs" | "benefits", index: number, factor: string): Json {
  const items = [...(input[list] as Json[])];
  const item = items[index];
  const field = VALUE_FIELD[item.kind as string];
  items[index] = { ...item, [field]: new Dec(item[field] as number | string).times(factor).toFixed() };
  return { ...input, [list]: items };
}

describe("sensitivity (tornado)", () => {
  it("moves each item by ±20%, worked by hand on the simple plan", () => {
    // Base: −1,000 in month 1, +110 a month for 12 months at 8%: NPV 272.807262, ROI 32%
    // (see discounting.test.ts for the factors: D_1 = 0.993607102, Σ D = 11.512857852).
    // Benefit × 0.8: 88 × 11.512858 − 993.607102 = 19.52, ROI (1,056 − 1,000) ÷ 1,000 = 5.6%;
    //          × 1.2: 132 × 11.512858 − 993.607102 = 526.09, ROI 58.4%. Swing 506.57, 52.8 points.
    // Cost × 0.8: 272.807262 + 0.2 × 993.607102 = 471.528682 → 471.53, ROI (1,320 − 800) ÷ 800 = 65%;
    //      × 1.2: 272.807262 − 198.721420 = 74.085842 → 74.09, ROI (1,320 − 1,200) ÷ 1,200 = 10%.
    //      Swing 397.44, 55 points.
    // A cost in month 30 (beyond the horizon of 12) contributes nothing: swing 0, listed last.
    const sensitivity = sensitivityOf(
      buildInput({
        costs: [
          { kind: "oneTime", label: "Setup", amount: 1000, month: 1 },
          { kind: "oneTime", label: "Later", amount: 5, month: 30 },
        ],
        benefits: [{ kind: "fixed", label: "Saving", monthly: 110 }],
      }),
    );
    expect(sensitivity).toEqual({
      changePct: 20,
      base: { roiPct: 32, npv: 272.81 },
      drivers: [
        {
          kind: "benefit",
          path: "benefits.0",
          label: "Saving",
          low: { roiPct: 5.6, npv: 19.52 },
          high: { roiPct: 58.4, npv: 526.09 },
          npvSwing: 506.57,
          roiSwingPct: 52.8,
          clamped: false,
        },
        {
          kind: "cost",
          path: "costs.0",
          label: "Setup",
          low: { roiPct: 65, npv: 471.53 },
          high: { roiPct: 10, npv: 74.09 },
          npvSwing: 397.44,
          roiSwingPct: 55,
          clamped: false,
        },
        {
          kind: "cost",
          path: "costs.1",
          label: "Later",
          low: { roiPct: 32, npv: 272.81 },
          high: { roiPct: 32, npv: 272.81 },
          npvSwing: 0,
          roiSwingPct: 0,
          clamped: false,
        },
      ],
    });
  });

  it("matches a full re-evaluation with the item changed, for every item kind and an expected multiplier ≠ 1", () => {
    for (const name of ["product-example.json", "ai-marketing-sme.json", "uncertain-automation.json"]) {
      const input = { ...readExample(name), scenarios: { conservative: "0.7", expected: "0.95", optimistic: "1.3" } };
      const sensitivity = sensitivityOf(input);
      const base = expectedOf(input);
      expect(sensitivity.base).toEqual({ roiPct: base.roiPct, npv: base.npv });
      for (const driver of sensitivity.drivers) {
        const [list, index] = driver.path.split(".") as ["costs" | "benefits", string];
        for (const [point, factor] of [
          [driver.low, "0.8"],
          [driver.high, "1.2"],
        ] as const) {
          const again = expectedOf(withItemScaled(input, list, Number(index), factor));
          expect(point, `${name} ${driver.path} × ${factor}`).toEqual({ roiPct: again.roiPct, npv: again.npv });
        }
      }
      expect(sensitivity.drivers).toHaveLength((input.costs?.length ?? 0) + (input.benefits?.length ?? 0));
    }
  });

  it("ranks by NPV swing, then ROI swing, then path", () => {
    const { drivers } = sensitivityOf(readExample("product-example.json"));
    for (let i = 1; i < drivers.length; i++) {
      const [a, b] = [drivers[i - 1], drivers[i]];
      expect(a.npvSwing).toBeGreaterThanOrEqual(b.npvSwing);
      if (a.npvSwing === b.npvSwing && a.roiSwingPct === b.roiSwingPct) expect(a.path < b.path).toBe(true);
    }
  });

  it("re-expands the template for each Decimal input, clamps at the input's maximum and skips whole-number inputs", () => {
    const example = readExample("loyalty-programme.json");
    const inputs: Json = { ...(example.inputs as Json), participationPct: 90 };
    const input = { ...example, inputs };
    const { drivers } = sensitivityOf(input);
    const paths = drivers.map((driver) => driver.path).sort();
    // Every Decimal input; capitalizeYears (a whole number of years) is not a driver.
    expect(paths).toEqual(
      Object.keys(inputs)
        .filter((key) => key !== "capitalizeYears")
        .map((key) => `inputs.${key}`)
        .sort(),
    );
    for (const driver of drivers) {
      const key = driver.path.slice("inputs.".length);
      const value = new Dec(inputs[key] as number);
      // 90% × 1.2 = 108% is kept at 100%; nothing else reaches its maximum here.
      const high = key === "participationPct" ? new Dec(100) : value.times("1.2");
      expect(driver.clamped, key).toBe(key === "participationPct");
      for (const [point, moved] of [
        [driver.low, value.times("0.8")],
        [driver.high, high],
      ] as const) {
        const again = expectedOf({ ...input, inputs: { ...inputs, [key]: moved.toFixed() } });
        expect(point, `${key} = ${moved.toFixed()}`).toEqual({ roiPct: again.roiPct, npv: again.npv });
      }
    }
    // Margin drives the loyalty programme's profit directly: it moves NPV more than marketing.
    const swing = (key: string) => drivers.find((driver) => driver.path === `inputs.${key}`)!.npvSwing;
    expect(swing("marginPct")).toBeGreaterThan(swing("annualMarketing"));
  });

  it("knows the maximum of every Decimal template input (checked against the schemas)", () => {
    const valid: Record<string, Json> = {
      loyaltyProgram: readExample("loyalty-programme.json").inputs as Json,
      customerAcquisition: readExample("customer-acquisition.json").inputs as Json,
    };
    for (const template of TEMPLATE_NAMES) {
      const schema = TEMPLATE_INPUT_SCHEMAS[template];
      const maxima = TEMPLATE_INPUT_MAXIMA[template];
      const decimalKeys = Object.keys(schema.shape).filter((key) => key !== "capitalizeYears");
      expect(Object.keys(maxima).sort()).toEqual(decimalKeys.sort());
      for (const [key, maximum] of Object.entries(maxima)) {
        expect(schema.safeParse({ ...valid[template], [key]: maximum.toFixed() }).success, `${key} at max`).toBe(true);
        expect(schema.safeParse({ ...valid[template], [key]: maximum.plus("0.01").toFixed() }).success, key).toBe(
          false,
        );
      }
    }
  });
});
