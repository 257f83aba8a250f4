import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { summariseLoyaltyProgram } from "@/lib/roi";
import { deriveItem, deriveLoyaltyProgram, type DerivationStep } from "./item-derivation";

const values = (steps: DerivationStep[]) => Object.fromEntries(steps.map((s) => [s.key, Object.fromEntries(Object.entries(s.figures).map(([k, f]) => [k, f.value]))]));

describe("an item's intermediate figures", () => {
  it("time saving: 15 min × 80 ÷ 60 = 20 h a month, × €60 = €1,200", () => {
    const steps = deriveItem({ kind: "timeSaving", minutesPerUnit: "15", unitsPerMonth: "80", hourlyRate: "60" });
    expect(values(steps)).toEqual({
      timeSavingHours: { minutes: "15", units: "80", hours: "20" },
      timeSavingValue: { hours: "20", rate: "60", value: "1200" },
    });
    expect(steps[1].figures.value.unit).toBe("money");
  });

  it("keeps the value exact when the hours are not: 7 min × 10 ÷ 60 = 1.1666… h; × €45 = €52.50", () => {
    // 7 × 10 = 70 minutes; 70 ÷ 60 × 45 = 3150 ÷ 60 = 52.5 exactly.
    const steps = deriveItem({ kind: "timeSaving", minutesPerUnit: "7", unitsPerMonth: "10", hourlyRate: "45" });
    expect(steps[0].figures.hours.value.startsWith("1.16666666")).toBe(true);
    expect(steps[1].figures.value.value).toBe("52.5");
  });

  it("reads Dutch notation: \"12,5\" minutes × \"1.000\" units (nl) = 208.33… h", () => {
    // 12.5 × 1000 = 12,500 minutes ÷ 60 = 208.333… hours
    const steps = deriveItem({ kind: "timeSaving", minutesPerUnit: "12,5", unitsPerMonth: "1.000" }, "nl");
    expect(steps.map((s) => s.key)).toEqual(["timeSavingHours"]);
    expect(steps[0].figures.units.value).toBe("1000");
    expect(new Decimal(steps[0].figures.hours.value).toDecimalPlaces(2).toString()).toBe("208.33");
  });

  it("conversion uplift: 10,000 × (2.9% − 1.8%) = 110 orders × €80 = €8,800 × 40% = €3,520", () => {
    const steps = deriveItem({ kind: "conversionUplift", visitorsPerMonth: 10000, baselineRatePct: 1.8, targetRatePct: 2.9, orderValue: 80, marginPct: 40 });
    expect(values(steps)).toEqual({
      conversionOrders: { visitors: "10000", target: "2.9", baseline: "1.8", orders: "110" },
      conversionRevenue: { orders: "110", orderValue: "80", revenue: "8800" },
      margin: { revenue: "8800", margin: "40", value: "3520" },
    });
  });

  it("revenue uplift: €90,000 × 6% = €5,400 × 35% = €1,890; without a margin the revenue counts", () => {
    expect(values(deriveItem({ kind: "revenueUplift", baseMonthlyRevenue: "90000", upliftPct: "6", marginPct: "35" }))).toEqual({
      revenueUplift: { base: "90000", uplift: "6", revenue: "5400" },
      margin: { revenue: "5400", margin: "35", value: "1890" },
    });
    expect(values(deriveItem({ kind: "revenueUplift", baseMonthlyRevenue: "90000", upliftPct: "6", marginPct: "" }))).toEqual({
      revenueUplift: { base: "90000", uplift: "6", revenue: "5400" },
      noMargin: { revenue: "5400" },
    });
  });

  it("internal time: 12 h × €55 = €660 a month", () => {
    expect(values(deriveItem({ kind: "internalTime", hoursPerMonth: "12", hourlyRate: "55" }))).toEqual({ internalTime: { hours: "12", rate: "55", value: "660" } });
  });

  it("nothing while a needed field is empty or unreadable, and nothing for plain amounts", () => {
    expect(deriveItem({ kind: "timeSaving", minutesPerUnit: "", unitsPerMonth: "80" })).toEqual([]);
    expect(deriveItem({ kind: "internalTime", hoursPerMonth: "12", hourlyRate: "veel" })).toEqual([]);
    expect(deriveItem({ kind: "fixed", monthly: "100" })).toEqual([]);
  });
});

describe("the loyalty programme's intermediate figures", () => {
  // The demo's bakery: 2,500 customers, 80% participate; €1,200,000 a year, +10%, 30% margin;
  // 1% kickback, 70% redeemed; €18,000 over 3 years; €6,000 marketing a year.
  const inputs = {
    customers: "2500",
    participationPct: "80",
    annualRevenue: "1200000",
    growthPct: "10",
    marginPct: "30",
    kickbackPct: "1",
    redemptionPct: "70",
    oneTimeInvestment: "18000",
    capitalizeYears: "3",
    annualMarketing: "6000",
  };

  it("participants = customers × participation, and every figure of the calculator", () => {
    expect(values(deriveLoyaltyProgram(inputs))).toEqual({
      // 2,500 × 80% = 2,000
      loyaltyParticipants: { customers: "2500", participation: "80", participants: "2000" },
      // 1,200,000 × 80% = 960,000
      loyaltyParticipantRevenue: { revenue: "1200000", participation: "80", participantRevenue: "960000" },
      // 960,000 × 10% × 30% = 28,800
      loyaltyExtraProfit: { participantRevenue: "960000", growth: "10", margin: "30", profit: "28800" },
      // 960,000 × 1.1 × 1% × 70% = 7,392
      loyaltyPointsCost: { participantRevenue: "960000", growth: "10", kickback: "1", redemption: "70", points: "7392" },
      // 18,000 ÷ 3 = 6,000
      loyaltyAmortisation: { investment: "18000", years: "3", amortisation: "6000" },
      // 7,392 + 6,000 + 6,000 = 19,392
      loyaltyCostPerYear: { points: "7392", marketing: "6000", amortisation: "6000", cost: "19392" },
      // 28,800 ÷ 12 = 2,400; 19,392 ÷ 12 = 1,616
      loyaltyPerMonth: { profit: "2400", cost: "1616" },
    });
  });

  it("matches the engine's summariseLoyaltyProgram", () => {
    const dec = (v: string) => new Decimal(v);
    const summary = summariseLoyaltyProgram({
      customers: dec(inputs.customers),
      participationPct: dec(inputs.participationPct),
      annualRevenue: dec(inputs.annualRevenue),
      growthPct: dec(inputs.growthPct),
      marginPct: dec(inputs.marginPct),
      kickbackPct: dec(inputs.kickbackPct),
      redemptionPct: dec(inputs.redemptionPct),
      oneTimeInvestment: dec(inputs.oneTimeInvestment),
      capitalizeYears: 3,
      annualMarketing: dec(inputs.annualMarketing),
    });
    const steps = values(deriveLoyaltyProgram(inputs));
    expect(steps.loyaltyParticipants.participants).toBe(summary.participants.toString());
    expect(steps.loyaltyExtraProfit.profit).toBe(summary.extraGrossProfitPerYear.toString());
    expect(steps.loyaltyPointsCost.points).toBe(summary.pointsCostPerYear.toString());
    expect(steps.loyaltyCostPerYear.cost).toBe(summary.costPerYear.toString());
  });

  it("changing the customers changes what the user sees (the participants)", () => {
    const more = values(deriveLoyaltyProgram({ ...inputs, customers: "3000" }));
    expect(more.loyaltyParticipants.participants).toBe("2400");
  });

  it("shows what it can while the inputs are being filled in", () => {
    expect(values(deriveLoyaltyProgram({ customers: "100", participationPct: "25" }))).toEqual({
      loyaltyParticipants: { customers: "100", participation: "25", participants: "25" },
    });
  });
});
