import { describe, expect, it } from "vitest";
import {
  findMonthOfPeriod,
  deriveMonthOfDate,
  formatPeriod,
  listPeriods,
  parsePeriod,
} from "./periods";

describe("periods", () => {
  it("formats month numbers as calendar periods across year ends", () => {
    expect(formatPeriod("2026-01", 1)).toBe("2026-01");
    expect(formatPeriod("2026-11", 3)).toBe("2027-01");
    expect(listPeriods("2025-12", 3)).toEqual(["2025-12", "2026-01", "2026-02"]);
    expect(listPeriods("2026-01", 120)[119]).toBe("2035-12");
  });

  it("counts month numbers from the start month, before and after it", () => {
    expect(findMonthOfPeriod("2026-01", "2026-01")).toBe(1);
    expect(findMonthOfPeriod("2026-01", "2026-11")).toBe(11);
    expect(findMonthOfPeriod("2026-03", "2026-01")).toBe(-1);
  });

  it("derives today's month number from a date (UTC) or a string", () => {
    expect(deriveMonthOfDate("2026-01", "2026-11-25")).toBe(11);
    expect(deriveMonthOfDate("2026-01", new Date(Date.UTC(2026, 10, 30, 23, 59)))).toBe(11);
    expect(deriveMonthOfDate("2025-06", "2026-11")).toBe(18);
  });

  it("parses only valid YYYY-MM", () => {
    expect(parsePeriod("2026-12")).toEqual({ year: 2026, month: 12 });
    expect(parsePeriod("2026-00")).toBeNull();
    expect(parsePeriod("26-01")).toBeNull();
    expect(() => formatPeriod("nope", 1)).toThrow(/YYYY-MM/);
  });

});
