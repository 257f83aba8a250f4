import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec } from "./decimal";
import { centsToFigure, fixedToCents, fromFixedPoint, toFixedPoint } from "./fixed-point";
import { roundCents } from "./output";
import { outputBcrFromFixed, outputRoiFromFixed, outputRoiPct } from "./totals";

// Decimal-based reference: exact value, then roundCents.
const referenceCents = (value: InstanceType<typeof Dec>) => roundCents(value).times(100).toFixed().replace(/^-0$/, "0");
/** The JSON figure of a cents string, via Decimal. */
const figureOfCents = (cents: string) => String(new Dec(cents).div(100).toNumber());
const amountArb = fc
  .tuple(fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }), fc.integer({ min: 0, max: 6 }))
  .map(([digits, decimals]) => new Dec(digits.toString()).div(10 ** decimals));

describe("fixed-point running totals", () => {
  it("converts Decimals exactly (up to 24 decimals) and back", () => {
    expect(toFixedPoint(new Dec("12.5"))).toBe(12_500_000_000_000_000_000_000_000n);
    expect(toFixedPoint(new Dec("-0.000000000000000000000000499"))).toBe(0n);
    expect(toFixedPoint(new Dec("0.0000000000000000000000005"))).toBe(1n);
    expect(fromFixedPoint(toFixedPoint(new Dec("1234.5678"))).toFixed()).toBe("1234.5678");
  });

  it("rounds to cents exactly like roundCents, including the 20-decimal snap", () => {
    fc.assert(
      fc.property(amountArb, fc.integer({ min: 1, max: 240 }), (amount, divisor) => {
        for (const value of [amount, amount.div(divisor)]) {
          expect(fixedToCents(toFixedPoint(value)).toString()).toBe(referenceCents(value));
        }
      }),
      { numRuns: 500 },
    );
    expect(fixedToCents(toFixedPoint(new Dec("1.03").div(12).times(6)))).toBe(52n);
  });

  it("rounds ROI and BCR like rounding the exact Decimal quotient", () => {
    fc.assert(
      fc.property(amountArb, amountArb, (a, b) => {
        const [benefit, cost] = [a.abs(), b.abs()];
        const roi = outputRoiPct(benefit, cost);
        if (cost.isZero()) {
          expect(roi).toBeNull();
          return;
        }
        const exact = benefit.minus(cost).div(cost).times(100);
        expect(String(roi)).toBe(figureOfCents(referenceCents(exact)));
        const bcr = outputBcrFromFixed(toFixedPoint(benefit), toFixedPoint(cost));
        expect(String(bcr)).toBe(figureOfCents(referenceCents(benefit.div(cost))));
      }),
      { numRuns: 500 },
    );
  });

  it("rounds negative half cents of a percent away from zero", () => {
    // (99,995 − 100,000) ÷ 100,000 × 100 = −0.005%
    expect(outputRoiFromFixed(toFixedPoint(new Dec(99995)), toFixedPoint(new Dec(100000)))).toBe(-0.01);
    expect(outputRoiFromFixed(toFixedPoint(new Dec(100005)), toFixedPoint(new Dec(100000)))).toBe(0.01);
    expect(outputRoiFromFixed(1n, 0n)).toBeNull();
  });

  it("turns cents into JSON numbers, also beyond exact integers", () => {
    expect(centsToFigure(123456n)).toBe(1234.56);
    expect(centsToFigure(-5n)).toBe(-0.05);
    expect(centsToFigure(10n ** 20n)).toBe(1e18);
  });
});
