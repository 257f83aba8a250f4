import { describe, expect, it } from "vitest";
import { detectDecimalFormat, parseAmount } from "./csv-numbers";

describe("parseAmount", () => {
  it.each([
    ["1.234,56", "comma", "1234.56"],
    ["1.234.567,8", "comma", "1234567.80"],
    ["1 234,56", "comma", "1234.56"],
    ["€ 1.234", "comma", "1234.00"],
    ["1234,5 EUR", "comma", "1234.50"],
    [",5", "comma", "0.50"],
    ["1,234.56", "point", "1234.56"],
    ["€1,234,567.89", "point", "1234567.89"],
    ["+12", "point", "12.00"],
    ["-0", "point", "0.00"],
    ["0.10", "point", "0.10"],
    ["1.230", "point", "1.23"],
  ] as const)("reads %s (%s) exactly as %s", (raw, format, expected) => {
    expect(parseAmount(raw, format)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["", "comma", "AMOUNT_EMPTY"],
    ["abc", "comma", "AMOUNT_UNREADABLE"],
    ["1,234.56", "comma", "AMOUNT_UNREADABLE"],
    ["1.23.4", "comma", "AMOUNT_UNREADABLE"],
    ["12 34", "comma", "AMOUNT_UNREADABLE"],
    ["1e5", "point", "AMOUNT_UNREADABLE"],
    ["0.005", "comma", "AMOUNT_UNREADABLE"],
    ["0.123,50", "comma", "AMOUNT_UNREADABLE"],
    ["0,005", "point", "AMOUNT_UNREADABLE"],
    ["1,23", "point", "AMOUNT_UNREADABLE"],
    ["12.34.567", "comma", "AMOUNT_UNREADABLE"],
    ["-5", "point", "AMOUNT_NEGATIVE"],
    ["−5", "point", "AMOUNT_NEGATIVE"],
    ["(5.00)", "point", "AMOUNT_NEGATIVE"],
    ["1000000000000", "point", "AMOUNT_TOO_LARGE"],
    ["1,005", "comma", "AMOUNT_TOO_PRECISE"],
  ] as const)("refuses %s (%s): %s", (raw, format, code) => {
    expect(parseAmount(raw, format)).toEqual({ ok: false, code });
  });

  it("keeps values beyond float precision exact", () => {
    expect(parseAmount("999.999.999.999,99", "comma")).toEqual({ ok: true, value: "999999999999.99" });
  });
});

describe("detectDecimalFormat", () => {
  it.each([
    [["1.234,56"], ",", "comma", false],
    [["1,234.56"], ";", "point", false],
    [["12,5", "1.234"], ",", "comma", false],
    [["1,234", "5,000"], ",", "point", true],
    [["1.234", "5.000"], ",", "comma", true],
    [["100", "200"], ";", "comma", true],
    [["100", "200"], ",", "point", true],
  ] as const)("%j with %s → %s", (values, delimiter, format, ambiguous) => {
    expect(detectDecimalFormat(values, delimiter)).toEqual({ format, ambiguous });
  });
});
