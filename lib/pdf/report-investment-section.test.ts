import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { UiLocale } from "@/lib/i18n/locales";
import { formatMoney, formatPercent } from "./formatters";
import { planInvestmentReport } from "./investment-report";
import { countPdfPages, renderInvestmentReport } from "./render";
import { buildReportModel, type ReportModel } from "./report-model";
import { sectionInvestment } from "./report-section-fixture";

// 60 months from 2026-01, 22 of them recorded (the period runs to October 2027): the month
// table (22 months, a total, 12 forecast months, 3 rows of 12) runs over a page.
const investment = sectionInvestment({
  horizonMonths: 60,
  actuals: Array.from({ length: 22 }, (_, i) => ({ cost: i === 0 ? 1300 : 20, benefit: 60 + i * 5 })),
});

const modelIn = (locale: UiLocale): ReportModel =>
  buildReportModel({
    workspace: { name: "Test BV", currency: "EUR", discountRatePct: "6" },
    consultantName: "Demi",
    options: { period: { from: "2026-01", to: "2027-10" }, scenario: "expected", locale },
    generatedAt: new Date("2027-11-15T12:00:00Z"),
    investments: [investment],
    reviews: [],
  });

/** Runs of white space (no-break spaces too: "€ 1.234,56" in nl) as one space. */
const flat = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, " ");

/**
 * pdftotext, one string per page, runs of white space as one space: "-layout" keeps a
 * table's rows on their lines; "-raw" keeps each text's words in drawing order (a figure's
 * label and then its value).
 */
function pagesOf(pdf: Buffer, mode: "-layout" | "-raw" = "-layout"): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), "realised-section-"));
  try {
    writeFileSync(path.join(dir, "s.pdf"), pdf);
    const text = execFileSync("pdftotext", [mode, path.join(dir, "s.pdf"), "-"], { encoding: "utf8" });
    return text
      .split("\f")
      .filter((page) => page.trim() !== "")
      .map(flat);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const EXPECTED: Record<
  UiLocale,
  {
    npv: string;
    irr: string;
    discountedPayback: string;
    estimate: string;
    probability: string;
    head: string;
    continued: string;
  }
> = {
  en: {
    npv: "Net present value at 6.00% (workspace default rate)",
    irr: "Internal rate of return (IRR)",
    discountedPayback: "Discounted payback",
    estimate: "Estimate (simulation, seed 1, 10,000 draws)",
    probability: "Probability of paying back within the horizon:",
    head: "Month Cost Cost Cost Benefit Benefit Benefit Cum. ROI Cum. ROI",
    continued: "Invoice scanning (continued)",
  },
  nl: {
    npv: "Netto contante waarde bij 6,00% (standaardrente van de werkruimte)",
    irr: "Interne rentabiliteit (IRR)",
    discountedPayback: "Verdisconteerd terugverdiend",
    estimate: "Schatting (simulatie, seed 1, 10.000 trekkingen)",
    probability: "Kans om binnen de looptijd terug te verdienen:",
    head: "Maand Kosten Kosten Afwijking Opbrengst Opbrengst Afwijking Cum. ROI Cum. ROI",
    continued: "Invoice scanning (vervolg)",
  },
};

describe.each(["en", "nl"] as const)("the investment section in the PDF (%s)", (locale) => {
  it("prints NPV, IRR, discounted payback, P10/P50/P90, the probability, and repeats the table head", async () => {
    const model = modelIn(locale);
    const section = model.investments[0];
    const { discounted, risk } = section;
    const simulation = risk!.simulation!;
    const pdf = await renderInvestmentReport(model, section.id);
    const pages = pagesOf(pdf);
    expect(pages).toHaveLength(countPdfPages(pdf));
    expect(pages).toHaveLength(planInvestmentReport(model, section).length);
    const all = pagesOf(pdf, "-raw").join(" ");
    const e = EXPECTED[locale];
    const money = (v: string) => flat(formatMoney(v, locale, "EUR"));

    expect(all).toContain(`${e.npv} ${money(discounted!.npv)}`);
    expect(all).toContain(`${e.irr} ${formatPercent(discounted!.irrPct, locale)}`);
    expect(discounted!.discountedPaybackPeriod).toBe("2027-01");
    expect(all).toContain(`${e.discountedPayback} ${locale === "en" ? "January 2027" : "januari 2027"}`);
    expect(all).toContain(e.estimate);
    expect(all).toContain(
      `P10 P50 P90 ROI ${locale === "en" ? "(full horizon)" : "(hele looptijd)"} ${formatPercent(simulation.roiPct.p10, locale)} ${formatPercent(simulation.roiPct.p50, locale)} ${formatPercent(simulation.roiPct.p90, locale)}`,
    );
    for (const p of [simulation.npv.p10, simulation.npv.p50, simulation.npv.p90]) expect(all).toContain(money(p!));
    expect(all).toContain(`${e.probability} ${formatPercent(simulation.paybackProbabilityPct, locale)}`);
    // The tornado names each driver with both amounts.
    for (const driver of risk!.sensitivity.drivers) {
      expect(all).toContain(`−20%: ${money(driver.lowNpv)}`);
      expect(all).toContain(`+20%: ${money(driver.highNpv)}`);
    }

    // The table starts on one page and continues on the next under the section's title, head row again.
    const withHead = pages.flatMap((page, i) => (page.includes(e.head) ? [i] : []));
    expect(withHead.length).toBeGreaterThanOrEqual(2);
    const next = pages[withHead[1]];
    expect(next.indexOf(e.continued)).toBeLessThan(next.indexOf(e.head));
    // A recorded month before the break, the total and the forecast after it.
    expect(pages[withHead[0]]).toContain(
      locale === "en" ? "Jan 2026 1,200.00 1,300.00 100.00" : "jan 2026 1.200,00 1.300,00 100,00",
    );
  }, 30_000);

  it("says why there is no IRR (with the roots) and what to do when no item has a range", async () => {
    const model = modelIn(locale);
    const base = model.investments[0];
    const investment = {
      ...base,
      discounted: {
        ...base.discounted!,
        irrPct: null,
        irrNullReason: "MULTIPLE_ROOTS" as const,
        irrRootsPct: [12.5, 250],
      },
      risk: { ...base.risk!, simulation: null },
    };
    const pdf = await renderInvestmentReport({ ...model, investments: [investment] }, base.id);
    const all = pagesOf(pdf, "-raw").join(" ");
    expect(all).toContain(
      locale === "en"
        ? "IRR): ambiguous: the flows change sign more than once; NPV = 0 at 12.50% and 250.00%"
        : "IRR): niet eenduidig: de stromen wisselen vaker van teken; NCW = 0 bij 12,50% en 250,00%",
    );
    expect(all).toContain(
      locale === "en"
        ? "No ranges set: add low/high per item in the plan editor"
        : "Geen bandbreedtes ingesteld: geef per post een laag en hoog in de planeditor",
    );
  }, 30_000);
});
