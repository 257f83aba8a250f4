import { describe, expect, it } from "vitest";
import { Dec } from "./decimal";
import { evaluateDefinition } from "./evaluate";
import loyalty from "./examples/loyalty-programme.json";
import { createMulberry32 } from "./random";
import type { InvestmentDefinition, InvestmentDefinitionInput } from "./schema";
import {
  DEFAULT_SIMULATION_DRAWS,
  DEFAULT_SIMULATION_SEED,
  drawMultiplier,
  paysBack,
  runningNet,
  simulateUncertainty,
  type SimulationOptions,
} from "./simulation";
import { prepareSimulationPlan } from "./simulation-plan";
import { buildInput, parseOrThrow } from "./test-fixtures";

function simulate(input: InvestmentDefinitionInput, options: SimulationOptions = {}) {
  const definition = parseOrThrow(input);
  const expected = definition.scenarios?.expected ?? new Dec(1);
  return simulateUncertainty(
    { definition, expectedMultiplier: expected, discountRatePct: definition.discountRatePct ?? new Dec(8) },
    options,
  );
}

// One-time cost 1,000 in month 1; benefit 100 a month for 12 months with range [0, 2] (a
// symmetric triangle around 1); rate 0, so NPV = net. With benefit multiplier m:
//   ROI = (1,200 m − 1,000) ÷ 1,000 × 100 = 120 m − 100 %,   NPV = 1,200 m − 1,000 = 10 × ROI.
// Triangular(0, 1, 2): F(x) = x²/2 for x ≤ 1, so the p-quantile below the mode is √(2p):
//   P10: m = √0.2 = 0.44721 → ROI −46.33%;  P50: m = 1 → ROI 20%;  P90: m = 2 − √0.2 = 1.55279 → ROI 86.33%.
// Payback within 12 months ⇔ 1,200 m ≥ 1,000 ⇔ m ≥ 5/6: P = 1 − (5/6)²/2 = 47/72 = 65.28%.
const HAND_CASE = buildInput({
  discountRatePct: 0,
  costs: [{ kind: "oneTime", label: "Setup", amount: 1000, month: 1 }],
  benefits: [{ kind: "fixed", label: "Saving", monthly: 100, range: { low: 0, high: 2 } }],
});

describe("simulateUncertainty: basics", () => {
  it("is null when no item has a range", () => {
    const input = buildInput({
      costs: [{ kind: "oneTime", label: "Setup", amount: 1000, month: 1 }],
      benefits: [{ kind: "fixed", label: "Saving", monthly: 100 }],
    });
    expect(simulate(input)).toBeNull();
  });

  it("uses seed 1 and 10,000 draws by default and labels the result", () => {
    const result = simulate(HAND_CASE);
    expect(result).toMatchObject({
      seed: DEFAULT_SIMULATION_SEED,
      draws: DEFAULT_SIMULATION_DRAWS,
      distribution: "triangular",
      rangedItems: 1,
    });
    expect([DEFAULT_SIMULATION_SEED, DEFAULT_SIMULATION_DRAWS]).toEqual([1, 10_000]);
  });

  it("gives the same result for the same seed and a different one for another seed", () => {
    const first = simulate(HAND_CASE, { seed: 42, draws: 2000 });
    const again = simulate(HAND_CASE, { seed: 42, draws: 2000 });
    const other = simulate(HAND_CASE, { seed: 43, draws: 2000 });
    expect(again).toEqual(first);
    expect(other?.seed).toBe(43);
    expect({ ...other, seed: 42 }).not.toEqual(first);
  });

  it("rejects a seed or a number of draws outside the documented bounds", () => {
    for (const options of [
      { draws: 99 },
      { draws: 100_001 },
      { draws: 1000.5 },
      { seed: -1 },
      { seed: 2 ** 32 },
      { seed: 1.5 },
    ]) {
      expect(() => simulate(HAND_CASE, options), JSON.stringify(options)).toThrow(RangeError);
    }
    expect(simulate(HAND_CASE, { draws: 100, seed: 2 ** 32 - 1 })?.draws).toBe(100);
    expect(simulate(HAND_CASE, { draws: 100_000, seed: 0 })?.draws).toBe(100_000);
  });
});

describe("simulateUncertainty: a hand-reasoned case", () => {
  const result = simulate(HAND_CASE)!;

  // 10,000 draws: the standard error of P10 in m is √(0.1 × 0.9 ÷ 10,000) ÷ f(0.447) = 0.0067,
  // × 120 = 0.8 ROI points; of P50 0.005 × 120 = 0.6 points. Tolerances are about 4 standard errors.
  it("puts the ROI percentiles where the triangle's quantiles are", () => {
    expect(result.roiPct.p10).toBeGreaterThan(-46.33 - 3);
    expect(result.roiPct.p10).toBeLessThan(-46.33 + 3);
    expect(result.roiPct.p50).toBeGreaterThan(20 - 2.5);
    expect(result.roiPct.p50).toBeLessThan(20 + 2.5);
    expect(result.roiPct.p90).toBeGreaterThan(86.33 - 3);
    expect(result.roiPct.p90).toBeLessThan(86.33 + 3);
  });

  it("has NPV percentiles at ten times the ROI ones at a 0% rate (each from the same draw)", () => {
    // NPV = 10 × ROI exactly per draw; the two roundings differ by at most 10 × 0.005 = 0.05.
    for (const key of ["p10", "p50", "p90"] as const) {
      expect(Math.abs(result.npv[key]! - 10 * result.roiPct[key]!)).toBeLessThanOrEqual(0.05 + 1e-9);
    }
    // P50 of the benefit ≈ its value 1,200 ⇔ NPV P50 ≈ 200 (± 4 × 0.005 × 1,200 = 24).
    expect(result.npv.p50).toBeGreaterThan(200 - 24);
    expect(result.npv.p50).toBeLessThan(200 + 24);
  });

  it("pays back with probability near 47/72 = 65.28%", () => {
    // Standard error √(0.6528 × 0.3472 ÷ 10,000) = 0.48 points; ± 2 points is over 4 of them.
    expect(result.paybackProbabilityPct).toBeGreaterThan(63.28);
    expect(result.paybackProbabilityPct).toBeLessThan(67.28);
  });
});

describe("simulateUncertainty: ranges collapsed to one value give the engine's own figures", () => {
  const collapsed = { low: 1, high: 1 };

  function expectEngineFigures(input: InvestmentDefinitionInput) {
    const definition: InvestmentDefinition = parseOrThrow(input);
    const evaluated = evaluateDefinition(definition, { risk: { draws: 500 } });
    const totals = evaluated.scenarios.expected!.totals;
    const simulation = evaluated.risk!.simulation!;
    expect(simulation.roiPct).toEqual({ p10: totals.roiPct, p50: totals.roiPct, p90: totals.roiPct });
    expect(simulation.npv).toEqual({ p10: totals.npv, p50: totals.npv, p90: totals.npv });
    expect(simulation.paybackProbabilityPct).toBe(totals.paybackMonth === null ? 0 : 100);
    return { totals, simulation };
  }

  it("matches a hand-computed plan at 0% (NPV = net)", () => {
    // Cost 1,000 (month 1) + 50 × 12 = 1,600; benefit 150 × 12 = 1,800, expected × 0.9 = 1,620.
    // ROI = (1,620 − 1,600) ÷ 1,600 × 100 = 1.25%; NPV at 0% = 20; the running net reaches
    // 0 only in month 12 (−1,000 + 12 × (135 − 50) = 20 ≥ 0; month 11: −65).
    const { totals, simulation } = expectEngineFigures(
      buildInput({
        discountRatePct: 0,
        scenarios: { expected: 0.9 },
        costs: [
          { kind: "oneTime", label: "Setup", amount: 1000, month: 1, range: collapsed },
          { kind: "recurring", label: "Licence", monthly: 50 },
        ],
        benefits: [{ kind: "fixed", label: "Saving", monthly: 150, range: collapsed }],
      }),
    );
    expect(totals).toMatchObject({ roiPct: 1.25, npv: 20, paybackMonth: 12 });
    expect(simulation.paybackProbabilityPct).toBe(100);
  });

  it("matches the engine at 8% with every kind of item, a ramp and an item beyond the horizon", () => {
    expectEngineFigures(
      buildInput({
        horizonMonths: 36,
        discountRatePct: 8,
        scenarios: { expected: 1.1 },
        costs: [
          { kind: "oneTime", label: "Setup", amount: "12000.37", month: 1, range: collapsed },
          { kind: "recurring", label: "Licence", monthly: 499, fromMonth: 2, toMonth: 30, range: collapsed },
          { kind: "internalTime", label: "Team", hoursPerMonth: 7.5, hourlyRate: 62.5, toMonth: 6 },
          { kind: "oneTime", label: "Later", amount: 5000, month: 40, range: { low: 0.5, high: 3 } },
        ],
        benefits: [
          { kind: "fixed", label: "Saving", monthly: 400, fromMonth: 3, rampMonths: 5, range: collapsed },
          {
            kind: "timeSaving",
            label: "Intake",
            minutesPerUnit: 15,
            unitsPerMonth: 80,
            hourlyRate: 55,
            range: collapsed,
          },
          {
            kind: "revenueUplift",
            label: "Repeat",
            baseMonthlyRevenue: 20000,
            upliftPct: "2.5",
            marginPct: 35,
            rampMonths: 2,
          },
        ],
      }),
    );
  });

  it("matches the engine when the plan never pays back", () => {
    const { totals, simulation } = expectEngineFigures(
      buildInput({
        costs: [{ kind: "oneTime", label: "Setup", amount: 5000, month: 1, range: collapsed }],
        benefits: [{ kind: "fixed", label: "Saving", monthly: 100, range: collapsed }],
      }),
    );
    expect(totals.paybackMonth).toBeNull();
    expect(simulation.paybackProbabilityPct).toBe(0);
  });

  it("keeps template-expanded items fixed and counts them in", () => {
    const { simulation } = expectEngineFigures({
      ...(loyalty as InvestmentDefinitionInput),
      costs: [{ kind: "recurring", label: "Support desk", monthly: 2000, range: collapsed }],
    });
    expect(simulation.rangedItems).toBe(1);
  });
});

describe("simulateUncertainty: edge cases", () => {
  it("has null ROI percentiles and no payback when no draw has any cost", () => {
    const result = simulate(
      buildInput({ benefits: [{ kind: "fixed", label: "Saving", monthly: 100, range: { low: 0.5, high: 1.5 } }] }),
      { draws: 200 },
    )!;
    expect(result.roiPct).toEqual({ p10: null, p50: null, p90: null });
    // NPV at 8% is all benefit: 100 × m × Σ 1.08^(−m/12) > 0 in every draw.
    expect(result.npv.p10).toBeGreaterThan(0);
    expect(result.paybackProbabilityPct).toBe(0);
  });

  it("draws multipliers by the triangle's inverse CDF", () => {
    const plan = prepareSimulationPlan(
      parseOrThrow(
        buildInput({
          benefits: [
            { kind: "fixed", label: "Symmetric", monthly: 1, range: { low: 0, high: 2 } },
            { kind: "fixed", label: "Skewed", monthly: 1, range: { low: 0.5, high: 3 } },
            { kind: "fixed", label: "Collapsed", monthly: 1, range: { low: 1, high: 1 } },
          ],
        }),
      ),
      1,
      8,
    );
    // [0, 2]: F(1) = 0.5; u = 0.125 → 0 + √(0.125 × 2 × 1) = 0.5; u = 0.875 → 2 − √(0.125 × 2 × 1) = 1.5.
    expect(drawMultiplier(plan, 0, 0.125)).toBeCloseTo(0.5, 12);
    expect(drawMultiplier(plan, 0, 0.5)).toBeCloseTo(1, 12);
    expect(drawMultiplier(plan, 0, 0.875)).toBeCloseTo(1.5, 12);
    // [0.5, 3]: F(1) = 0.5 ÷ 2.5 = 0.2; u = 0.1 → 0.5 + √(0.1 × 2.5 × 0.5) = 0.853553;
    // u = 0.6 → 3 − √(0.4 × 2.5 × 2) = 3 − √2 = 1.585786.
    expect(drawMultiplier(plan, 1, 0.1)).toBeCloseTo(0.5 + Math.sqrt(0.125), 12);
    expect(drawMultiplier(plan, 1, 0.6)).toBeCloseTo(3 - Math.SQRT2, 12);
    expect(drawMultiplier(plan, 1, 0)).toBe(0.5);
    for (const u of [0, 0.3, 0.999]) expect(drawMultiplier(plan, 2, u)).toBe(1);
  });
});

describe("simulateUncertainty: properties over random plans", () => {
  const random = createMulberry32(20_261_201);
  const pick = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const range = () => ({ low: (pick(0, 100) / 100).toFixed(2), high: (pick(100, 400) / 100).toFixed(2) });
  const maybeRange = () => (random() < 0.7 ? { range: range() } : {});

  function randomPlan(): InvestmentDefinitionInput {
    const horizonMonths = pick(6, 60);
    const costs = Array.from({ length: pick(1, 6) }, (_, i) =>
      i % 2 === 0
        ? {
            kind: "oneTime" as const,
            label: `C${i}`,
            amount: pick(100, 20_000),
            month: pick(1, horizonMonths + 3),
            ...maybeRange(),
          }
        : {
            kind: "recurring" as const,
            label: `C${i}`,
            monthly: pick(10, 800),
            fromMonth: pick(1, horizonMonths),
            ...maybeRange(),
          },
    );
    const benefits = Array.from({ length: pick(1, 6) }, (_, i) => {
      const fromMonth = pick(1, horizonMonths);
      // Benefits that stop and late costs make the running net peak before the horizon's end.
      return {
        kind: "fixed" as const,
        label: `B${i}`,
        monthly: pick(0, 1500),
        fromMonth,
        toMonth: random() < 0.5 ? pick(fromMonth, horizonMonths) : undefined,
        rampMonths: pick(0, 6),
        ...maybeRange(),
      };
    });
    // A cost in month 1 without range: every draw has cost, so ROI is always defined.
    costs.push({ kind: "oneTime", label: "Start", amount: pick(1, 5000), month: 1 });
    return buildInput({ horizonMonths, discountRatePct: pick(0, 30), costs, benefits });
  }

  const plans = Array.from({ length: 40 }, randomPlan);

  it("orders P10 ≤ P50 ≤ P90 for ROI and NPV and keeps payback a probability", () => {
    for (const plan of plans) {
      const result = simulate(plan, { draws: 300, seed: pick(0, 1000) });
      if (result === null) continue;
      const { roiPct, npv, paybackProbabilityPct } = result;
      expect(roiPct.p10!).toBeLessThanOrEqual(roiPct.p50!);
      expect(roiPct.p50!).toBeLessThanOrEqual(roiPct.p90!);
      expect(npv.p10!).toBeLessThanOrEqual(npv.p50!);
      expect(npv.p50!).toBeLessThanOrEqual(npv.p90!);
      expect(paybackProbabilityPct).toBeGreaterThanOrEqual(0);
      expect(paybackProbabilityPct).toBeLessThanOrEqual(100);
    }
  });

  it("finds payback at the break months exactly when a scan of every month does", () => {
    let checked = 0;
    let paying = 0;
    let onlyBeforeTheEnd = 0;
    for (const plan of plans) {
      const simulationPlan = prepareSimulationPlan(parseOrThrow(plan), 1, 8);
      const { itemCount, horizon } = simulationPlan;
      const draw = createMulberry32(checked);
      const multipliers = new Float64Array(itemCount);
      for (let d = 0; d < 200; d++) {
        let start = simulationPlan.fixedFirstCostIndex;
        for (let k = 0; k < itemCount; k++) {
          multipliers[k] = drawMultiplier(simulationPlan, k, draw());
          if (simulationPlan.isCost[k] === 1 && multipliers[k] > 0) {
            start = Math.min(start, simulationPlan.firstCostIndex[k]);
          }
        }
        let scanned = false;
        for (let t = start; t < horizon && !scanned; t++) {
          scanned = runningNet(simulationPlan, multipliers, t) >= -simulationPlan.tolerance;
        }
        const shortcut = start < horizon && paysBack(simulationPlan, multipliers, start, -simulationPlan.tolerance);
        expect(shortcut).toBe(scanned);
        checked++;
        if (scanned) paying++;
        if (scanned && runningNet(simulationPlan, multipliers, horizon - 1) < 0) onlyBeforeTheEnd++;
      }
    }
    expect(checked).toBe(40 * 200);
    // The plans exercise every branch: draws that pay, draws that do not, and draws whose
    // running net is back below zero at the horizon's end after paying back earlier.
    expect(paying).toBeGreaterThan(checked / 10);
    expect(paying).toBeLessThan(checked - checked / 10);
    expect(onlyBeforeTheEnd).toBeGreaterThan(0);
  });
});

describe("evaluateDefinition with risk", () => {
  it("fills risk.simulation with the given seed and draws", () => {
    const definition = parseOrThrow(HAND_CASE);
    const result = evaluateDefinition(definition, { risk: { seed: 7, draws: 500 } });
    expect(result.risk?.simulation).toMatchObject({ seed: 7, draws: 500, rangedItems: 1 });
    expect(evaluateDefinition(definition, { risk: true }).risk?.simulation).toEqual(simulate(HAND_CASE));
    expect(evaluateDefinition(definition).risk).toBeUndefined();
  });
});
