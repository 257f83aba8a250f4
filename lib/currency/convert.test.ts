import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { convertAmount, convertMonthlyAmount, convertMonths, mergeNotes, sumMonths, type MonthAmounts } from "./convert";
import { RateBook, factorToDecimal, fractionOf } from "./rate-book";

// Golden figures, each worked out by hand in the comment beside it.

const book = new RateBook([
  { from: "EUR", to: "USD", period: "2026-07", rate: "1.0823" },
  { from: "EUR", to: "JPY", period: "2026-07", rate: "161.5" },
  { from: "EUR", to: "CHF", period: "2026-07", rate: "0.9374" },
  { from: "EUR", to: "KWD", period: "2026-07", rate: "0.3312" },
  { from: "EUR", to: "USD", period: "2026-08", rate: "1.1" },
  { from: "USD", to: "EUR", period: "2026-09", rate: "0.5" },
  { from: "EUR", to: "USD", period: "2026-09", rate: "2" },
]);
const use = (from: string, to: string, period: string) => {
  const found = book.exact(from, to, period);
  if (!found) throw new Error(`no rate ${from}→${to} ${period}`);
  return found;
};
const text = (d: Decimal) => d.toFixed();

describe("a rate from the book", () => {
  it("uses the month's rate as given, divided when stored the other way round, or crossed through EUR", () => {
    expect(use("EUR", "USD", "2026-07").legs).toEqual([{ from: "EUR", to: "USD", period: "2026-07", rate: "1.0823", inverted: false }]);
    expect(use("USD", "EUR", "2026-07").legs).toEqual([{ from: "EUR", to: "USD", period: "2026-07", rate: "1.0823", inverted: true }]);
    const cross = use("USD", "CHF", "2026-07");
    expect(cross.legs.map((l) => `${l.from}>${l.to}${l.inverted ? " ÷" : ""}`)).toEqual(["EUR>USD ÷", "EUR>CHF"]);
    // 0.9374 ÷ 1.0823 = 0.866118451446…
    expect(factorToDecimal(cross.factor, 6).toFixed()).toBe("0.866118");
  });

  it("prefers the rate stored in the direction converted", () => {
    // 2026-09 has USD→EUR 0.5 and EUR→USD 2: the direct one is used, not 1 ÷ 2.
    expect(use("USD", "EUR", "2026-09").legs[0]).toMatchObject({ from: "USD", to: "EUR", inverted: false, rate: "0.5" });
  });

  it("never guesses an actual month's rate; a forecast falls back to the latest known month and says so", () => {
    expect(book.exact("USD", "EUR", "2026-06")).toBeNull();
    expect(book.exact("GBP", "EUR", "2026-07")).toBeNull();
    const forecast = book.forecast("USD", "EUR", "2027-03");
    expect(forecast).toMatchObject({ period: "2027-03", usedPeriod: "2026-09", fallback: true });
    expect(book.forecast("USD", "EUR", "2026-08")).toMatchObject({ usedPeriod: "2026-08", fallback: false });
    expect(book.forecast("GBP", "EUR", "2027-03")).toBeNull();
  });

  it("reads a rate as an exact fraction", () => {
    expect(fractionOf("1.0823")).toEqual({ n: BigInt(10823), d: BigInt(10000) });
    expect(fractionOf("161.5")).toEqual({ n: BigInt(1615), d: BigInt(10) });
  });
});

describe("converting an amount: exact, rounded once half-up to the target's minor unit", () => {
  it("EUR: USD 1,000.00 ÷ 1.0823 = 923.958237… → €923.96", () => {
    expect(text(convertAmount("1000.00", use("USD", "EUR", "2026-07")))).toBe("923.96");
    // 1,234.56 ÷ 1.0823 = 1,140.681881… → 1,140.68
    expect(text(convertAmount("1234.56", use("USD", "EUR", "2026-07")))).toBe("1140.68");
  });

  it("USD: €250.00 × 1.0823 = $270.575 → $270.58 (a half cent rounds up)", () => {
    expect(text(convertAmount("250.00", use("EUR", "USD", "2026-07")))).toBe("270.58");
  });

  it("a tie of a divided rate is exact: $0.01 ÷ 2 = €0.005 → €0.01; $0.01 × 0.5 the same", () => {
    expect(text(convertAmount("0.01", use("USD", "EUR", "2026-09")))).toBe("0.01"); // × 0.5, stored that way
    // With only EUR→USD 2 stored (2026-09 minus the direct rate), the division gives the same.
    const dividedOnly = new RateBook([{ from: "EUR", to: "USD", period: "2026-09", rate: "2" }]);
    const divided = dividedOnly.exact("USD", "EUR", "2026-09");
    expect(divided?.legs[0].inverted).toBe(true);
    expect(text(convertAmount("0.01", divided as NonNullable<typeof divided>))).toBe("0.01");
    expect(text(convertAmount("0.03", divided as NonNullable<typeof divided>))).toBe("0.02"); // 0.015 → 0.02
  });

  it("JPY has no minor unit: €1,000.00 × 161.5 = ¥161,500; €1.00 × 161.5 = ¥161.5 → ¥162; ¥150,000 ÷ 161.5 = €928.79", () => {
    expect(text(convertAmount("1000.00", use("EUR", "JPY", "2026-07")))).toBe("161500");
    expect(text(convertAmount("1.00", use("EUR", "JPY", "2026-07")))).toBe("162");
    expect(text(convertAmount("150000", use("JPY", "EUR", "2026-07")))).toBe("928.79"); // 928.792569…
  });

  it("CHF through EUR: USD 1,000.00 × 0.9374 ÷ 1.0823 = 866.118451… → CHF 866.12", () => {
    expect(text(convertAmount("1000.00", use("USD", "CHF", "2026-07")))).toBe("866.12");
  });

  it("KWD has three decimals: €100.00 × 0.3312 = KWD 33.120", () => {
    expect(convertAmount("100.00", use("EUR", "KWD", "2026-07")).toFixed(3)).toBe("33.120");
    // €0.05 × 0.3312 = 0.01656 → 0.017
    expect(text(convertAmount("0.05", use("EUR", "KWD", "2026-07")))).toBe("0.017");
  });
});

const month = (period: string, values: Partial<Record<keyof Omit<MonthAmounts, "period">, string>>): MonthAmounts => {
  const zero = new Decimal(0);
  const m = { period, actualCost: zero, actualBenefit: zero, forecastCost: zero, forecastBenefit: zero, conservativeCost: zero, conservativeBenefit: zero, expectedCost: zero, expectedBenefit: zero, optimisticCost: zero, optimisticBenefit: zero } as MonthAmounts;
  for (const [k, v] of Object.entries(values)) (m as Record<string, unknown>)[k] = new Decimal(v as string);
  return m;
};

describe("converting an investment's months", () => {
  it("converts actuals at their own month's rate, reports a missing one, and carries forecasts at the latest rate", () => {
    const months = [
      month("2026-07", { actualCost: "1000.00", actualBenefit: "500.00", expectedCost: "1000.00", expectedBenefit: "400.00" }),
      month("2026-08", { actualCost: "1100.00", expectedCost: "1000.00", expectedBenefit: "400.00" }),
      month("2026-10", { actualCost: "100.00", expectedCost: "1000.00", expectedBenefit: "400.00" }), // no rate for 2026-10
      month("2026-12", { expectedCost: "1000.00", expectedBenefit: "400.00" }), // forecast only
    ];
    const { months: converted, notes } = convertMonths(months, "USD", "EUR", book);
    // 2026-07: 1,000.00 ÷ 1.0823 = 923.96; 500.00 ÷ 1.0823 = 461.979…→ 461.98; plan 400 ÷ 1.0823 = 369.583…→ 369.58
    expect(converted[0]).toMatchObject({ actualMissing: false });
    expect([converted[0].actualCost, converted[0].actualBenefit, converted[0].expectedBenefit].map(text)).toEqual(["923.96", "461.98", "369.58"]);
    // 2026-08: 1,100.00 ÷ 1.1 = 1,000.00
    expect(text(converted[1].actualCost)).toBe("1000");
    // 2026-10: the actual is missing (not converted); the plan uses 2026-09's USD→EUR 0.5 → 500.00, marked
    expect(converted[2]).toMatchObject({ actualMissing: true, forecastMissing: false });
    expect(text(converted[2].actualCost)).toBe("0");
    expect(text(converted[2].expectedCost)).toBe("500");
    expect(converted[2].forecastRate).toMatchObject({ usedPeriod: "2026-09", fallback: true });
    expect(notes.missing).toEqual([{ from: "USD", to: "EUR", period: "2026-10" }]);
    expect(notes.fallbacks).toEqual([{ from: "USD", to: "EUR", usedPeriod: "2026-09", months: 2 }]);
    // Totals are the sums of the converted months: 923.96 + 1,000.00 = 1,923.96 invested.
    const sums = sumMonths(converted);
    expect(text(sums.actualCost)).toBe("1923.96");
    // plan cost: 923.96 + 909.09 (1,000 ÷ 1.1 = 909.0909…) + 500 + 500
    expect(text(sums.expectedCost)).toBe("2833.05");
  });

  it("money at stake per month converts at the current month's rate, else the latest", () => {
    expect(text(convertMonthlyAmount("200.00", "USD", "EUR", "2026-08", book).value)).toBe("181.82"); // 200 ÷ 1.1 = 181.8181…
    const later = convertMonthlyAmount("200.00", "USD", "EUR", "2027-01", book);
    expect(text(later.value)).toBe("100");
    expect(later.rate).toMatchObject({ usedPeriod: "2026-09", fallback: true });
    expect(later.notes.fallbacks).toEqual([]); // not a forecast month
    expect(convertMonthlyAmount("200.00", "GBP", "EUR", "2027-01", book).notes.missing).toEqual([{ from: "GBP", to: "EUR", period: "2027-01" }]);
  });

  it("merges notes: each missing rate once, in order; fallback months added up", () => {
    const merged = mergeNotes([
      { missing: [{ from: "USD", to: "EUR", period: "2026-10" }], fallbacks: [{ from: "USD", to: "EUR", usedPeriod: "2026-09", months: 2 }] },
      { missing: [{ from: "USD", to: "EUR", period: "2026-10" }, { from: "GBP", to: "EUR", period: "2026-01" }], fallbacks: [{ from: "USD", to: "EUR", usedPeriod: "2026-09", months: 3 }] },
    ]);
    expect(merged.missing).toEqual([
      { from: "GBP", to: "EUR", period: "2026-01" },
      { from: "USD", to: "EUR", period: "2026-10" },
    ]);
    expect(merged.fallbacks).toEqual([{ from: "USD", to: "EUR", usedPeriod: "2026-09", months: 5 }]);
  });
});
