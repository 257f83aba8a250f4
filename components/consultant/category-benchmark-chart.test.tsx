import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { CategoryBenchmark } from "@/lib/dashboard/consultant-overview";
import en from "@/lib/i18n/messages/en.json";
import nl from "@/lib/i18n/messages/nl.json";
import { CategoryBenchmarkChart } from "./category-benchmark-chart";

const category = (name: string, actualRoiPct: number | null, forecastRoiPct: number | null): CategoryBenchmark => ({
  category: name,
  currency: "EUR",
  investments: 1,
  workspaces: 1,
  invested: 1000,
  realised: 1200,
  actualRoiPct,
  forecastRoiPct,
  converted: 0,
  complete: true,
  missingRates: 0,
});
// Loyalty measured, process below zero, and "other" without any recorded month (no actual ROI).
const categories = [category("loyalty", 45.5, 30), category("process", -12, 10), category("other", null, 20)];

function render(locale: "en" | "nl") {
  const html = renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={locale === "en" ? en : nl} timeZone="Europe/Amsterdam">
      <CategoryBenchmarkChart categories={categories} title="ROI per category" />
    </NextIntlClientProvider>,
  );
  return html.replace(/\u00a0|\u202f/g, " ");
}

describe("the category benchmark chart", () => {
  it("says in words which category does best and worst, leaving out one without figures", () => {
    const html = render("en");
    expect(html).toContain(
      "Actual ROI: highest in Loyalty (45.50%), lowest in Process (-12.00%). Forecast ROI (same months): highest in Loyalty (30.00%), lowest in Process (10.00%).",
    );
    expect(render("nl")).toContain("Gerealiseerde ROI: het hoogst bij Loyaliteit (45,50%), het laagst bij Proces (-12,00%).");
  });

  it("hides the drawing from screen readers with nothing focusable in it, and lets the keyboard scroll the table", () => {
    const html = render("en");
    const hidden = html.slice(html.indexOf('<div aria-hidden="true">'), html.indexOf("<details"));
    expect(hidden).toContain("Actual ROI");
    expect(hidden).not.toMatch(/tabindex="0"|<button|<a /);
    expect(html).toMatch(/<div role="region" aria-label="ROI per category" tabindex="0"/);
    // The category without an actual ROI is in the table with a dash.
    expect(html).toMatch(/<th scope="row" class="[^"]*sticky left-0[^"]*">[^<]+<\/th>(<td[^>]*>[^<]*<\/td>){4}<td[^>]*>—<\/td>/);
  });
});
