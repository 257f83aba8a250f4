import { describe, expect, it } from "vitest";
import { endOfPeriod, isPeriod, monthRangeOf, nextPeriodOf, placePeriod, previousPeriodOf } from "./month-period";

describe("month periods", () => {
  it.each([
    ["2026-03", true],
    ["2026-12", true],
    ["2026-13", false],
    ["2026-00", false],
    ["2026-3", false],
    ["2026-03-01", false],
    ["26-03", false],
    ["", false],
    [" 2026-03", false],
  ])("isPeriod(%j) = %s", (value, expected) => {
    expect(isPeriod(value)).toBe(expected);
  });

  it("steps across year boundaries", () => {
    expect(previousPeriodOf("2026-01")).toBe("2025-12");
    expect(nextPeriodOf("2025-12")).toBe("2026-01");
  });

  it("the end of a month is its last day (leap years included)", () => {
    expect(endOfPeriod("2028-02").toISOString()).toBe("2028-02-29T12:00:00.000Z");
    expect(endOfPeriod("2026-12").toISOString()).toBe("2026-12-31T12:00:00.000Z");
  });

  it("the range runs from the earliest start to the current month", () => {
    const today = new Date("2026-11-15T12:00:00Z");
    const range = monthRangeOf(["2025-10", "2025-07", "2026-01"], today);
    expect(range).toEqual({ first: "2025-07", current: "2026-11" });
    expect(placePeriod("2025-06", range)).toBe("before-first");
    expect(placePeriod("2025-07", range)).toBe("in-range");
    expect(placePeriod("2026-11", range)).toBe("in-range");
    expect(placePeriod("2026-12", range)).toBe("after-current");
    // No investments, or only future ones: the current month alone.
    expect(monthRangeOf([], today)).toEqual({ first: "2026-11", current: "2026-11" });
    expect(monthRangeOf(["2027-02"], today)).toEqual({ first: "2026-11", current: "2026-11" });
  });
});
