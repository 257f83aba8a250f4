import { describe, expect, it } from "vitest";
import { drawableBarValue, percentAxisMinimum } from "./bar-values";
import { seriesExtremesOf, seriesTrendOf } from "./chart-summary";

describe("seriesTrendOf", () => {
  const points = [
    { period: "2026-01", roi: null as number | null },
    { period: "2026-02", roi: -12 },
    { period: "2026-03", roi: null },
    { period: "2026-04", roi: 3.5 },
    { period: "2026-05", roi: 8 },
    { period: "2026-06", roi: null },
  ];

  it("runs from the first to the last period with a figure, skipping gaps", () => {
    expect(seriesTrendOf(points, "roi")).toEqual({ kind: "trend", from: { at: "2026-02", value: -12 }, to: { at: "2026-05", value: 8 } });
  });

  it("names the only figure, or none", () => {
    expect(seriesTrendOf(points.slice(0, 3), "roi")).toEqual({ kind: "single", point: { at: "2026-02", value: -12 } });
    expect(seriesTrendOf([{ period: "2026-01", roi: null }], "roi")).toEqual({ kind: "none" });
    expect(seriesTrendOf([], "roi")).toEqual({ kind: "none" });
  });

  it("leaves out values that are not finite numbers", () => {
    expect(seriesTrendOf([{ period: "2026-01", roi: Number.NaN }, { period: "2026-02", roi: 4 }], "roi")).toEqual({ kind: "single", point: { at: "2026-02", value: 4 } });
  });
});

describe("seriesExtremesOf", () => {
  const rows = [
    { label: "Marketing", roi: 12 },
    { label: "IT", roi: -40 },
    { label: "HR", roi: null },
    { label: "Sales", roi: 55 },
  ];
  const extremes = (r: typeof rows) => seriesExtremesOf(r, (row) => row.label, (row) => row.roi);

  it("names the highest and the lowest category", () => {
    expect(extremes(rows)).toEqual({ kind: "range", high: { at: "Sales", value: 55 }, low: { at: "IT", value: -40 } });
  });

  it("names the only measured category, or none", () => {
    expect(extremes(rows.slice(2, 3).concat(rows[0]))).toEqual({ kind: "single", point: { at: "Marketing", value: 12 } });
    expect(extremes([rows[2]])).toEqual({ kind: "none" });
  });
});

describe("bar values", () => {
  it("draws a missing value as no bar, never NaN", () => {
    expect(drawableBarValue(null)).toBe(0);
    expect(drawableBarValue(Number.NaN)).toBe(0);
    expect(drawableBarValue(-7.5)).toBe(-7.5);
  });

  it("starts a percent axis at zero or the next multiple of 10 below the lowest value", () => {
    expect(percentAxisMinimum([12, 40, null])).toBe(0);
    expect(percentAxisMinimum([12, -3, null])).toBe(-10);
    expect(percentAxisMinimum([-40, 5])).toBe(-40);
    expect(percentAxisMinimum([null, null])).toBe(0);
  });
});
