import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { amountOf, centsOf, roiPctOfCents } from "./cent-figures";
import { cents, roiPct } from "./decimal-figures";

const amount = fc.bigInt({ min: BigInt(-1e13), max: BigInt(1e13) }).map((c) => {
  const negative = c < BigInt(0);
  const abs = (negative ? -c : c).toString().padStart(3, "0");
  return `${negative ? "-" : ""}${abs.slice(0, -2)}.${abs.slice(-2)}`;
});

describe("integer-cent figures", () => {
  it.each([
    ["0", BigInt(0)],
    ["7", BigInt(700)],
    ["1234.5", BigInt(123450)],
    ["-12.34", BigInt(-1234)],
    ["0.05", BigInt(5)],
  ])("centsOf(%j)", (text, expected) => {
    expect(centsOf(text)).toBe(expected);
  });

  it("rejects more than two decimals", () => {
    expect(() => centsOf("1.234")).toThrow();
  });

  it("gives exactly what decimal-figures.ts gives, ties and signs included", () => {
    fc.assert(
      fc.property(amount, amount, (cost, benefit) => {
        const c = centsOf(cost);
        const b = centsOf(benefit);
        expect(amountOf(c)).toBe(cents(new Decimal(cost)));
        expect(roiPctOfCents(c, b)).toBe(roiPct(new Decimal(cost), new Decimal(benefit)));
      }),
      { numRuns: 2000 },
    );
    // Ties: 1/8 = 12.5% exactly; 0.125% → 0.13%; −0.125% → −0.13%; a tiny loss rounds to −0.
    expect(roiPctOfCents(BigInt(800), BigInt(900))).toBe(12.5);
    expect(roiPctOfCents(BigInt(80000), BigInt(80100))).toBe(0.13);
    expect(roiPctOfCents(BigInt(80000), BigInt(79900))).toBe(-0.13);
    expect(roiPctOfCents(BigInt(800000), BigInt(801000))).toBe(roiPct(new Decimal(8000), new Decimal(8010)));
    expect(roiPctOfCents(BigInt(1000000), BigInt(999999))).toBe(roiPct(new Decimal(10000), new Decimal("9999.99")));
    expect(Object.is(roiPctOfCents(BigInt(1000000), BigInt(999999)), -0)).toBe(true);
    expect(roiPctOfCents(BigInt(0), BigInt(5))).toBeNull();
  });
});
