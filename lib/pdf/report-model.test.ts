import { describe, expect, it } from "vitest";
import { periodOfMonthNumber, periodToDate } from "@/lib/investments/months";
import { LEAK_CATALOGUES } from "@/lib/leaks/leak-messages";
import type { Review } from "@/lib/portfolio/leak-reviews";
import { buildReportModel, type SourceInvestment } from "./report-model";
import {
  defaultReportPeriod,
  parseReportLocale,
  parseReportPeriod,
  parseReportScenario,
  reportAsOf,
  type ReportOptions,
} from "./report-period";

const today = new Date("2026-11-15T12:00:00Z");

describe("parseReportPeriod", () => {
  it.each([
    ["2026-10", { from: "2026-10", to: "2026-10" }],
    ["2026-01..2026-10", { from: "2026-01", to: "2026-10" }],
    [" 2025-07..2026-11 ", { from: "2025-07", to: "2026-11" }],
  ])("accepts %j", (input, expected) => {
    expect(parseReportPeriod(input, today)).toEqual(expected);
  });

  it.each(["", "2026-13", "2026-1", "2026-01..", "2026-01..2026-02..2026-03", "2026-01-01", "1899-12", "2026/01"])(
    "refuses %j, naming the field",
    (input) => {
      expect(() => parseReportPeriod(input, today)).toThrowError(/^period must be YYYY-MM or YYYY-MM\.\.YYYY-MM/);
      try {
        parseReportPeriod(input, today);
      } catch (error) {
        expect(error).toMatchObject({ code: "INVALID_INPUT", fieldErrors: { period: [expect.any(String)] } });
      }
    },
  );

  it("refuses a range that runs backwards or ends in the future", () => {
    expect(() => parseReportPeriod("2026-10..2026-01", today)).toThrowError(
      "period: the first month 2026-10 is after the last month 2026-01",
    );
    expect(() => parseReportPeriod("2026-12", today)).toThrowError(
      "period: the last month 2026-12 is after the current month 2026-11",
    );
  });

  it("defaults to the last complete month", () => {
    expect(defaultReportPeriod(today)).toEqual({ from: "2026-10", to: "2026-10" });
    expect(defaultReportPeriod(new Date("2026-01-03T00:00:00Z"))).toEqual({ from: "2025-12", to: "2025-12" });
  });
});

describe("locale, scenario and as-of", () => {
  it("checks locale and scenario with the field in the error", () => {
    expect(parseReportLocale(null, "nl")).toBe("nl");
    expect(parseReportLocale("en", "nl")).toBe("en");
    expect(() => parseReportLocale("de", "nl")).toThrowError('locale must be nl or en, not "de"');
    expect(parseReportScenario(undefined)).toBe("expected");
    expect(parseReportScenario("optimistic")).toBe("optimistic");
    expect(() => parseReportScenario("best")).toThrowError(/^scenario must be conservative, expected, optimistic/);
  });

  it("evaluates as of the month after the period, never after the moment of generating", () => {
    expect(reportAsOf({ from: "2026-01", to: "2026-03" }, today).toISOString()).toBe("2026-04-01T12:00:00.000Z");
    expect(reportAsOf({ from: "2026-01", to: "2026-11" }, today)).toEqual(today);
  });
});

const PLAN = {
  costs: [{ kind: "oneTime", label: "Set-up", amount: 5500, month: 1 }],
  benefits: [{ kind: "fixed", label: "Savings", monthly: 1000 }],
};
let counter = 0;

/** An investment as the loader gives it: started 2026-01, 12 months, `months` recorded from the start. */
function investment(input: {
  name: string;
  currency?: string;
  status?: SourceInvestment["status"];
  benefit?: number;
  months?: number;
  plan?: unknown;
}): SourceInvestment {
  const months = input.months ?? 0;
  return {
    id: `inv-${++counter}`,
    workspaceId: "ws",
    name: input.name,
    status: input.status ?? "active",
    category: "other",
    ownerName: "",
    currency: input.currency ?? "EUR",
    startMonth: periodToDate("2026-01"),
    horizonMonths: 12,
    archivedAt: null,
    plan: input.plan ?? PLAN,
    versions: [],
    kpis: [],
    actuals: Array.from({ length: months }, (_, m) => ({
      month: periodToDate(periodOfMonthNumber("2026-01", m + 1)),
      cost: m === 0 ? "5500" : "0",
      benefit: String(input.benefit ?? 1000),
      planVersionId: null,
      updatedAt: today,
    })),
  };
}

const OPTIONS = { period: { from: "2026-01", to: "2026-10" }, scenario: "expected", locale: "en" } as const;
const build = (investments: SourceInvestment[], reviews: Review[] = [], options: Partial<ReportOptions> = {}) =>
  buildReportModel({
    workspace: { name: "Test BV", currency: "EUR" },
    consultantName: "",
    options: { ...OPTIONS, ...options },
    generatedAt: today,
    investments,
    reviews,
  });

describe("buildReportModel", () => {
  it("a workspace without investments: zeros, no ROI, no leaks, the appendix in its language", () => {
    const model = buildReportModel({
      workspace: { name: "Leeg", currency: "EUR" },
      consultantName: "Demi",
      options: { period: { from: "2026-01", to: "2026-10" }, scenario: "expected", locale: "nl" },
      generatedAt: today,
      investments: [],
      reviews: [],
    });
    expect(model).toMatchObject({
      workspaceName: "Leeg",
      periodLabel: "2026-01..2026-10",
      investments: [],
      leaks: [],
      reviewedLeaks: [],
    });
    expect(model.summary).toEqual({
      headline: {
        currency: "EUR",
        investments: 0,
        invested: 0,
        realised: 0,
        net: 0,
        investedInPeriod: 0,
        realisedInPeriod: 0,
        actualRoiPct: null,
        forecastRoiPct: null,
        plannedRoiPct: null,
        npv: null,
        npvMissing: 0,
        payback: { paid_back: 0, on_track: 0, late: 0, unknown: 0 },
        openLeaks: 0,
        atStakeMonthly: 0,
        investmentIds: [],
      },
      otherCurrencies: [],
      drafts: [],
      chart: { currency: "EUR", points: [] },
      conversion: { complete: true, missing: [], fallbacks: [] },
    });
    expect(model.rates).toEqual({ used: [], fallbacks: [], missing: [] });
    expect(model.appendix[0].term).toBe("ROI");
    // The last entry states the rate of this workspace: none set, so 8%.
    expect(model.appendix.at(-1)).toEqual({
      term: "Rente in dit rapport",
      text: "Deze werkruimte heeft geen eigen standaardrente: plannen zonder eigen rente worden verdisconteerd tegen 8%.",
    });
    expect(model.appendix.map((a) => a.term)).toContain("Waardelek");
  });

  it("a USD investment in a EUR workspace without any rate: counted, no money added, the headline incomplete", () => {
    const eur = investment({ name: "Web shop", months: 6 });
    const usd = investment({ name: "US ads", currency: "USD", months: 3 });
    const model = build([eur, usd]);
    expect(model.summary.headline).toMatchObject({
      currency: "EUR",
      investments: 2,
      invested: 5500,
      realised: 6000,
      investmentIds: [eur.id],
    });
    expect(model.summary.conversion.complete).toBe(false);
    expect(model.summary.conversion.missing.slice(0, 3)).toEqual(
      ["2026-01", "2026-02", "2026-03"].map((period) => ({ from: "USD", to: "EUR", period })),
    );
    expect(model.rates.used).toEqual([]);
    expect(model.summary.otherCurrencies).toEqual([
      expect.objectContaining({
        currency: "USD",
        investments: 1,
        invested: 5500,
        realised: 3000,
        investmentIds: [usd.id],
      }),
    ]);
    expect(model.investments.find((i) => i.id === usd.id)).toMatchObject({
      currency: "USD",
      counted: true,
      invested: 5500,
    });
  });

  it("a draft is not in the headline: it is totalled apart", () => {
    const approved = investment({ name: "Approved", months: 2 });
    const draft = investment({ name: "Dream", status: "draft", months: 2, benefit: 50 });
    const model = build([approved, draft]);
    expect(model.summary.headline).toMatchObject({
      investments: 1,
      invested: 5500,
      realised: 2000,
      investmentIds: [approved.id],
    });
    expect(model.summary.drafts).toEqual([
      expect.objectContaining({ currency: "EUR", investments: 1, realised: 100, investmentIds: [draft.id] }),
    ]);
    expect(model.investments.find((i) => i.id === draft.id)?.counted).toBe(false);
  });

  it("payback counts equal the statuses of the rows under them, and a late payback is later than planned", () => {
    const model = build([
      investment({ name: "Paid back", months: 7 }),
      investment({ name: "On track", months: 3 }),
      investment({ name: "Late", months: 3, benefit: 650 }),
      investment({ name: "Not started" }),
    ]);
    const byName = (name: string) => model.investments.find((i) => i.name === name)!;
    expect(["Paid back", "On track", "Late", "Not started"].map((n) => byName(n).paybackStatus)).toEqual([
      "paid_back",
      "on_track",
      "late",
      "unknown",
    ]);
    expect(model.summary.headline.payback).toEqual({ paid_back: 1, on_track: 1, late: 1, unknown: 1 });
    const late = byName("Late");
    expect(late.projectedPaybackPeriod! > late.plannedPaybackPeriod!).toBe(true);
    const onTrack = byName("On track");
    expect(onTrack.projectedPaybackPeriod! <= onTrack.plannedPaybackPeriod!).toBe(true);
  });

  it("a reviewed leak stays in the report with its reviewer, apart from the open ones and out of the open count", () => {
    const slow = investment({ name: "Slow", months: 6, benefit: 300 });
    const open = build([slow]);
    const underForecast = open.leaks.find((l) => l.code === "UNDER_FORECAST")!;
    // The finding and next step in the report's language (lib/leaks/leak-messages), money in the investment's currency.
    expect(underForecast.message).toMatch(
      /^Realised benefit is [\d.]+% below forecast \(€[\d,.]+ short after months 1–6\)\. /,
    );
    expect(underForecast.message).toContain(LEAK_CATALOGUES.en.codes.UNDER_FORECAST.nextStep);
    const review: Review = {
      investmentId: slow.id,
      code: "UNDER_FORECAST",
      subject: "",
      kind: "acknowledged",
      snoozedUntil: null,
      atStakeMonthly: String(underForecast.atStakeMonthly),
      reason: "Seasonal dip",
      createdByName: "Demi",
      createdAt: new Date("2026-11-03T10:00:00Z"),
    };
    const reviewed = build([slow], [review]);
    expect(reviewed.leaks.map((l) => l.code)).not.toContain("UNDER_FORECAST");
    expect(reviewed.reviewedLeaks).toEqual([
      expect.objectContaining({
        code: "UNDER_FORECAST",
        investmentName: "Slow",
        review: {
          kind: "acknowledged",
          by: "Demi",
          at: "2026-11-03T10:00:00.000Z",
          reason: "Seasonal dip",
          until: null,
        },
      }),
    ]);
    expect(reviewed.investments[0].reviewedLeaks.map((l) => l.code)).toEqual(["UNDER_FORECAST"]);
    expect(reviewed.summary.headline.openLeaks).toBe(open.summary.headline.openLeaks - 1);
    expect(reviewed.summary.headline.atStakeMonthly).toBeCloseTo(
      open.summary.headline.atStakeMonthly - underForecast.atStakeMonthly,
      2,
    );
  });

  it("leaves out facts after the period and sums the period apart", () => {
    const inv = investment({ name: "Web shop", months: 8 });
    const model = build([inv], [], { period: { from: "2026-03", to: "2026-05" } });
    expect(model.summary.headline).toMatchObject({
      invested: 5500,
      realised: 5000,
      investedInPeriod: 0,
      realisedInPeriod: 3000,
    });
    expect(model.investments[0].chart.filter((p) => p.actual !== null && p.period > "2026-05")).toEqual([]);
    expect(model.investments[0].chart.find((p) => p.period === "2026-05")?.actual).not.toBeNull();
  });

  it("the planned ROI follows the report's scenario; the headline sums that scenario's plans", () => {
    const inv = investment({ name: "Web shop", months: 2 });
    const expected = build([inv]);
    const conservative = build([inv], [], { scenario: "conservative" });
    expect(conservative.investments[0].plannedRoiPct).toBeLessThan(expected.investments[0].plannedRoiPct!);
    expect(conservative.summary.headline.plannedRoiPct).toBe(conservative.investments[0].plannedRoiPct);
  });
});

describe("the executive summary's NPV and portfolio chart", () => {
  // One year, all money in month 12: the net flow of month 12 is discounted by (1 + r)^(12/12) = 1.05.
  const yearEnd = (benefit: number) => ({
    costs: [{ kind: "oneTime", label: "Set-up", amount: 1000, month: 12 }],
    benefits: [{ kind: "fixed", label: "Once", monthly: benefit, fromMonth: 12, toMonth: 12 }],
  });
  const withRate = (investments: SourceInvestment[], discountRatePct: string | null) =>
    buildReportModel({
      workspace: { name: "Test BV", currency: "EUR", discountRatePct },
      consultantName: "",
      options: OPTIONS,
      generatedAt: today,
      investments,
      reviews: [],
    });

  it("adds the plans' NPVs per currency, exactly, and never across currencies", () => {
    const a = investment({ name: "A", plan: yearEnd(2100) });
    const b = investment({ name: "B", plan: yearEnd(2205) });
    const usd = investment({ name: "US", currency: "USD", plan: yearEnd(3150) });
    const draft = investment({ name: "Draft", status: "draft", plan: yearEnd(99000) });
    const model = withRate([a, b, usd, draft], "5");
    const npvOf = (inv: SourceInvestment) => model.investments.find((i) => i.id === inv.id)!.discounted;
    // (2100 − 1000) ÷ 1.05 = 1047.619… → 1047.62; (2205 − 1000) ÷ 1.05 = 1147.619… → 1147.62.
    expect(npvOf(a)).toMatchObject({ npv: "1047.62", ratePct: 5, rateSource: "workspace" });
    expect(npvOf(b)?.npv).toBe("1147.62");
    // 1047.62 + 1147.62 = 2195.24 in EUR; the USD plan's (3150 − 1000) ÷ 1.05 = 2047.62 stays apart.
    expect(model.summary.headline).toMatchObject({ currency: "EUR", npv: 2195.24, npvMissing: 0 });
    expect(model.summary.otherCurrencies).toEqual([expect.objectContaining({ currency: "USD", npv: 2047.62 })]);
    // The draft's NPV ((99000 − 1000) ÷ 1.05) is in its own group, not in the headline.
    expect(model.summary.drafts).toEqual([expect.objectContaining({ currency: "EUR", npv: 93333.33 })]);
    expect(model.appendix.at(-1)?.text).toBe(
      "This workspace's default rate is 5.00%: plans without their own rate are discounted at it.",
    );
  });

  it("an exact sum: 0.1 + 0.2 of NPV is 0.3, and a plan that cannot be evaluated is counted apart", () => {
    // Rate 0: NPV = benefit − cost. 1000.10 − 1000 = 0.10 and 1000.20 − 1000 = 0.20.
    const tenth = investment({ name: "Tenth", plan: yearEnd(1000.1) });
    const fifth = investment({ name: "Fifth", plan: yearEnd(1000.2) });
    const broken = investment({ name: "Broken", plan: { costs: "none" } });
    const model = withRate([tenth, fifth, broken], "0");
    expect(model.summary.headline).toMatchObject({ npv: 0.3, npvMissing: 1 });
    expect(model.investments.find((i) => i.id === broken.id)?.discounted).toBeNull();
  });

  it("the portfolio chart adds the counted plans in the workspace's currency month by month", () => {
    // Two copies of the 12-month plan: cost 5500 in month 1, benefit 1000 a month; 3 months recorded each.
    const one = investment({ name: "One", months: 3 });
    const two = investment({ name: "Two", months: 3 });
    const usd = investment({ name: "US", currency: "USD", months: 3, benefit: 9999 });
    const model = build([one, two, usd], [], { period: { from: "2026-01", to: "2026-03" } });
    const points = model.summary.chart.points;
    expect(model.summary.chart.currency).toBe("EUR");
    expect(points.map((p) => p.period)).toEqual(
      Array.from({ length: 12 }, (_, m) => periodOfMonthNumber("2026-01", m + 1)),
    );
    // March: cost 2 × 5500 = 11000, benefit 2 × 3 × 1000 = 6000: (6000 − 11000) ÷ 11000 = −45.45%
    // (the USD plan's 9999 a month would make it −45.45% + far more if it were added).
    expect(points[2]).toMatchObject({ period: "2026-03", actual: -45.45, scenario: -45.45 });
    // December: 2 × 12 × 1000 = 24000 against 11000: 118.18%; no actual after the period.
    expect(points[11]).toMatchObject({ scenario: 118.18, actual: null });
    // The band: benefits × 0.8 and × 1.2: (19200 − 11000) ÷ 11000 = 74.55%, (28800 − 11000) ÷ 11000 = 161.82%.
    expect(points[11]).toMatchObject({ low: 74.55, high: 161.82 });
  });
});

describe("other currencies converted into the reporting currency", () => {
  // EUR→USD as the ECB writes it (1 EUR = rate USD): a USD amount is divided by it.
  const RATES = [
    { from: "EUR", to: "USD", period: "2026-01", rate: "1.0823", source: "ecb" },
    { from: "EUR", to: "USD", period: "2026-02", rate: "1.09", source: "ecb" },
    { from: "EUR", to: "USD", period: "2026-03", rate: "1.1", source: "manual" },
  ];
  const withRates = (investments: SourceInvestment[], rates: typeof RATES, options: Partial<ReportOptions> = {}) =>
    buildReportModel({
      workspace: { name: "Test BV", currency: "EUR" },
      consultantName: "",
      options: { ...OPTIONS, ...options },
      generatedAt: today,
      investments,
      reviews: [],
      rates,
    });

  it("the headline is the EUR investment plus the USD one converted month by month, by hand", () => {
    // EUR: 5500 invested, 6 × 1000 realised. USD: 5500 + 1000 in 2026-01, 1000 in 2026-02 and 2026-03.
    const eur = investment({ name: "Web shop", months: 6 });
    const usd = investment({ name: "US ads", currency: "USD", months: 3 });
    const model = withRates([eur, usd], RATES);
    // 2026-01: 5500 ÷ 1.0823 = 5081.7703… → 5081.77; 1000 ÷ 1.0823 = 923.9582… → 923.96.
    // 2026-02: 1000 ÷ 1.09 = 917.4311… → 917.43. 2026-03: 1000 ÷ 1.1 = 909.0909… → 909.09.
    // Invested 5500 + 5081.77 = 10581.77; realised 6000 + 923.96 + 917.43 + 909.09 = 8750.48;
    // net −1831.29; ROI −1831.29 ÷ 10581.77 = −17.31%.
    expect(model.summary.headline).toMatchObject({
      currency: "EUR",
      investments: 2,
      invested: 10581.77,
      realised: 8750.48,
      net: -1831.29,
      actualRoiPct: -17.31,
      investedInPeriod: 10581.77,
      realisedInPeriod: 8750.48,
      investmentIds: [eur.id],
    });
    expect(model.summary.otherCurrencies).toEqual([
      expect.objectContaining({
        currency: "USD",
        invested: 5500,
        realised: 3000,
        converted: { currency: "EUR", invested: 5081.77, realised: 2750.48, net: -2331.29, actualRoiPct: -45.88 },
      }),
    ]);
    // Every actual month had its rate; the plan's later months (2026-04 … 2026-12) used the latest, 2026-03.
    expect(model.summary.conversion.complete).toBe(true);
    expect(model.summary.conversion.missing).toEqual([]);
    expect(model.summary.conversion.fallbacks.map((f) => [f.from, f.to, f.usedPeriod])).toEqual([
      ["USD", "EUR", "2026-03"],
    ]);
    // The section: its own figures, and the same in EUR.
    const section = model.investments.find((i) => i.id === usd.id)!;
    expect(section).toMatchObject({ currency: "USD", invested: 5500, realised: 3000 });
    expect(section.converted).toMatchObject({ currency: "EUR", invested: 5081.77, realised: 2750.48, net: -2331.29 });
    expect(model.investments.find((i) => i.id === eur.id)?.converted).toBeNull();
  });

  it("the appendix lists every stored rate used with its source, and the forecasts at the latest known rate", () => {
    const usd = investment({ name: "US ads", currency: "USD", months: 3 });
    const model = withRates(
      [usd],
      [...RATES, { from: "EUR", to: "GBP", period: "2026-03", rate: "0.85", source: "ecb" }],
    );
    const divided = [{ from: "USD", to: "EUR", how: "divided" }];
    // EUR→GBP was not used by anything: not listed.
    expect(model.rates.used).toEqual([
      { period: "2026-01", from: "EUR", to: "USD", rate: "1.0823", source: "ecb", usedFor: divided },
      { period: "2026-02", from: "EUR", to: "USD", rate: "1.09", source: "ecb", usedFor: divided },
      { period: "2026-03", from: "EUR", to: "USD", rate: "1.1", source: "manual", usedFor: divided },
    ]);
    // The plan runs to 2026-12: nine forecast months without a rate of their own.
    expect(model.rates.fallbacks).toContainEqual({
      investmentName: "US ads",
      kind: "forecast",
      from: "USD",
      to: "EUR",
      usedPeriod: "2026-03",
      months: 9,
      ranges: [{ from: "2026-04", to: "2026-12" }],
    });
    expect(model.rates.missing).toEqual([]);
  });

  it("a cross rate: both stored legs are listed, each as part of the cross rate", () => {
    // JPY → EUR through USD: ÷ USD→JPY 150, then ÷ EUR→USD 1.1: 165,000 ÷ 150 ÷ 1.1 = 1000.00.
    const yen = investment({
      name: "Tokyo",
      currency: "JPY",
      months: 1,
      plan: { costs: [], benefits: [{ kind: "fixed", label: "Fee", monthly: 165000 }] },
    });
    yen.actuals[0] = { ...yen.actuals[0], cost: "0", benefit: "165000" };
    const model = withRates(
      [yen],
      [
        { from: "EUR", to: "USD", period: "2026-01", rate: "1.1", source: "ecb" },
        { from: "USD", to: "JPY", period: "2026-01", rate: "150", source: "csv" },
      ],
    );
    expect(model.investments[0].converted).toMatchObject({ currency: "EUR", realised: 1000 });
    expect(model.summary.headline.realised).toBe(1000);
    const cross = [{ from: "JPY", to: "EUR", how: "cross" }];
    expect(model.rates.used).toEqual([
      { period: "2026-01", from: "EUR", to: "USD", rate: "1.1", source: "ecb", usedFor: cross },
      { period: "2026-01", from: "USD", to: "JPY", rate: "150", source: "csv", usedFor: cross },
    ]);
  });

  it("a missing rate: that month is left out, the headline and the section say incomplete and name it", () => {
    const eur = investment({ name: "Web shop", months: 6 });
    const usd = investment({ name: "US ads", currency: "USD", months: 3 });
    const model = withRates(
      [eur, usd],
      RATES.filter((r) => r.period !== "2026-02"),
    );
    // Without 2026-02's 917.43: realised 6000 + 923.96 + 909.09 = 7833.05.
    expect(model.summary.headline).toMatchObject({ invested: 10581.77, realised: 7833.05, actualRoiPct: -25.98 });
    expect(model.summary.conversion).toMatchObject({
      complete: false,
      missing: [{ from: "USD", to: "EUR", period: "2026-02" }],
    });
    expect(model.investments.find((i) => i.id === usd.id)?.converted?.conversion).toMatchObject({
      complete: false,
      missing: [{ from: "USD", to: "EUR", period: "2026-02" }],
    });
    expect(model.rates.missing).toEqual([{ from: "USD", to: "EUR", period: "2026-02" }]);
    expect(model.rates.used.map((r) => r.period)).toEqual(["2026-01", "2026-03"]);
    // 2026-02's forecast (of a recorded month) falls back to the latest rate too: two runs of months.
    expect(model.rates.fallbacks.find((f) => f.kind === "forecast")).toMatchObject({
      months: 10,
      ranges: [
        { from: "2026-02", to: "2026-02" },
        { from: "2026-04", to: "2026-12" },
      ],
    });
  });

  it("the portfolio chart adds the converted months of the counted plans in other currencies", () => {
    const eur = investment({ name: "Web shop", months: 3 });
    const usd = investment({ name: "US ads", currency: "USD", months: 3 });
    const model = withRates([eur, usd], RATES, { period: { from: "2026-01", to: "2026-03" } });
    // March, cumulative: cost 5500 + 5081.77 = 10581.77, benefit 3000 + 2750.48 = 5750.48:
    // (5750.48 − 10581.77) ÷ 10581.77 = −45.66%.
    expect(model.summary.chart.points.find((p) => p.period === "2026-03")?.actual).toBe(-45.66);
  });

  it("a draft in another currency is converted for its section but not added to the headline", () => {
    const draft = investment({ name: "Dream", currency: "USD", status: "draft", months: 1 });
    const model = withRates([draft], RATES);
    expect(model.summary.headline).toMatchObject({ investments: 0, invested: 0 });
    expect(model.summary.drafts).toEqual([expect.objectContaining({ currency: "USD", invested: 5500 })]);
    expect(model.investments[0].converted).toMatchObject({ currency: "EUR", invested: 5081.77, realised: 923.96 });
  });
});
