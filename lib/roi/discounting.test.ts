import { describe, expect, it } from "vitest";
import { Dec } from "./decimal";
import { DISCOUNT_DECIMALS, discountFactors } from "./discounting";
import { evaluateDefinition } from "./evaluate";
import type { ScenarioTotals } from "./result-types";
import type { InvestmentDefinitionInput } from "./schema";
import { TODAY, buildInput, parseOrThrow } from "./test-fixtures";

// Golden figures for NPV, IRR and discounted payback, worked by hand (README "Discounting").
// At 8% a year the monthly growth is g = 1.08^(1/12) = 1.006434030110003…, so the factor of
// month m is D_m = g^(−m): D_1 = 0.993607101988294…, D_12 = 1/1.08 = 0.925925925925925…

function totalsOf(input: InvestmentDefinitionInput, options: Parameters<typeof evaluateDefinition>[1] = {}) {
  const result = evaluateDefinition(parseOrThrow(input), { today: TODAY, ...options });
  return { result, expected: result.scenarios.expected?.totals as ScenarioTotals };
}

/** −1,000 in month 1 and +110 a month for 12 months: the plan of case (a). */
const simplePlan = (extra: Partial<InvestmentDefinitionInput> = {}) =>
  buildInput({
    costs: [{ kind: "oneTime", label: "Setup", amount: 1000, month: 1 }],
    benefits: [{ kind: "fixed", label: "Saving", monthly: 110 }],
    ...extra,
  });

describe("discount factors", () => {
  it("are (1 + r)^(−m/12) with 32 decimals, 1 at a rate of 0 and exactly 1/1.08 after a year at 8%", () => {
    const eight = discountFactors(new Dec(8), 12);
    const unit = 10n ** BigInt(DISCOUNT_DECIMALS);
    // 1/1.08 = 0.925925925925925925925925925925925|925… → rounded at 32 decimals.
    expect(eight[11]).toBe(92592592592592592592592592592593n);
    // D_1 = 1.08^(−1/12) = 0.99360710198829404251540595854635|75…
    expect(eight[0]).toBe(99360710198829404251540595854636n);
    expect(discountFactors(new Dec(0), 3)).toEqual([unit, unit, unit]);
    // A longer horizon extends the cached series without changing its start.
    expect(discountFactors(new Dec(8), 120).slice(0, 12)).toEqual(eight.slice(0, 12));
  });
});

describe("NPV, IRR and discounted payback (golden)", () => {
  it("(a) −1,000 in month 1, +110 a month for 12 months at 8%", () => {
    // Annuity Σ_{m=1..12} D_m = (1 − D_12) ÷ (g − 1) = 0.0740740740… ÷ 0.0064340301… = 11.512857852…
    // NPV = 110 × 11.512857852 − 1,000 × D_1 = 1,266.414364 − 993.607102 = 272.807262 → 272.81.
    // Discounted payback: cumulative 110 × Σ D_k vs 1,000 × D_1 = 993.61: month 9 gives 958.89
    // (short), month 10 gives 1,062.06 → month 10 (the same as the simple payback: 990 < 1,000 ≤ 1,100).
    // IRR: monthly flows −890, +110 × 11 are 0 at (1 + r) = 1.902047 → 90.20% (checked by bisection
    // with 60-digit decimals; NPV changes sign once, so this is the only root).
    const { result, expected } = totalsOf(simplePlan());
    expect(result.discountRatePct).toBe(8);
    expect(result.discountRateSource).toBe("default");
    expect(expected).toMatchObject({
      net: 320,
      paybackMonth: 10,
      npv: 272.81,
      irrPct: 90.2,
      irrNullReason: null,
      irrRootsPct: [90.2],
      discountedPaybackMonth: 10,
    });
    // Conservative (× 0.8): 88 × 11.512858 − 993.607102 = 19.524389 → 19.52, payback in month 12
    // (88 × Σ_{1..11} D = 931.65 < 993.61 ≤ 88 × Σ_{1..12} D = 1,013.13); optimistic (× 1.2): 132 × 11.512858 − 993.607102 = 526.09.
    expect(result.scenarios.conservative?.totals).toMatchObject({ npv: 19.52, discountedPaybackMonth: 12 });
    expect(result.scenarios.optimistic?.totals.npv).toBe(526.09);
  });

  it("(b) a plan that never pays back: NPV negative, discounted payback null, a negative IRR", () => {
    // −1,000 in month 1, +50 a month for 12 months: 600 back for 1,000 spent.
    // NPV = 50 × 11.512858 − 993.607102 = 575.642893 − 993.607102 = −417.964209 → −417.96.
    // Cumulative discounted benefit never reaches 993.61 (575.64 after month 12): null.
    // The flows (−950, +50 × 11) change sign once, so NPV has exactly one root: the rate at which
    // 550 over months 2..12 is worth 950 today is negative, −63.98% a year (inside −99.99%, so
    // it is reported, not NO_ROOT_IN_RANGE).
    const { expected } = totalsOf(simplePlan({ benefits: [{ kind: "fixed", label: "Saving", monthly: 50 }] }));
    expect(expected).toMatchObject({
      net: -400,
      paybackMonth: null,
      npv: -417.96,
      irrPct: -63.98,
      irrNullReason: null,
      discountedPaybackMonth: null,
    });
  });

  it("(b′) no root between −99.99% and 100,000%: NO_ROOT_IN_RANGE", () => {
    // −1,000 in month 1 and +1 in month 2: NPV = −1,000 v + v², zero at v = 1,000, i.e.
    // 1 + r = 1,000^(−12) = 10^(−36): r ≈ −100%, outside the range. Even at −99.99% (v = 10^(1/3))
    // NPV = −1,000 × 2.154 + 4.64 < 0.
    const { expected } = totalsOf(
      buildInput({
        horizonMonths: 2,
        costs: [{ kind: "oneTime", label: "Setup", amount: 1000, month: 1 }],
        benefits: [{ kind: "fixed", label: "Trickle", monthly: 1, fromMonth: 2 }],
      }),
    );
    expect(expected).toMatchObject({ irrPct: null, irrNullReason: "NO_ROOT_IN_RANGE", irrRootsPct: [] });
    expect(expected.discountedPaybackMonth).toBeNull();
  });

  it("(c) flows that change sign twice with two roots: MULTIPLE_ROOTS lists both", () => {
    // Monthly flows −1,000, +2,300, −1,320: NPV = −v (1,320 v² − 2,300 v + 1,000), zero at
    // v = (2,300 ± 100) ÷ 2,640 = 10/11 and 5/6; 1 + r = v^(−12): 1.1^12 − 1 = 213.84% and
    // 1.2^12 − 1 = 791.61%.
    // NPV at 8% = −1,000 D_1 + 2,300 D_2 − 1,320 D_3 = −17.766055 → −17.77.
    const { expected } = totalsOf(
      buildInput({
        horizonMonths: 3,
        costs: [
          { kind: "oneTime", label: "Build", amount: 1000, month: 1 },
          { kind: "oneTime", label: "Wind-down", amount: 1320, month: 3 },
        ],
        benefits: [{ kind: "fixed", label: "Sale", monthly: 2300, fromMonth: 2, toMonth: 2 }],
      }),
    );
    expect(expected).toMatchObject({
      npv: -17.77,
      irrPct: null,
      irrNullReason: "MULTIPLE_ROOTS",
      irrRootsPct: [213.84, 791.61],
      // Month 2: 2,300 D_2 ≥ 1,000 D_1 — reached (later months do not undo a payback).
      discountedPaybackMonth: 2,
      paybackMonth: 2,
    });
  });

  it("(c′) flows that change sign twice with one root in range", () => {
    // −1,000, +3,100, −2,200: NPV = −v (2,200 v² − 3,100 v + 1,000), zero at
    // v = (3,100 ± 900) ÷ 4,400 = 10/11 (213.84%) and 1/2 (2^12 − 1 = 409,500%: beyond 100,000%).
    // NPV at 8% = −91.192410 → −91.19.
    const { expected } = totalsOf(
      buildInput({
        horizonMonths: 3,
        costs: [
          { kind: "oneTime", label: "Build", amount: 1000, month: 1 },
          { kind: "oneTime", label: "Wind-down", amount: 2200, month: 3 },
        ],
        benefits: [{ kind: "fixed", label: "Sale", monthly: 3100, fromMonth: 2, toMonth: 2 }],
      }),
    );
    expect(expected).toMatchObject({ npv: -91.19, irrPct: 213.84, irrNullReason: null, irrRootsPct: [213.84] });
  });

  it("(d) at 0% NPV is the net and discounted payback the simple payback", () => {
    const { result, expected } = totalsOf(simplePlan({ discountRatePct: 0 }));
    expect(result.discountRatePct).toBe(0);
    expect(expected).toMatchObject({ net: 320, npv: 320, paybackMonth: 10, discountedPaybackMonth: 10, irrPct: 90.2 });
    // NPV is rounded half-up from the exact sum: a lone 0.005 of cost is −0.01, of benefit +0.01.
    const half = (kind: "cost" | "benefit") =>
      totalsOf(
        buildInput({
          discountRatePct: 0,
          costs: kind === "cost" ? [{ kind: "oneTime", label: "Fee", amount: "0.005", month: 1 }] : [],
          benefits: kind === "benefit" ? [{ kind: "fixed", label: "Tip", monthly: "0.005", toMonth: 1 }] : [],
        }),
      ).expected.npv;
    expect(half("cost")).toBe(-0.01);
    expect(half("benefit")).toBe(0.01);
  });

  it("(e) the rate: the definition's discountRatePct, else the workspace's, else 8%", () => {
    // At 10%: g = 1.1^(1/12), D_1 = 0.992088943…, Σ D = (1 − 1/1.1) ÷ (g − 1) = 11.400488…;
    // NPV = 110 × Σ D − 1,000 × D_1 = 261.964718 → 261.96. At 5%: 289.756191 → 289.76.
    const fromWorkspace = totalsOf(simplePlan(), { discountRatePct: 10 });
    expect(fromWorkspace.result).toMatchObject({ discountRatePct: 10, discountRateSource: "workspace" });
    expect(fromWorkspace.expected.npv).toBe(261.96);
    const fromDefinition = totalsOf(simplePlan({ discountRatePct: "5" }), { discountRatePct: 10 });
    expect(fromDefinition.result).toMatchObject({ discountRatePct: 5, discountRateSource: "definition" });
    expect(fromDefinition.expected.npv).toBe(289.76);
    const fallback = totalsOf(simplePlan());
    expect(fallback.result).toMatchObject({ discountRatePct: 8, discountRateSource: "default" });
    expect(fallback.expected.npv).toBe(272.81);
    // A workspace value outside 0..100 is ignored rather than trusted.
    expect(totalsOf(simplePlan(), { discountRatePct: 150 }).result.discountRateSource).toBe("default");
    // IRR does not depend on the rate.
    expect(fromWorkspace.expected.irrPct).toBe(90.2);
  });

  it("flows that never change sign have no IRR (NO_SIGN_CHANGE)", () => {
    const onlyBenefit = totalsOf(buildInput({ benefits: [{ kind: "fixed", label: "Gift", monthly: 10 }] })).expected;
    expect(onlyBenefit).toMatchObject({ irrPct: null, irrNullReason: "NO_SIGN_CHANGE", irrRootsPct: [] });
    // No cost at all: there is nothing to pay back, so no discounted payback either.
    expect(onlyBenefit.discountedPaybackMonth).toBeNull();
    const nothing = totalsOf(buildInput()).expected;
    expect(nothing).toMatchObject({ npv: 0, irrNullReason: "NO_SIGN_CHANGE", discountedPaybackMonth: null });
  });

  it("discounts later than simple payback when the margin is thin", () => {
    // −1,000 in month 1, +101 a month: simple payback month 10 (1,010 ≥ 1,000); discounted:
    // 101 × Σ_{1..10} D = 101 × 9.655049 = 975.16 < 993.61, month 11: 101 × 10.587 = 1,069.28 → 11.
    const { expected } = totalsOf(simplePlan({ benefits: [{ kind: "fixed", label: "Saving", monthly: 101 }] }));
    expect(expected.paybackMonth).toBe(10);
    expect(expected.discountedPaybackMonth).toBe(11);
  });
});
