import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { formatDate, formatMoney, formatNumber, formatPercent, formatPeriod, roundHalfUp } from "./format";

// Intl puts a no-break space (U+00A0) between the euro sign and the amount in Dutch.
const NBSP = "\u00a0";

describe("formatMoney", () => {
  it.each([
    ["1234.56", "nl", `€${NBSP}1.234,56`],
    ["1234.56", "en", "€1,234.56"],
    [0, "nl", `€${NBSP}0,00`],
    [1234.5, "en", "€1,234.50"],
    ["-1234.5", "nl", `€${NBSP}-1.234,50`],
    ["-1234.5", "en", "-€1,234.50"],
    ["1000000", "nl", `€${NBSP}1.000.000,00`],
  ] as const)("%s in %s → %s", (value, locale, expected) => {
    expect(formatMoney(value, locale)).toBe(expected);
  });

  it.each([
    [1.005, "€1.01"],
    [2.675, "€2.68"],
    [-1.005, "-€1.01"],
    [0.005, "€0.01"],
    [1.004999, "€1.00"],
    ["0.125", "€0.13"],
  ] as const)("rounds %s half away from zero → %s (no binary float error)", (value, expected) => {
    expect(formatMoney(value, "en")).toBe(expected);
  });

  it("keeps every digit of values beyond float precision", () => {
    expect(formatMoney("12345678901234567.895", "nl")).toBe(`€${NBSP}12.345.678.901.234.567,90`);
    expect(formatMoney("12345678901234567.894", "en")).toBe("€12,345,678,901,234,567.89");
    expect(formatMoney(new Decimal("99999999999999999999.995"), "en")).toBe("€100,000,000,000,000,000,000.00");
  });

  it("accepts Decimal-like objects such as Prisma's Decimal", () => {
    expect(formatMoney({ toString: () => "42.125" }, "nl")).toBe(`€${NBSP}42,13`);
  });

  it("never shows a negative zero for amounts that round to nothing", () => {
    expect(formatMoney("-0.004", "en")).toBe("€0.00");
    expect(formatMoney("-0.004", "nl")).toBe(`€${NBSP}0,00`);
  });

  it("uses the workspace currency", () => {
    expect(formatMoney("10", "en", "GBP")).toBe("£10.00");
    expect(formatMoney("10", "nl", "USD")).toBe(`US$${NBSP}10,00`);
  });
});

describe("roundHalfUp", () => {
  it.each([
    ["1.005", 2, "1.01"],
    ["-1.005", 2, "-1.01"],
    ["1.5", 0, "2"],
    ["-2.5", 0, "-3"],
    ["0.0049", 2, "0.00"],
    ["-0.0049", 2, "0.00"],
    ["123.4567", 3, "123.457"],
  ] as const)("%s to %i places → %s", (value, places, expected) => {
    expect(roundHalfUp(value, places)).toBe(expected);
  });
});

describe("formatPercent", () => {
  it("formats a percentage value in the locale, rounded half-up", () => {
    expect(formatPercent("83.333", "nl")).toBe("83,33%");
    expect(formatPercent(12.345, "en")).toBe("12.35%");
    expect(formatPercent("1234.5", "nl")).toBe("1.234,50%");
    expect(formatPercent(-5, "en")).toBe("-5.00%");
  });

  it("shows an em dash when there is no value", () => {
    expect(formatPercent(null, "nl")).toBe("—");
    expect(formatPercent(null, "en")).toBe("—");
  });
});

describe("formatNumber", () => {
  it("drops trailing zeros and groups digits", () => {
    expect(formatNumber("1234.5", "nl")).toBe("1.234,5");
    expect(formatNumber("1234.567", "en")).toBe("1,234.57");
    expect(formatNumber("7", "en")).toBe("7");
  });
});

describe("formatPeriod", () => {
  it.each([
    ["2026-03", "nl", "maart 2026"],
    ["2026-03", "en", "March 2026"],
    ["2025-12", "nl", "december 2025"],
    ["2026-01", "en", "January 2026"],
  ] as const)("%s in %s → %s", (period, locale, expected) => {
    expect(formatPeriod(period, locale)).toBe(expected);
  });
});

describe("formatDate", () => {
  it("shows the calendar day in Amsterdam, not UTC", () => {
    // 23:30 UTC on 1 March is already 2 March in Amsterdam.
    const instant = new Date("2026-03-01T23:30:00Z");
    expect(formatDate(instant, "nl")).toBe("2 mrt 2026");
    expect(formatDate(instant, "en", "long")).toBe("2 March 2026");
  });
});
