import { describe, expect, it } from "vitest";
import { chartFrame, chartScale, monthTicks, shortPeriod, valueAxis } from "./report-chart";

const months = (count: number, start = 2026) =>
  Array.from({ length: count }, (_, i) => `${start + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);

describe("chart primitives", () => {
  it("gives round value ticks that include 0", () => {
    // Range −100 … 380 in about 6 ticks: 480 ÷ 5 = 96, rounded up to a step of 100.
    expect(valueAxis([-100, 380])).toEqual({ min: -100, max: 400, ticks: [-100, 0, 100, 200, 300, 400] });
    // Only positive values still start at 0 (the break-even line); 0 … 7 ÷ 5 = 1.4 → step 2.
    expect(valueAxis([3, 7]).ticks).toEqual([0, 2, 4, 6, 8]);
    // Without 0 (the tornado's NPV axis): 2,959 … 5,037, range 2,077 ÷ 4 = 519 → step 1,000.
    expect(valueAxis([2959.72, 3998.19, 5036.67], 5, false).ticks).toEqual([2000, 3000, 4000, 5000, 6000]);
    // 0 … 0.3 in 3 ticks: 0.3 ÷ 2 = 0.15 → step 0.2 (printed as 0.2 and 0.4, not 0.6000000000000001).
    expect(valueAxis([0.1, 0.3], 3).ticks).toEqual([0, 0.2, 0.4]);
  });

  it("labels months on calendar boundaries, fewer as the horizon grows, in the report's language", () => {
    expect(shortPeriod("2026-03", "nl")).toBe("mrt 2026");
    expect(shortPeriod("2026-03", "en")).toBe("Mar 2026");
    const short = monthTicks(months(6), "en", 440);
    expect(short.map((t) => t.label)).toEqual(["Jan 2026", "Feb 2026", "Mar 2026", "Apr 2026", "May 2026", "Jun 2026"]);
    const tenYears = monthTicks(months(120), "nl", 440);
    expect(tenYears.map((t) => t.label)).toEqual(Array.from({ length: 10 }, (_, y) => `jan ${2026 + y}`));
    expect(tenYears.map((t) => t.index)).toEqual(Array.from({ length: 10 }, (_, y) => y * 12));
    // Two years: every 3rd month at least (quarters), never more labels than fit.
    const two = monthTicks(months(24), "en", 440);
    expect(two.length).toBeLessThanOrEqual(12);
    expect(two.every((t) => t.index % 3 === 0)).toBe(true);
    // Room for one label over February … June: the step becomes 6 months, and no January or
    // July falls inside, so the first month is labelled rather than none.
    expect(monthTicks(["2026-02", "2026-03", "2026-04", "2026-05", "2026-06"], "en", 10)).toEqual([
      { index: 0, label: "Feb 2026" },
    ]);
  });

  it("maps the first and last point to the plot's edges and the axis to its height", () => {
    const frame = chartFrame({ width: 500, plotHeight: 100, labelWidth: 40 });
    const scale = chartScale(frame, 11, { min: -100, max: 100, ticks: [] });
    expect(scale.x(0)).toBe(40);
    expect(scale.x(10)).toBe(40 + frame.plot.width);
    expect(scale.y(100)).toBe(frame.plot.top);
    expect(scale.y(0)).toBe(frame.plot.top + 50);
  });
});
