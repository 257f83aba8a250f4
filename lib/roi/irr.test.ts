import { describe, expect, it } from "vitest";
import { countSignChanges, findIrr, npvSign } from "./irr";

// The IRR search on plain monthly flows (index 0 = month 1). Expected roots are solved by hand
// as polynomials in v = (1 + r)^(−1/12), then r = v^(−12) − 1.

describe("findIrr", () => {
  it("finds the single root of a conventional investment", () => {
    // −1,200 in month 1, +1,320 in month 13: 1,200 v = 1,320 v^13 → v^12 = 1/1.1 → r = 10.00%.
    const flows = new Array<number>(13).fill(0);
    flows[0] = -1200;
    flows[12] = 1320;
    expect(findIrr(flows)).toEqual({ irrPct: 10, irrNullReason: null, irrRootsPct: [10] });
  });

  it("lists both roots of flows −1,000, +2,300, −1,320 (v = 10/11 and 5/6)", () => {
    // 1.1^12 − 1 = 2.138428… → 213.84%; 1.2^12 − 1 = 7.916100… → 791.61%.
    expect(findIrr([-1000, 2300, -1320])).toEqual({
      irrPct: null,
      irrNullReason: "MULTIPLE_ROOTS",
      irrRootsPct: [213.84, 791.61],
    });
  });

  it("keeps only the root inside −99.99%..100,000% (−1,000, +3,100, −2,200: v = 10/11 and 1/2)", () => {
    // v = 1/2 is 2^12 − 1 = 409,500%: outside the range.
    expect(findIrr([-1000, 3100, -2200])).toEqual({ irrPct: 213.84, irrNullReason: null, irrRootsPct: [213.84] });
  });

  it("finds roots near the edges of the range and none beyond them", () => {
    // −1 in month 1, +1,000 in month 13: v^12 = 1/1,000 → r = 99,900%.
    const top = new Array<number>(13).fill(0);
    top[0] = -1;
    top[12] = 1000;
    expect(findIrr(top).irrPct).toBe(99900);
    // +1,002 instead: 1 + r = 1,002 → 100,100%, beyond the range.
    top[12] = 1002;
    expect(findIrr(top)).toEqual({ irrPct: null, irrNullReason: "NO_ROOT_IN_RANGE", irrRootsPct: [] });
    // −10,000 in month 1, +1.01 in month 13: 1 + r = 0.000101 → r = −99.9899% → −99.99.
    const bottom = new Array<number>(13).fill(0);
    bottom[0] = -10000;
    bottom[12] = 1.01;
    expect(findIrr(bottom).irrPct).toBe(-99.99);
    // +0.99: 1 + r = 0.000099 → −99.9901%, below the range.
    bottom[12] = 0.99;
    expect(findIrr(bottom)).toEqual({ irrPct: null, irrNullReason: "NO_ROOT_IN_RANGE", irrRootsPct: [] });
  });

  it("says why there is no IRR", () => {
    expect(findIrr([0, 5, 0, 7])).toEqual({ irrPct: null, irrNullReason: "NO_SIGN_CHANGE", irrRootsPct: [] });
    expect(findIrr([-3, 0, -1])).toEqual({ irrPct: null, irrNullReason: "NO_SIGN_CHANGE", irrRootsPct: [] });
    expect(findIrr([])).toEqual({ irrPct: null, irrNullReason: "NO_SIGN_CHANGE", irrRootsPct: [] });
    // −1,000 then +1: zero only at r ≈ −100% (v = 1,000).
    expect(findIrr([-1000, 1]).irrNullReason).toBe("NO_ROOT_IN_RANGE");
  });

  it("reports a zero IRR when the flows just balance", () => {
    // −600, +100 × 6: NPV at r = 0 is exactly 0 — and the only root (one sign change).
    expect(findIrr([-600, 100, 100, 100, 100, 100, 100])).toEqual({ irrPct: 0, irrNullReason: null, irrRootsPct: [0] });
  });

  it("handles three sign changes and three roots", () => {
    // Roots v = 0.95, 0.9, 0.85: (v − 0.95)(v − 0.9)(v − 0.85) = v³ − 2.7v² + 2.4275v − 0.72675;
    // × (−100,000), the coefficients from v^0 up are the flows of months 1..4 (NPV = v × polynomial):
    // +72,675, −242,750, +270,000, −100,000.
    // r = v^(−12) − 1: 0.95^−12 − 1 = 85.062%, 0.9^−12 − 1 = 254.07%, 0.85^−12 − 1 = 603.03%.
    const roots = [0.95, 0.9, 0.85].map((v) => Math.round((v ** -12 - 1) * 10000) / 100).sort((a, b) => a - b);
    expect(roots).toEqual([85.06, 254.07, 603.03]);
    expect(findIrr([72675, -242750, 270000, -100000])).toEqual({
      irrPct: null,
      irrNullReason: "MULTIPLE_ROOTS",
      irrRootsPct: roots,
    });
  });
});

describe("npvSign and countSignChanges", () => {
  it("has the sign of NPV on both sides of r = 0 without overflowing", () => {
    const flows = [-1000, 600, 600];
    // At r = 0 (x = 0): NPV = 200 > 0; at a very high rate the first month dominates: < 0.
    expect(npvSign(flows, 0)).toBe(200);
    expect(npvSign(flows, Math.log(1001))).toBeLessThan(0);
    // At −99.99% every later month weighs far more: > 0, and finite for 120 months too.
    expect(npvSign(flows, Math.log(0.0001))).toBeGreaterThan(0);
    const long = new Array<number>(120).fill(1e15);
    long[0] = -1e15;
    expect(Number.isFinite(npvSign(long, Math.log(0.0001)))).toBe(true);
  });

  it("counts sign changes, skipping zeros", () => {
    expect(countSignChanges([-1, 0, 0, 2, 3, 0, -1])).toBe(2);
    expect(countSignChanges([0, 0])).toBe(0);
  });
});
