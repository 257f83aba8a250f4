// The engine used to put an English sentence on every leak. These are those sentences, as
// the engine printed them for the same inputs (captured before the change), and the English
// catalogue must say exactly the same from the params — only money ("EUR 3,000.00" →
// "€3,000.00") and periods ("2026-04" → "April 2026") are now formatted for the reader.
import { describe, expect, it } from "vitest";
import { formatMoney, formatPeriod } from "@/lib/i18n/format";
import { LEAK_CODES, type InvestmentDefinitionInput, type LeakCode } from "@/lib/roi";
import { collectLeaks, findLeak, onPlanActuals, type TestActuals } from "@/lib/roi/test-fixtures";
import { renderLeakMessage } from "./leak-messages";

const half: TestActuals = onPlanActuals(3).map((a) => ({ ...a, benefit: 1000 }));
const conversion = (measurements: { month: number; value: number }[]) => [
  { name: "Conversion rate", unit: "%", baseline: 1.8, target: 2.9, direction: "up" as const, measurements },
];

type Case = { label: string; code: LeakCode; overrides: Partial<InvestmentDefinitionInput>; old: string };

const CASES: Case[] = [
  {
    label: "benefit under forecast",
    code: "UNDER_FORECAST",
    overrides: { actuals: half },
    old: "Realised benefit is 50% below forecast (EUR 3,000.00 short after months 1–3). Find the benefit driver that lags, fix it, or lower the forecast honestly.",
  },
  {
    label: "benefit under forecast, with decimals",
    code: "UNDER_FORECAST",
    overrides: { actuals: onPlanActuals(4).map((a) => ({ ...a, benefit: 250.5 })) },
    old: "Realised benefit is 87.48% below forecast (EUR 6,998.00 short after months 1–4). Find the benefit driver that lags, fix it, or lower the forecast honestly.",
  },
  {
    label: "cost overrun",
    code: "COST_OVERRUN",
    overrides: { actuals: [{ month: 1, cost: 7500, benefit: 2000 }] },
    old: "Costs are 15.38% above plan (EUR 1,000.00 over). Find the cost item that runs over and renegotiate, stop or re-budget it.",
  },
  {
    label: "cost over a plan of zero",
    code: "COST_OVERRUN",
    overrides: { costs: [], actuals: [{ month: 1, cost: 1234.56, benefit: 2000 }] },
    old: "Costs are above a plan of zero (EUR 1,234.56 over). Find the cost item that runs over and renegotiate, stop or re-budget it.",
  },
  {
    label: "missing months with a gap",
    code: "MISSING_ACTUALS",
    overrides: { actuals: onPlanActuals(4).filter((a) => a.month !== 3), asOfMonth: 6 },
    old: "No actual figures for months 3, 5 (2026-03, 2026-05). Record cost and benefit for these months so realised ROI can be measured against the forecast.",
  },
  {
    label: "missing months in a run",
    code: "MISSING_ACTUALS",
    overrides: { actuals: [], asOfMonth: 4 },
    old: "No actual figures for months 1–3 (2026-01, 2026-02, 2026-03). Record cost and benefit for these months so realised ROI can be measured against the forecast.",
  },
  {
    label: "one missing month",
    code: "MISSING_ACTUALS",
    overrides: { actuals: onPlanActuals(1), asOfMonth: 3 },
    old: "No actual figures for month 2 (2026-02). Record cost and benefit for these months so realised ROI can be measured against the forecast.",
  },
  {
    label: "no baseline",
    code: "NO_BASELINE",
    overrides: { actuals: onPlanActuals(1), kpis: [{ name: "NPS", measurements: [] }] },
    old: "No KPI has a baseline measurement, so the benefit cannot be proven. Measure the KPI this investment should move (conversion rate, hours per week, support tickets, CAC…) and record it as baseline now.",
  },
  {
    label: "a KPI with a unit going down",
    code: "KPI_REGRESSION",
    overrides: {
      actuals: onPlanActuals(3),
      kpis: conversion([
        { month: 2, value: 2.4 },
        { month: 3, value: 1.6 },
      ]),
    },
    old: '"Conversion rate" moved the wrong way: 1.6 % in month 3 against a baseline of 1.8 % (it should go up). Find out what changed and fix it before the planned benefit is lost.',
  },
  {
    label: "a KPI without a unit going up",
    code: "KPI_REGRESSION",
    overrides: {
      actuals: onPlanActuals(2),
      kpis: [{ name: "Support tickets", baseline: 120, target: 60, measurements: [{ month: 2, value: 130.25 }] }],
    },
    old: '"Support tickets" moved the wrong way: 130.25 in month 2 against a baseline of 120 (it should go down). Find out what changed and fix it before the planned benefit is lost.',
  },
  {
    label: "payback later than planned",
    code: "PAYBACK_SLIP",
    overrides: { actuals: onPlanActuals(2).map((a) => ({ ...a, benefit: 1000 })) },
    old: "Payback is now projected for month 12, while month 4 (2026-04) was planned. Raise the monthly benefit or cut running costs, or re-plan and tell the stakeholders.",
  },
  {
    label: "payback out of reach",
    code: "PAYBACK_SLIP",
    overrides: { actuals: [{ month: 1, cost: 6500, benefit: 0 }] },
    old: "At the current pace it will not pay back within the horizon, while month 4 (2026-04) was planned. Raise the monthly benefit or cut running costs, or re-plan and tell the stakeholders.",
  },
  {
    label: "zombie cost",
    code: "ZOMBIE_COST",
    overrides: { actuals: onPlanActuals(3).map((a) => ({ ...a, benefit: 0 })) },
    old: "Running costs of EUR 500.00 a month continue while the benefit is about zero in months 1–3. Check whether the tool or service is actually used; fix adoption or cancel it.",
  },
  {
    label: "negative after the ramp-up",
    code: "NEGATIVE_AFTER_RAMP",
    overrides: {
      benefits: [{ kind: "fixed", label: "Saving", monthly: 2000, rampMonths: 2 }],
      actuals: onPlanActuals(5).map((a) => ({ ...a, benefit: 500 })),
    },
    old: "The planned ramp-up ended in month 3, but cumulative ROI is still -70.59% in month 5. Check whether the benefits will still come; redesign, scale down or stop the investment.",
  },
];

/** The old text with money and periods in today's English formats; every other character stays. */
const inEnglishFormats = (old: string) =>
  old
    .replace(/EUR (\d{1,3}(?:,\d{3})*\.\d{2})/g, (_, amount: string) =>
      formatMoney(amount.replaceAll(",", ""), "en", "EUR"),
    )
    .replace(/\b(\d{4}-\d{2})\b/g, (_, period: string) => formatPeriod(period, "en"));

describe("English leak messages say what the engine said", () => {
  it.each(CASES)("$label", ({ code, overrides, old }) => {
    const leak = findLeak(collectLeaks(overrides), code);
    expect(leak).toBeDefined();
    if (!leak) return;
    expect(renderLeakMessage(leak, "en", "EUR")).toBe(inEnglishFormats(old));
  });

  it("covers every leak code", () => {
    expect(new Set(CASES.map((c) => c.code))).toEqual(new Set(LEAK_CODES));
  });

  it("only swaps the formats", () => {
    expect(inEnglishFormats("EUR 3,000.00 short; month 4 (2026-04)")).toBe("€3,000.00 short; month 4 (April 2026)");
  });
});
