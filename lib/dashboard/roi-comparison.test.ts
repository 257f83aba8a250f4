import { describe, expect, it } from "vitest";
import { isBelowForecast } from "./roi-comparison";

describe("isBelowForecast", () => {
  it("is true only when both ROIs are known and the measured one is lower", () => {
    expect(isBelowForecast({ actualRoiPct: -5, forecastRoiPct: 10 })).toBe(true);
    expect(isBelowForecast({ actualRoiPct: 10, forecastRoiPct: 10 })).toBe(false);
    expect(isBelowForecast({ actualRoiPct: 12, forecastRoiPct: 10 })).toBe(false);
    expect(isBelowForecast({ actualRoiPct: null, forecastRoiPct: 10 })).toBe(false);
    expect(isBelowForecast({ actualRoiPct: -5, forecastRoiPct: null })).toBe(false);
  });
});
