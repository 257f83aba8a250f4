import { describe, expect, it } from "vitest";
import { forecastDriftOf } from "./drift";
import { summariseAll, summariseByCategory, summariseByWorkspace, summariseVersions, latestVersionOf, type InvestmentAccuracy } from "./summary";
import { errorPctOf, versionAccuracyOf, type AccuracySource, type VersionAccuracy } from "./version-accuracy";

// A shop's loyalty programme starting 2026-01.
// v1 (approved 2025-12-15): 1,000 a month for 12 months, expected scenario × 0.9 → 900 a month.
// Jan–Mar are recorded under v1 (400, 600, 800); the plan is lowered in April:
// v2 (approved 2026-04-10) starts 2026-04 (its month 1 = April), 600 a month for 9 months.
// Apr and May are recorded under v2 (500, 500). v3 (approved 2026-06-20) has nothing recorded.
const plan = (startMonth: string, horizonMonths: number, monthly: number, expected?: number) => ({
  name: "Loyalty",
  currency: "EUR",
  startMonth,
  horizonMonths,
  costs: [{ kind: "oneTime", label: "Set-up", amount: 2000, month: 1 }],
  benefits: [{ kind: "fixed", label: "Repeat sales", monthly }],
  ...(expected !== undefined ? { scenarios: { expected } } : {}),
});
const month = (period: string) => new Date(`${period}-01T00:00:00Z`);

const source: AccuracySource = {
  versions: [
    // Newest first, as getInvestmentDetail loads them: the result is oldest first anyway.
    { id: "v3", version: 3, createdAt: new Date("2026-06-20T09:00:00Z"), definition: plan("2026-04", 9, 550) },
    { id: "v2", version: 2, createdAt: new Date("2026-04-10T09:00:00Z"), definition: plan("2026-04", 9, 600) },
    { id: "v1", version: 1, createdAt: new Date("2025-12-15T09:00:00Z"), definition: plan("2026-01", 12, 1000, 0.9) },
  ],
  actuals: [
    { month: month("2026-01"), benefit: "400", planVersionId: "v1" },
    { month: month("2026-02"), benefit: "600", planVersionId: "v1" },
    { month: month("2026-03"), benefit: "800", planVersionId: "v1" },
    { month: month("2026-04"), benefit: "500", planVersionId: "v2" },
    { month: month("2026-05"), benefit: "500", planVersionId: "v2" },
  ],
};

describe("versionAccuracyOf", () => {
  it("measures each version over the months it was in force and since; the re-forecast lowered the plan", () => {
    expect(versionAccuracyOf(source)).toEqual<VersionAccuracy[]>([
      {
        // Jan–May: forecast 5 × 1,000 × 0.9 = 4,500; realised 400 + 600 + 800 + 500 + 500 = 2,800;
        // (4,500 − 2,800) ÷ 2,800 × 100 = 60.714… → 60.71.
        version: 1,
        approvedPeriod: "2025-12",
        fromPeriod: "2026-01",
        months: 5,
        forecastBenefit: "4500.00",
        actualBenefit: "2800.00",
        errorPct: 60.71,
        gap: null,
      },
      {
        // Apr–May are v2's months 1–2 (aligned by calendar month): 2 × 600 = 1,200 against 1,000;
        // (1,200 − 1,000) ÷ 1,000 × 100 = 20.
        version: 2,
        approvedPeriod: "2026-04",
        fromPeriod: "2026-04",
        months: 2,
        forecastBenefit: "1200.00",
        actualBenefit: "1000.00",
        errorPct: 20,
        gap: null,
      },
      {
        // Nothing recorded under v3: its window starts at its approval month (June) and holds no month yet.
        version: 3,
        approvedPeriod: "2026-06",
        fromPeriod: "2026-06",
        months: 0,
        forecastBenefit: "0.00",
        actualBenefit: "0.00",
        errorPct: null,
        gap: "NO_MONTHS",
      },
    ]);
  });

  it("leaves a window whose realised benefit is 0 unmeasurable, and flags a plan that no longer parses", () => {
    const zero: AccuracySource = {
      versions: [
        { id: "a", version: 1, createdAt: new Date("2026-01-05T00:00:00Z"), definition: plan("2026-01", 12, 1000) },
        { id: "b", version: 2, createdAt: new Date("2026-02-05T00:00:00Z"), definition: { name: "broken" } },
      ],
      actuals: [
        { month: month("2026-01"), benefit: "0", planVersionId: "a" },
        { month: month("2026-02"), benefit: "0.00", planVersionId: "b" },
      ],
    };
    const [a, b] = versionAccuracyOf(zero);
    // Forecast 2 × 1,000 = 2,000 against 0: a percentage of nothing.
    expect(a).toMatchObject({ months: 2, forecastBenefit: "2000.00", actualBenefit: "0.00", errorPct: null, gap: "ZERO_ACTUAL" });
    expect(b).toMatchObject({ months: 1, forecastBenefit: null, errorPct: null, gap: "INVALID_PLAN" });
  });

  it("takes months recorded late under an earlier version into that version's window, and none before it", () => {
    // January recorded under v2 (back-filled after the re-forecast): v2's window starts in January.
    const late: AccuracySource = {
      versions: [
        { id: "v1", version: 1, createdAt: new Date("2026-01-02T00:00:00Z"), definition: plan("2026-01", 12, 100) },
        { id: "v2", version: 2, createdAt: new Date("2026-03-02T00:00:00Z"), definition: plan("2026-01", 12, 80) },
      ],
      actuals: [
        { month: month("2025-12"), benefit: "999", planVersionId: null },
        { month: month("2026-01"), benefit: "50", planVersionId: "v2" },
        { month: month("2026-02"), benefit: "70", planVersionId: "v1" },
      ],
    };
    const [v1, v2] = versionAccuracyOf(late);
    // v1: February only: 100 against 70 → 42.857… → 42.86.
    expect(v1).toMatchObject({ fromPeriod: "2026-02", months: 1, forecastBenefit: "100.00", actualBenefit: "70.00", errorPct: 42.86 });
    // v2: January and February: 160 against 120 → 33.333… → 33.33 (December 2025 lies before both).
    expect(v2).toMatchObject({ fromPeriod: "2026-01", months: 2, forecastBenefit: "160.00", actualBenefit: "120.00", errorPct: 33.33 });
  });
});

describe("errorPctOf", () => {
  it("is positive when the forecast ran above the realised benefit, measured against |actual|", () => {
    expect(errorPctOf("1500", "1000")).toBe(50);
    expect(errorPctOf("800", "1000")).toBe(-20);
    // Realised −200 against a forecast of 100: (100 − −200) ÷ 200 × 100 = 150 (still "above").
    expect(errorPctOf("100", "-200")).toBe(150);
    expect(errorPctOf("100", "0")).toBeNull();
    // 1 ÷ 3 × 100 = 33.333… → 33.33; 2 ÷ 3 × 100 = 66.666… → 66.67 (half-up).
    expect(errorPctOf("4", "3")).toBe(33.33);
    expect(errorPctOf("1", "3")).toBe(-66.67);
  });
});

describe("summaries", () => {
  const version = (errorPct: number | null): VersionAccuracy => ({
    version: 1,
    approvedPeriod: "2026-01",
    fromPeriod: "2026-01",
    months: errorPct === null ? 0 : 3,
    forecastBenefit: "0.00",
    actualBenefit: "0.00",
    errorPct,
    gap: errorPct === null ? "NO_MONTHS" : null,
  });
  const investments: InvestmentAccuracy[] = [
    { investmentId: "i1", workspaceId: "w1", name: "Loyalty", category: "loyalty", currency: "EUR", versions: [version(60.71), version(20)] },
    { investmentId: "i2", workspaceId: "w1", name: "Ads", category: "marketing", currency: "USD", versions: [version(-10), version(null)] },
    { investmentId: "i3", workspaceId: "w2", name: "Robots", category: "process", currency: "EUR", versions: [version(-35.5)] },
    { investmentId: "i4", workspaceId: "w2", name: "Draft", category: "process", currency: "EUR", versions: [] },
  ];

  it("averages signed and absolute errors of the measurable versions, whatever their currency", () => {
    // Bias (60.71 + 20 − 10 − 35.5) ÷ 4 = 35.21 ÷ 4 = 8.8025 → 8.80;
    // MAPE (60.71 + 20 + 10 + 35.5) ÷ 4 = 126.21 ÷ 4 = 31.5525 → 31.55 (half-up).
    expect(summariseAll(investments)).toEqual({ n: 4, notMeasurable: 1, biasPct: 8.8, mapePct: 31.55 });
    expect(summariseVersions([])).toEqual({ n: 0, notMeasurable: 0, biasPct: null, mapePct: null });
    expect(summariseVersions([version(null)])).toEqual({ n: 0, notMeasurable: 1, biasPct: null, mapePct: null });
  });

  it("groups by category in the given order and by workspace", () => {
    expect(summariseByCategory(investments, ["process", "marketing", "loyalty"])).toEqual([
      // process: −35.5 only (the draft has no versions).
      { category: "process", n: 1, notMeasurable: 0, biasPct: -35.5, mapePct: 35.5 },
      { category: "marketing", n: 1, notMeasurable: 1, biasPct: -10, mapePct: 10 },
      // loyalty: (60.71 + 20) ÷ 2 = 40.355 → 40.36 for both.
      { category: "loyalty", n: 2, notMeasurable: 0, biasPct: 40.36, mapePct: 40.36 },
    ]);
    const byWorkspace = summariseByWorkspace(investments);
    // w1: bias (60.71 + 20 − 10) ÷ 3 = 70.71 ÷ 3 = 23.57; MAPE 90.71 ÷ 3 = 30.236… → 30.24.
    expect(byWorkspace.get("w1")).toEqual({ n: 3, notMeasurable: 1, biasPct: 23.57, mapePct: 30.24 });
    expect(byWorkspace.get("w2")).toEqual({ n: 1, notMeasurable: 0, biasPct: -35.5, mapePct: 35.5 });
  });

  it("finds the latest version whatever the order", () => {
    expect(latestVersionOf([{ ...version(1), version: 2 }, { ...version(5), version: 3 }, version(9)])?.errorPct).toBe(5);
    expect(latestVersionOf([])).toBeNull();
  });
});

describe("forecastDriftOf", () => {
  it("draws each version's cumulative forecast by calendar month beside the realised cumulative benefit", () => {
    const drift = forecastDriftOf(source);
    expect(drift.versions).toEqual([1, 2, 3]);
    // v1 covers 2026-01…2026-12, v2 and v3 2026-04…2026-12: 12 months in all.
    expect(drift.points.map((p) => p.period)).toEqual(Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`));
    const at = (period: string) => drift.points.find((p) => p.period === period);
    // January: v1 900; v2 and v3 have not started; realised 400.
    expect(at("2026-01")).toEqual({ period: "2026-01", v1: 900, v2: null, v3: null, actual: 400 });
    // May: v1 5 × 900 = 4,500; v2 2 × 600 = 1,200; v3 2 × 550 = 1,100; realised 2,800.
    expect(at("2026-05")).toEqual({ period: "2026-05", v1: 4500, v2: 1200, v3: 1100, actual: 2800 });
    // December: v1 12 × 900 = 10,800; v2 9 × 600 = 5,400; nothing realised after May.
    expect(at("2026-12")).toEqual({ period: "2026-12", v1: 10800, v2: 5400, v3: 4950, actual: null });
    expect(drift.accuracy.map((v) => v.errorPct)).toEqual([60.71, 20, null]);
  });

  it("is empty without versions or actuals", () => {
    expect(forecastDriftOf({ versions: [], actuals: [] })).toEqual({ versions: [], points: [], accuracy: [] });
  });
});
