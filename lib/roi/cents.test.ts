import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toCents } from "./cents";
import { Dec } from "./decimal";
import { roundCents } from "./output";

// The fast digit-based rounding must agree with Decimal's own rounding everywhere.
const slowCents = (value: InstanceType<typeof Dec>) => roundCents(value).times(100).toFixed();

describe("toCents", () => {
  it.each([
    ["0", 0],
    ["0.004", 0],
    ["0.005", 1],
    ["-0.005", -1],
    ["1.005", 101],
    ["999999999999.995", 100000000000000],
    ["12.345", 1235],
    ["-12.344999999999999999995", -1235],
    ["12.3449999999999999999949", 1234],
    ["1e-30", 0],
  ])("rounds %s half-up to %d cents", (value, cents) => {
    expect(toCents(new Dec(value))).toBe(cents);
  });

  it("refuses values too large for exact integer cents", () => {
    expect(toCents(new Dec("1e13"))).toBeNull();
    expect(toCents(new Dec("9999999999999.99"))).toBe(999999999999999);
    expect(toCents(new Dec("999999999999.99"))).toBe(99999999999999);
  });

  it("agrees with Decimal rounding for arbitrary values, including division results", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 1000 }),
        (digits, scale, divisor) => {
          const exact = new Dec(digits.toString()).div(10 ** scale);
          for (const value of [exact, exact.div(divisor)]) {
            const fast = toCents(value);
            if (fast !== null) expect(String(fast)).toBe(slowCents(value).replace(/^-0$/, "0"));
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("agrees near half a cent, where the 20-decimal snap decides", () => {
    const tails = [
      "5",
      "4",
      "41",
      "49",
      "59",
      "4999999999999999999",
      "49999999999999999995",
      "49999999999999999994",
      "500000000000000000001",
    ];
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 13n }),
        fc.constantFrom(...tails),
        fc.boolean(),
        (whole, tail, negative) => {
          const text = `${negative ? "-" : ""}${whole / 100n}.${String(whole % 100n).padStart(2, "0")}${tail}`;
          const value = new Dec(text);
          const fast = toCents(value);
          if (fast !== null) expect(String(fast)).toBe(slowCents(value).replace(/^-0$/, "0"));
        },
      ),
      { numRuns: 300 },
    );
  });
});
