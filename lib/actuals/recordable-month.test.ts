import { describe, expect, it } from "vitest";
import { FUTURE_MONTH_MESSAGE, recordableMonthError } from "./recordable-month";

const span = { startMonth: "2025-11", horizonMonths: 6 };
const today = new Date("2026-02-15T12:00:00Z");

describe("recordableMonthError", () => {
  it.each([
    ["2025-11", null],
    ["2026-02", null],
    ["2026-03", FUTURE_MONTH_MESSAGE],
    ["2026-04", FUTURE_MONTH_MESSAGE],
    ["2025-10", "This month is outside the investment's horizon (2025-11 to 2026-04)"],
    ["2026-05", "This month is outside the investment's horizon (2025-11 to 2026-04)"],
  ])("%s → %s", (month, expected) => {
    expect(recordableMonthError(span, month, today)).toBe(expected);
  });

  it("allows every month of a finished investment", () => {
    expect(recordableMonthError(span, "2026-04", new Date("2030-01-01T00:00:00Z"))).toBeNull();
  });
});
