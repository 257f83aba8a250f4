import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { convertMonths, MONEY_COLUMNS, type MonthMoneyColumn } from "@/lib/currency/convert";
import { RateBook, type RateEntry } from "@/lib/currency/rate-book";
import { investmentConversionView, type OwnMonth } from "./investment-conversion";

/** A stored month: the given amounts, every other column zero. */
function month(period: string, recorded: boolean, amounts: Partial<Record<MonthMoneyColumn, string>>): OwnMonth {
  const columns = Object.fromEntries(MONEY_COLUMNS.map((c) => [c, new Decimal(amounts[c] ?? "0")])) as Record<MonthMoneyColumn, Decimal>;
  return { period, recorded, ...columns };
}

/** What convertInvestment gives for these months (converted-months.ts does the same with the stored months). */
function converted(own: OwnMonth[], currency: string, target: string, rates: RateEntry[]) {
  const result = convertMonths(own, currency, target, new RateBook(rates));
  return { currency, target, months: result.months.map((m, i) => ({ ...m, recorded: own[i].recorded })), notes: result.notes };
}

// EUR→USD as the ECB writes it (1 EUR = rate USD): USD amounts are divided by it. No rate for 2026-02.
const RATES: RateEntry[] = [
  { from: "EUR", to: "USD", period: "2026-01", rate: "1.0823" },
  { from: "EUR", to: "USD", period: "2026-03", rate: "1.1" },
];

const OWN = [
  // Recorded: cost 5500 and benefit 1000 against a forecast of the same.
  month("2026-01", true, { actualCost: "5500", actualBenefit: "1000", forecastCost: "5500", forecastBenefit: "1000", expectedCost: "5500", expectedBenefit: "1000", conservativeCost: "5500", optimisticCost: "5500" }),
  month("2026-02", true, { actualBenefit: "1000", forecastBenefit: "1000", expectedBenefit: "1000" }),
  month("2026-03", false, { expectedBenefit: "1000" }),
  month("2026-04", false, { expectedBenefit: "1000" }),
  month("2026-05", false, {}),
];

describe("an investment's figures in the reporting currency", () => {
  const view = investmentConversionView(OWN, converted(OWN, "USD", "EUR", RATES));

  it("the headline figures in both currencies, the converted ones the sums of the converted months", () => {
    expect(view.own).toEqual({
      currency: "USD",
      invested: 5500,
      realised: 2000,
      net: -3500,
      actualRoiPct: -63.64,
      forecastCost: 5500,
      forecastBenefit: 2000,
      forecastRoiPct: -63.64,
      plannedCost: 5500,
      plannedBenefit: 4000,
      plannedRoiPct: -27.27,
    });
    // 2026-01: 5500 ÷ 1.0823 = 5081.7703… → 5081.77; 1000 ÷ 1.0823 = 923.9582… → 923.96.
    // 2026-02's actual benefit has no rate: left out (not guessed). Its forecast and the plan's
    // later months take 2026-03's rate: 1000 ÷ 1.1 = 909.0909… → 909.09 each.
    expect(view.converted).toEqual({
      currency: "EUR",
      invested: 5081.77,
      realised: 923.96,
      net: -4157.81,
      actualRoiPct: -81.82, // −4157.81 ÷ 5081.77
      forecastCost: 5081.77,
      forecastBenefit: 1833.05, // 923.96 + 909.09
      forecastRoiPct: -63.93,
      plannedCost: 5081.77,
      plannedBenefit: 3651.23, // 923.96 + 3 × 909.09
      plannedRoiPct: -28.15,
    });
  });

  it("says what is missing and which forecasts used the latest known rate", () => {
    expect(view.conversion).toEqual({
      complete: false,
      missing: [{ from: "USD", to: "EUR", period: "2026-02" }],
      fallbacks: [{ from: "USD", to: "EUR", usedPeriod: "2026-03", months: 2 }],
    });
  });

  it("a row per month with the rate used, a missing rate named, empty plan months left out", () => {
    const leg = (period: string, rate: string) => ({ from: "EUR", to: "USD", period, rate, inverted: true });
    expect(view.months).toEqual([
      {
        period: "2026-01",
        kind: "actual",
        own: { cost: 5500, benefit: 1000 },
        converted: { cost: 5081.77, benefit: 923.96 },
        rate: { legs: [leg("2026-01", "1.0823")], usedPeriod: "2026-01", fallback: false },
        missing: null,
      },
      {
        period: "2026-02",
        kind: "actual",
        own: { cost: 0, benefit: 1000 },
        converted: null,
        rate: null,
        missing: { from: "USD", to: "EUR", period: "2026-02" },
      },
      {
        period: "2026-03",
        kind: "plan",
        own: { cost: 0, benefit: 1000 },
        converted: { cost: 0, benefit: 909.09 },
        rate: { legs: [leg("2026-03", "1.1")], usedPeriod: "2026-03", fallback: false },
        missing: null,
      },
      {
        period: "2026-04",
        kind: "plan",
        own: { cost: 0, benefit: 1000 },
        converted: { cost: 0, benefit: 909.09 },
        rate: { legs: [leg("2026-03", "1.1")], usedPeriod: "2026-03", fallback: true },
        missing: null,
      },
    ]);
  });

  it("a cross rate shows both legs; a recorded month of zeros needs no rate; whole yen", () => {
    const own = [month("2026-01", true, { actualBenefit: "1000", expectedBenefit: "1000" }), month("2026-02", true, {})];
    // USD → JPY through EUR: ÷ EUR→USD 1.0823, × EUR→JPY 161.5: 1000 × 161.5 ÷ 1.0823 = 149,219.254… → ¥149,219.
    const rates: RateEntry[] = [
      { from: "EUR", to: "USD", period: "2026-01", rate: "1.0823" },
      { from: "EUR", to: "JPY", period: "2026-01", rate: "161.5" },
    ];
    const yen = investmentConversionView(own, converted(own, "USD", "JPY", rates));
    expect(yen.converted).toMatchObject({ currency: "JPY", realised: 149219, plannedBenefit: 149219 });
    expect(yen.months[0]).toMatchObject({
      converted: { cost: 0, benefit: 149219 },
      rate: {
        legs: [
          { from: "EUR", to: "USD", rate: "1.0823", inverted: true },
          { from: "EUR", to: "JPY", rate: "161.5", inverted: false },
        ],
        fallback: false,
      },
    });
    expect(yen.months[1]).toEqual({ period: "2026-02", kind: "actual", own: { cost: 0, benefit: 0 }, converted: { cost: 0, benefit: 0 }, rate: null, missing: null });
    expect(yen.conversion).toEqual({ complete: true, missing: [], fallbacks: [] });
  });
});
