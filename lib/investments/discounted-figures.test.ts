import { describe, expect, it } from "vitest";
import { discountedRowsOf, tornadoLayoutOf } from "./discounted-figures";
import { FIXED_SENSITIVITY, fixedRiskResult } from "./test-risk-fixtures";

describe("discountedRowsOf", () => {
  it("one row per scenario: NPV, IRR or its reason, discounted payback with its calendar month", () => {
    expect(discountedRowsOf(fixedRiskResult())).toEqual([
      { scenario: "conservative", npv: -10.05, irr: { kind: "none", reason: "MULTIPLE_ROOTS", rootsPct: [5, 40] }, discountedPayback: null },
      { scenario: "expected", npv: 1234.56, irr: { kind: "rate", pct: 12.34 }, discountedPayback: { month: 3, period: "2026-03" } },
      { scenario: "optimistic", npv: 2000, irr: { kind: "none", reason: "NO_SIGN_CHANGE", rootsPct: [] }, discountedPayback: null },
    ]);
  });
});

describe("tornadoLayoutOf", () => {
  it("places each side left or right of the centre, scaled to the largest change", () => {
    const layout = tornadoLayoutOf(FIXED_SENSITIVITY);
    // Base NPV 1000. Largest change: Omzet ±600 → half the width (50%) each way.
    // Bouw: −20% → +300 (right, 300/600 × 50 = 25%); +20% → −300 (left, from 25% to 50%).
    // Participation: −20% → −100 (left, 100/600 × 50 = 8.33%); +20% → +100.
    const sides = layout.bars.map((b) => [b.path, b.low.npvDelta, b.low.startPct, b.low.widthPct, b.high.npvDelta, b.high.startPct, b.high.widthPct]);
    expect(sides[0]).toEqual(["benefits.0", -600, 0, 50, 600, 50, 50]);
    expect(sides[1]).toEqual(["costs.0", 300, 50, 25, -300, 25, 25]);
    expect(sides[2][0]).toBe("inputs.participationPct");
    expect(sides[2][1]).toBe(-100);
    expect(sides[2][2]).toBeCloseTo(41.6667, 4);
    expect(sides[2][3]).toBeCloseTo(8.3333, 4);
    expect(layout).toMatchObject({ changePct: 20, baseNpv: 1000, baseRoiPct: 50, hidden: 0 });
  });

  it("keeps the engine's order and shows only the top drivers, counting the rest", () => {
    const layout = tornadoLayoutOf(FIXED_SENSITIVITY, 2);
    expect(layout.bars.map((b) => b.path)).toEqual(["benefits.0", "costs.0"]);
    expect(layout.hidden).toBe(1);
  });

  it("differences are exact to the cent (0.10 − 0.30 = −0.20, not −0.19999…)", () => {
    const layout = tornadoLayoutOf({
      changePct: 20,
      base: { roiPct: null, npv: 0.3 },
      drivers: [{ kind: "cost", path: "costs.0", label: "X", low: { roiPct: null, npv: 0.1 }, high: { roiPct: null, npv: 0.5 }, npvSwing: 0.4, roiSwingPct: null, clamped: false }],
    });
    expect(layout.bars[0].low.npvDelta).toBe(-0.2);
    expect(layout.bars[0].high.npvDelta).toBe(0.2);
  });

  it("no driver moves the NPV: bars of zero width, no division by zero", () => {
    const layout = tornadoLayoutOf({
      changePct: 20,
      base: { roiPct: 0, npv: 0 },
      drivers: [{ kind: "cost", path: "costs.0", label: "X", low: { roiPct: 0, npv: 0 }, high: { roiPct: 0, npv: 0 }, npvSwing: 0, roiSwingPct: 0, clamped: false }],
    });
    expect(layout.bars[0].low).toMatchObject({ startPct: 50, widthPct: 0 });
  });
});
