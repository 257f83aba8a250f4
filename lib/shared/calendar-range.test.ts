import { describe, expect, it } from "vitest";
import { YEAR_RANGE_MESSAGE, checkDayText, checkPeriodText, periodField } from "./calendar-range";

describe("checkPeriodText", () => {
  it.each([
    ["2026-01", "ok"],
    ["1900-01", "ok"],
    ["2199-12", "ok"],
    ["0000-01", "range"],
    ["1899-12", "range"],
    ["2200-01", "range"],
    ["9999-12", "range"],
    ["2026-13", "format"],
    ["2026-1", "format"],
    ["26-01", "format"],
  ] as const)("%s → %s", (text, result) => expect(checkPeriodText(text)).toBe(result));
});

describe("checkDayText", () => {
  it.each([
    ["2026-01-31", "ok"],
    ["2024-02-29", "ok"],
    ["0000-01-01", "range"],
    ["1899-12-31", "range"],
    ["2200-01-01", "range"],
    ["2026-02-29", "format"],
    ["2026-02-30", "format"],
    ["2026-1-1", "format"],
  ] as const)("%s → %s", (text, result) => expect(checkDayText(text)).toBe(result));
});

describe("periodField", () => {
  it("says the format or the year range, one message at a time", () => {
    const field = periodField("Use a month like 2026-01");
    expect(field.safeParse("2026-01").success).toBe(true);
    expect(field.safeParse("0000-01").error?.issues.map((i) => i.message)).toEqual([YEAR_RANGE_MESSAGE]);
    expect(field.safeParse("soon").error?.issues.map((i) => i.message)).toEqual(["Use a month like 2026-01"]);
  });
});
