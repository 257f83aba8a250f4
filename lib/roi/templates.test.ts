import { describe, expect, it } from "vitest";
import loyalty from "./examples/loyalty-programme.json";
import { evaluateDefinition } from "./evaluate";
import { expandTemplate } from "./templates";
import { TODAY, buildInput, parseOrThrow } from "./test-fixtures";

describe("templates", () => {
  it("expands a loyalty programme into plain monthly costs and benefits", () => {
    const expansion = expandTemplate(parseOrThrow(loyalty));
    expect(expansion?.benefits.map((b) => [b.kind, b.kind === "fixed" ? b.monthly.toFixed() : ""])).toEqual([
      ["fixed", "100000"],
    ]);
    const costs = expansion?.costs.map((c) => [
      c.label,
      c.kind === "recurring" ? c.monthly.toDecimalPlaces(4).toFixed() : "",
      c.kind === "recurring" ? c.toMonth : 0,
    ]);
    expect(costs).toEqual([
      ["Redeemed points", "25666.6667", 60],
      ["Programme marketing", "11833.3333", 60],
      ["One-time investment, amortised over 5 years", "4166.6667", 60],
    ]);
  });

  it("shows the expansion in the output and keeps the definition's own items", () => {
    const result = evaluateDefinition(
      parseOrThrow({
        ...loyalty,
        horizonMonths: 12,
        costs: [{ kind: "oneTime", label: "Launch event", amount: 10000, month: 1 }],
      }),
      { today: TODAY },
    );
    expect(result.expansion?.template).toBe("loyaltyProgram");
    expect(result.expansion?.costs[0]).toEqual({
      kind: "recurring",
      label: "Redeemed points",
      monthly: 25666.67,
      fromMonth: 1,
      toMonth: 12,
    });
    expect(result.scenarios.expected?.totals.cost).toBe(510000);
  });

  it("amortises the one-time investment over capitalizeYears and warns when the horizon cuts it off", () => {
    const result = evaluateDefinition(parseOrThrow({ ...loyalty, horizonMonths: 24 }), { today: TODAY });
    // 250,000 over 60 months: 24 months inside the horizon = 100,000.
    expect(result.scenarios.expected?.totals.cost).toBe(2 * 308000 + 2 * 142000 + 100000);
    expect(result.warnings).toEqual([
      expect.objectContaining({
        code: "AMORTISATION_CLIPPED",
        path: "inputs.capitalizeYears",
        message: expect.stringContaining("EUR 100,000.00 of EUR 250,000.00"),
      }),
    ]);
  });

  it("expands customer acquisition: cost = customers × CAC, benefit = customers × LTV, booked per month", () => {
    const result = evaluateDefinition(
      parseOrThrow(
        buildInput({
          horizonMonths: 3,
          template: "customerAcquisition",
          inputs: { cac: "150", ltv: 600, targetRatio: 4, customersPerMonth: 20 },
        }),
      ),
      { today: TODAY },
    );
    expect(result.scenarios.expected?.months.map((m) => [m.cost, m.benefit])).toEqual([
      [3000, 12000],
      [3000, 12000],
      [3000, 12000],
    ]);
    expect(result.customerAcquisition).toEqual({ roiPct: 300, roiNullReason: null, ltvCacRatio: 4, maxCac: 150 });
  });

  it("reports an undefined acquisition ROI for a CAC of zero", () => {
    const result = evaluateDefinition(
      parseOrThrow(
        buildInput({
          template: "customerAcquisition",
          inputs: { cac: 0, ltv: 600, targetRatio: 3, customersPerMonth: 2 },
        }),
      ),
      { today: TODAY },
    );
    expect(result.customerAcquisition).toEqual({
      roiPct: null,
      roiNullReason: "NO_COST",
      ltvCacRatio: null,
      maxCac: 200,
    });
  });
});
