import { NextIntlClientProvider } from "next-intl";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import nl from "@/lib/i18n/messages/nl.json";
import { FIXED_SENSITIVITY, FIXED_SIMULATION, fixedRiskResult } from "@/lib/investments/test-risk-fixtures";
import { DiscountedFigures } from "./discounted-figures";
import { PaybackProbability } from "./payback-probability";
import { TornadoChart } from "./tornado-chart";

function render(locale: "en" | "nl", element: ReactElement) {
  const html = renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={locale === "en" ? en : nl} timeZone="Europe/Amsterdam">
      {element}
    </NextIntlClientProvider>,
  );
  return html.replace(/\u00a0|\u202f/g, " ");
}
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("discounted figures beside ROI", () => {
  it("NPV, IRR and discounted payback per scenario with the rate's source and the formulas (nl)", () => {
    const shown = text(render("nl", <DiscountedFigures result={fixedRiskResult()} />));
    expect(shown).toContain("NCW bij 7,5%");
    expect(shown).toContain("Verwacht € 1.234,56 12,34% maart 2026 (maand 3)");
    // The cell says it in a word; why is said once under the table.
    expect(shown).toContain("Conservatief € -10,05 niet eenduidig niet binnen de looptijd");
    expect(shown).toContain("IRR (Conservatief): niet eenduidig: de NCW is 0 bij 5,00% en 40,00%.");
    expect(shown).toContain("IRR (Optimistisch): geen: de maandbedragen slaan nooit om van kosten naar opbrengst.");
    expect(shown).toContain("Disconteringsvoet 7,5% per jaar (standaard van de werkruimte).");
    expect(shown).toContain("NCW = Σ (baten − kosten van maand m) ÷ (1 + r)^(m/12)");
    expect(shown).toContain("IRR = de jaarrente waarbij de NCW = 0.");
  });

  it("in English, and the plan's own rate named as such", () => {
    const shown = text(render("en", <DiscountedFigures result={fixedRiskResult({ discountRatePct: 10, discountRateSource: "definition" })} />));
    expect(shown).toContain("NPV at 10%");
    expect(shown).toContain("Expected €1,234.56 12.34% March 2026 (month 3)");
    expect(shown).toContain("IRR (Conservative): not unique: NPV is 0 at 5.00% and 40.00%.");
    expect(shown).toContain("Discount rate 10% a year (set in this plan).");
    expect(shown).toContain("Discounted payback = the first month in which the discounted benefit so far covers the discounted cost so far.");
  });

  it("a percentages-only view shows no NPV amount", () => {
    const shown = text(render("en", <DiscountedFigures result={fixedRiskResult()} hideAmounts />));
    expect(shown).not.toContain("€");
    expect(shown).toContain("12.34%");
  });
});

describe("the tornado chart", () => {
  it("labels each bar with its driver, side and signed NPV change, and gives the table (nl)", () => {
    const html = render("nl", <TornadoChart sensitivity={FIXED_SENSITIVITY} currency="EUR" />);
    const shown = text(html);
    expect(shown).toContain("Wat de NCW het meest beweegt");
    expect(shown).toContain("Omzet (baten) bij −20% € -600,00 bij +20% +€ 600,00");
    expect(shown).toContain("Bouw (kosten) bij −20% +€ 300,00 bij +20% € -300,00");
    // A template input shows under its field name, and says it was kept within its range.
    expect(shown).toContain("Deelname % (invoer van het sjabloon, binnen het toegestane bereik gehouden)");
    // Drawn from the layout: the largest change spans half the width, left of the centre.
    expect(html).toContain("left:0%;width:50%");
    expect(html).toContain("left:25%;width:25%");
    // The table: NPV at −20% / +20%, swing, ROI at both sides.
    expect(shown).toContain("Omzet € 400,00 € 1.600,00 € 1.200,00 20,00% 80,00%");
    // The order is the engine's: largest swing first.
    expect(shown.indexOf("Omzet (baten)")).toBeLessThan(shown.indexOf("Bouw (kosten)"));
  });

  it("says so when no driver changes the NPV", () => {
    const shown = text(render("en", <TornadoChart sensitivity={{ changePct: 20, base: { roiPct: null, npv: 0 }, drivers: [] }} currency="EUR" />));
    expect(shown).toContain("No driver changes the NPV.");
  });
});

describe("the probability of payback", () => {
  it("an estimate with its draws and seed, and P10/P50/P90 of ROI and NPV (en)", () => {
    const shown = text(render("en", <PaybackProbability simulation={FIXED_SIMULATION} currency="EUR" />));
    expect(shown).toContain("Chance of paying back within the horizon: 73.45%");
    expect(shown).toContain("Estimate: simulation, 10,000 draws, seed 1, over the ranges of 2 items (triangular).");
    expect(shown).toContain("ROI 12.50% 48.25% 80.00%");
    expect(shown).toContain("NPV -€250.50 €980.00 €2,100.75");
  });

  it("nl: 10.000 trekkingen", () => {
    expect(text(render("nl", <PaybackProbability simulation={FIXED_SIMULATION} currency="EUR" />))).toContain("Schatting: simulatie, 10.000 trekkingen, seed 1");
  });

  it("without ranges: the explanation and, for an editor, the link to the plan editor", () => {
    const html = render("en", <PaybackProbability simulation={null} currency="EUR" editHref="/w/acme/investments/i1/edit" />);
    expect(text(html)).toContain("No cost or benefit has a range yet");
    expect(html).toContain('href="/w/acme/investments/i1/edit"');
    expect(render("en", <PaybackProbability simulation={null} currency="EUR" />)).not.toContain("href=");
  });
});
