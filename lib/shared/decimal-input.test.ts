import { describe, expect, it } from "vitest";
import { parseDecimalInput, type DecimalNotation } from "./decimal-input";

describe("parseDecimalInput", () => {
  it.each<[string, DecimalNotation, string]>([
    // Dutch notation (decimal comma)
    ["1.234", "comma", "1234"],
    ["1.234.567,89", "comma", "1234567.89"],
    ["1234,56", "comma", "1234.56"],
    ["0,005", "comma", "0.005"],
    [",5", "comma", "0.5"],
    ["€ 1.234,56", "comma", "1234.56"],
    ["1 234,56", "comma", "1234.56"],
    ["1234,5 EUR", "comma", "1234.5"],
    ["-12,5", "comma", "-12.5"],
    ["€ -1.234,56", "comma", "-1234.56"],
    ["(5,00)", "comma", "-5.00"],
    ["007", "comma", "7"],
    ["0", "comma", "0"],
    ["-0", "comma", "0"],
    // English notation (decimal point)
    ["1,234", "point", "1234"],
    ["1,234,567.89", "point", "1234567.89"],
    ["0.005", "point", "0.005"],
    ["1.230", "point", "1.230"],
    ["1\u00a0234.56", "point", "1234.56"],
    ["1'234.56", "point", "1234.56"],
    ["+12", "point", "12"],
    ["−12.5", "point", "-12.5"],
    ["$1,234.56", "point", "1234.56"],
    ["9,007,199,254,740,993.01", "point", "9007199254740993.01"],
    // Either: the last separator is the decimal one, a repeated one groups
    ["1.234,56", "either", "1234.56"],
    ["1,234.56", "either", "1234.56"],
    ["12,5", "either", "12.5"],
    ["0.005", "either", "0.005"],
    ["1.234.567", "either", "1234567"],
    ["1,234,567", "either", "1234567"],
    [" € 2 000 ", "either", "2000"],
  ])("reads %j (%s) as %s", (text, notation, value) => {
    expect(parseDecimalInput(text, notation)).toEqual({ ok: true, value });
  });

  it.each<[string, DecimalNotation]>([
    // Grouping in the wrong places is refused, never guessed
    ["0.005", "comma"],
    ["0.123,5", "comma"],
    ["1.23", "comma"],
    ["12.34.567", "comma"],
    ["1.2345", "comma"],
    ["1234.567", "comma"],
    ["0,005", "point"],
    ["1,23", "point"],
    ["12,34,567", "point"],
    ["12,34.5", "point"],
    ["1.23.4", "either"],
    ["12.34.567", "either"],
    ["0.005.000", "either"],
    ["1.234 567", "comma"],
    // The other notation
    ["1,234.56", "comma"],
    ["1.234,56", "point"],
    ["1234,56", "point"],
    // Not numbers
    ["1e5", "point"],
    ["0x10", "point"],
    ["0b101", "point"],
    ["Infinity", "point"],
    ["NaN", "point"],
    ["abc", "point"],
    ["1.", "point"],
    ["1,", "comma"],
    ["--1", "point"],
    ["-(5)", "point"],
    ["(-5)", "point"],
    ["€", "comma"],
    ["12 34", "point"],
    ["١٢٣", "point"],
    ["1".repeat(65), "point"],
  ])("refuses %j (%s)", (text, notation) => {
    expect(parseDecimalInput(text, notation)).toEqual({ ok: false, reason: "FORMAT" });
  });

  it("says empty for blank input", () => {
    expect(parseDecimalInput("", "comma")).toEqual({ ok: false, reason: "EMPTY" });
    expect(parseDecimalInput("  ", "either")).toEqual({ ok: false, reason: "EMPTY" });
  });
});
