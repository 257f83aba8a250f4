import { describe, expect, it } from "vitest";
import { Dec } from "./decimal";
import { computeBcr, computeRoiPct, formatMoney, roundCents, roundRunningTotals } from "./output";

describe("output rounding", () => {
  it("rounds half-up (away from zero) to 2 decimals", () => {
    expect(roundCents(new Dec("2.345")).toFixed()).toBe("2.35");
    expect(roundCents(new Dec("-2.345")).toFixed()).toBe("-2.35");
    expect(roundCents(new Dec("2.344999")).toFixed()).toBe("2.34");
  });

  it("absorbs 40-digit division error before rounding a half cent", () => {
    // 1.03 ÷ 12 × 6 is exactly 0.515, but 40-digit division leaves 0.51499…
    const sixTwelfths = new Dec("1.03").div(12).times(6);
    expect(roundCents(sixTwelfths).toFixed()).toBe("0.52");
  });

  it("derives months from rounded running totals so they add up to the total", () => {
    const third = new Dec(100).div(3);
    const running = [third, third.times(2), third.times(3)];
    const rounded = roundRunningTotals(running);
    expect(rounded.cumulative).toEqual([33.33, 66.67, 100]);
    expect(rounded.monthly).toEqual([33.33, 33.34, 33.33]);
    expect(rounded.sumBetween(-1, 2)).toBe(100);
    expect(rounded.sumBetween(0, 2)).toBe(66.67);
  });

  it("falls back to Decimals for totals too large for exact integer cents", () => {
    const huge = [new Dec("5e14"), new Dec("1000000000000000.005")];
    const rounded = roundRunningTotals(huge);
    expect(rounded.cents).toBeNull();
    expect(rounded.cumulative).toEqual([5e14, 1000000000000000]);
    expect(rounded.monthly).toEqual([5e14, 5e14]);
  });

  it("computes ROI and BCR, null without cost", () => {
    expect(computeRoiPct(new Dec(3000), new Dec(1000))?.toFixed()).toBe("200");
    expect(computeBcr(new Dec(3000), new Dec(1000))?.toFixed()).toBe("3");
    expect(computeRoiPct(new Dec(5), new Dec(0))).toBeNull();
    expect(computeBcr(new Dec(5), new Dec(0))).toBeNull();
  });

  it("formats money for messages", () => {
    expect(formatMoney(new Dec("1234567.891"), "EUR")).toBe("EUR 1,234,567.89");
    expect(formatMoney(new Dec("-12.5"), "USD")).toBe("-USD 12.50");
  });
});
