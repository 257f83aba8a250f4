import { describe, expect, it } from "vitest";
import { KPI_VALUE, MONEY, parseLocaleDecimal, readDecimal } from "./locale-decimal";

describe("parseLocaleDecimal", () => {
  it.each([
    ["1234.56", "en", "1234.56"],
    ["1,234.56", "en", "1234.56"],
    ["1,234,567.8", "en", "1234567.8"],
    ["1234,56", "nl", "1234.56"],
    ["1.234,56", "nl", "1234.56"],
    ["1.234.567,8", "nl", "1234567.8"],
    ["1.234", "nl", "1234"],
    ["1.234", "en", "1.234"],
    ["€ 1.234,56", "nl", "1234.56"],
    ["€1,234.56", "en", "1234.56"],
    ["1 234,56", "nl", "1234.56"],
    ["1\u00a0234.56", "en", "1234.56"],
    ["  42  ", "en", "42"],
    ["0,5", "nl", "0.5"],
    [",5", "nl", "0.5"],
    [".5", "en", "0.5"],
    ["007", "en", "7"],
    ["-12,5", "nl", "-12.5"],
    ["−12.5", "en", "-12.5"],
    ["€ -1.234,56", "nl", "-1234.56"],
    ["-0", "en", "0"],
    ["1234.56 EUR", "en", "1234.56"],
    ["0.1", "en", "0.1"],
  ] as const)("%s (%s) → %s", (text, locale, value) => {
    expect(parseLocaleDecimal(text, locale)).toEqual({ ok: true, value });
  });

  it.each([
    ["1.234,56", "en"],
    ["1,234.56", "nl"],
    ["1234.56", "nl"],
    ["1234,56", "en"],
    ["12,34.5", "en"],
    ["1,2345", "en"],
    ["1e5", "en"],
    ["abc", "en"],
    ["1.", "en"],
    ["1,2,3", "nl"],
    ["--1", "en"],
    ["€", "nl"],
    ["12 34", "en"],
    ["Infinity", "en"],
    ["NaN", "en"],
    ["0x10", "en"],
    ["1".repeat(65), "en"],
    ["١٢٣", "en"],
    // Grouping only in the right places: "0.005" is not five in Dutch notation.
    ["0.005", "nl"],
    ["1.23", "nl"],
    ["12.34.567", "nl"],
    ["0,005", "en"],
    ["1,23", "en"],
    ["12,34,567", "en"],
  ] as const)("rejects %s (%s)", (text, locale) => {
    expect(parseLocaleDecimal(text, locale)).toEqual({ ok: false, reason: "FORMAT" });
  });

  it("says empty for blank input", () => {
    expect(parseLocaleDecimal("", "nl")).toEqual({ ok: false, reason: "EMPTY" });
    expect(parseLocaleDecimal("   ", "en")).toEqual({ ok: false, reason: "EMPTY" });
  });

  it("keeps digits beyond float precision exactly", () => {
    expect(parseLocaleDecimal("9.007.199.254.740.993,01", "nl")).toEqual({ ok: true, value: "9007199254740993.01" });
  });
});

describe("readDecimal", () => {
  it("normalises money to cents", () => {
    expect(readDecimal("1.234,5", "nl", MONEY)).toEqual({ ok: true, value: "1234.50" });
    expect(readDecimal("0", "en", MONEY)).toEqual({ ok: true, value: "0.00" });
    expect(readDecimal("", "en", MONEY)).toEqual({ ok: true, value: null });
  });

  it("rejects negative money, absurd values and sub-cent amounts", () => {
    expect(readDecimal("-1", "en", MONEY)).toEqual({ ok: false, message: "Amounts cannot be negative" });
    expect(readDecimal("1000000000000.01", "en", MONEY)).toEqual({
      ok: false,
      message: "This number is too large (at most 1,000,000,000,000)",
    });
    expect(readDecimal("1000000000000", "en", MONEY)).toEqual({ ok: true, value: "1000000000000.00" });
    expect(readDecimal("1.005", "en", MONEY)).toEqual({ ok: false, message: "Use at most 2 decimals" });
    expect(readDecimal("1.500", "en", MONEY)).toEqual({ ok: true, value: "1.50" });
  });

  it("refuses ambiguous grouping instead of storing 0.005 as 5.00", () => {
    expect(readDecimal("0.005", "nl", MONEY)).toEqual({ ok: false, message: "Enter a number like 1.234,56" });
    expect(readDecimal("1.234", "nl", MONEY)).toEqual({ ok: true, value: "1234.00" });
  });

  it("explains the locale's format", () => {
    expect(readDecimal("1.234,56", "en", MONEY)).toEqual({ ok: false, message: "Enter a number like 1,234.56" });
    expect(readDecimal("1,234.56", "nl", MONEY)).toEqual({ ok: false, message: "Enter a number like 1.234,56" });
  });

  it("allows negative KPI values with four decimals", () => {
    expect(readDecimal("-12,3456", "nl", KPI_VALUE)).toEqual({ ok: true, value: "-12.3456" });
    expect(readDecimal("2.10", "en", KPI_VALUE)).toEqual({ ok: true, value: "2.1" });
    expect(readDecimal("1.23456", "en", KPI_VALUE)).toEqual({ ok: false, message: "Use at most 4 decimals" });
    expect(readDecimal("-2000000000000", "en", KPI_VALUE)).toEqual({
      ok: false,
      message: "This number is too large (at most 1,000,000,000,000)",
    });
  });
});
