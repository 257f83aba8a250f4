import type { MonthRow, RoiResult, ScenarioTotals, SensitivityResult, SimulationResult } from "@/lib/roi";

// A fixed engine result for the component tests of the discounted figures and the risk
// section: the figures are made up, chosen so every case of the display shows up.

const months = (count: number): MonthRow[] =>
  Array.from({ length: count }, (_, i) => ({
    month: i + 1,
    period: `2026-${String(i + 1).padStart(2, "0")}`,
    cost: 0,
    benefit: 0,
    cumCost: 0,
    cumBenefit: 0,
    cumRoiPct: null,
  }));

const totals = (over: Partial<ScenarioTotals>): ScenarioTotals => ({
  cost: 1000,
  benefit: 1500,
  net: 500,
  roiPct: 50,
  roiNullReason: null,
  bcr: 1.5,
  paybackMonth: 2,
  npv: 0,
  irrPct: null,
  irrNullReason: null,
  irrRootsPct: [],
  discountedPaybackMonth: null,
  ...over,
});

export const FIXED_SENSITIVITY: SensitivityResult = {
  changePct: 20,
  base: { roiPct: 50, npv: 1000 },
  drivers: [
    { kind: "benefit", path: "benefits.0", label: "Omzet", low: { roiPct: 20, npv: 400 }, high: { roiPct: 80, npv: 1600 }, npvSwing: 1200, roiSwingPct: 60, clamped: false },
    { kind: "cost", path: "costs.0", label: "Bouw", low: { roiPct: 87.5, npv: 1300 }, high: { roiPct: 25, npv: 700 }, npvSwing: 600, roiSwingPct: 62.5, clamped: false },
    { kind: "input", path: "inputs.participationPct", label: "participationPct", low: { roiPct: 45, npv: 900 }, high: { roiPct: 55, npv: 1100 }, npvSwing: 200, roiSwingPct: 10, clamped: true },
  ],
};

export const FIXED_SIMULATION: SimulationResult = {
  seed: 1,
  draws: 10_000,
  distribution: "triangular",
  rangedItems: 2,
  roiPct: { p10: 12.5, p50: 48.25, p90: 80 },
  npv: { p10: -250.5, p50: 980, p90: 2100.75 },
  paybackProbabilityPct: 73.45,
};

export function fixedRiskResult(over: Partial<RoiResult> = {}): RoiResult {
  return {
    name: "Vast",
    currency: "EUR",
    startMonth: "2026-01",
    horizonMonths: 3,
    asOfMonth: 0,
    discountRatePct: 7.5,
    discountRateSource: "workspace",
    warnings: [],
    leaks: [],
    scenarios: {
      conservative: { multiplier: 0.8, totals: totals({ npv: -10.05, irrNullReason: "MULTIPLE_ROOTS", irrRootsPct: [5, 40] }), years: [], months: months(3) },
      expected: { multiplier: 1, totals: totals({ npv: 1234.56, irrPct: 12.34, irrRootsPct: [12.34], discountedPaybackMonth: 3 }), years: [], months: months(3) },
      optimistic: { multiplier: 1.2, totals: totals({ npv: 2000, irrNullReason: "NO_SIGN_CHANGE" }), years: [], months: months(3) },
    },
    risk: { sensitivity: FIXED_SENSITIVITY, simulation: FIXED_SIMULATION },
    ...over,
  };
}
