import { describe, expect, it } from "vitest";
import { openingPeriod, type MonthOpeningFacts } from "./month-opening";

const started = (firstPeriod: string | null, currentMonthHasData: boolean): MonthOpeningFacts => ({ firstPeriod, currentMonthHasData });

describe("openingPeriod", () => {
  it("opens the last complete month while the current month is still empty", () => {
    expect(openingPeriod(new Date("2026-11-01T08:00:00Z"), started("2025-03", false))).toBe("2026-10");
    expect(openingPeriod(new Date("2026-11-15T12:00:00Z"), started("2025-03", false))).toBe("2026-10");
    expect(openingPeriod(new Date("2026-11-30T23:59:59Z"), started("2025-03", false))).toBe("2026-10");
  });

  it("opens the current month once anything is recorded for it", () => {
    expect(openingPeriod(new Date("2026-11-01T08:00:00Z"), started("2025-03", true))).toBe("2026-11");
    expect(openingPeriod(new Date("2026-11-15T12:00:00Z"), started("2025-03", true))).toBe("2026-11");
  });

  it("goes back across the year boundary in January", () => {
    expect(openingPeriod(new Date("2027-01-01T00:30:00Z"), started("2026-01", false))).toBe("2026-12");
    expect(openingPeriod(new Date("2027-01-01T00:30:00Z"), started("2026-01", true))).toBe("2027-01");
  });

  it("counts months in UTC, like the rest of the month view", () => {
    // Still 31 December in UTC (already 1 January in Amsterdam): December is the current month.
    expect(openingPeriod(new Date("2026-12-31T23:30:00Z"), started("2026-01", false))).toBe("2026-11");
    expect(openingPeriod(new Date("2026-12-31T23:30:00Z"), started("2026-01", true))).toBe("2026-12");
  });

  it("opens the current month when there is no previous month to show", () => {
    // Investments that start this month, none at all, or a first month in the future of the previous one.
    expect(openingPeriod(new Date("2026-11-03T09:00:00Z"), started("2026-11", false))).toBe("2026-11");
    expect(openingPeriod(new Date("2026-11-03T09:00:00Z"), started(null, false))).toBe("2026-11");
    expect(openingPeriod(new Date("2027-01-03T09:00:00Z"), started("2027-01", false))).toBe("2027-01");
  });

  it("opens the previous month when that is exactly the first month", () => {
    expect(openingPeriod(new Date("2026-11-03T09:00:00Z"), started("2026-10", false))).toBe("2026-10");
    expect(openingPeriod(new Date("2027-01-03T09:00:00Z"), started("2026-12", false))).toBe("2026-12");
  });
});
