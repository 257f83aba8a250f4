import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ForecastDrift } from "@/lib/accuracy/drift";
import en from "@/lib/i18n/messages/en.json";
import nl from "@/lib/i18n/messages/nl.json";
import { ForecastDriftChart } from "./forecast-drift-chart";

const drift: ForecastDrift = {
  versions: [1, 2],
  points: [
    { period: "2026-01", v1: 900, v2: null, actual: 400 },
    { period: "2026-04", v1: 3600, v2: 600, actual: 2300 },
  ],
  accuracy: [
    { version: 1, approvedPeriod: "2025-12", fromPeriod: "2026-01", months: 5, forecastBenefit: "4500.00", actualBenefit: "2800.00", errorPct: 60.71, gap: null },
    { version: 2, approvedPeriod: "2026-04", fromPeriod: "2026-04", months: 0, forecastBenefit: "0.00", actualBenefit: "0.00", errorPct: null, gap: "NO_MONTHS" },
  ],
};

function render(locale: "en" | "nl", value: ForecastDrift = drift) {
  const missing: string[] = [];
  const html = renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={locale === "en" ? en : nl} timeZone="Europe/Amsterdam" onError={(e) => missing.push(e.message)}>
      <ForecastDriftChart drift={value} currency="EUR" />
    </NextIntlClientProvider>,
  );
  expect(missing).toEqual([]);
  return html.replace(/\u00a0|\u202f/g, " ");
}

describe("forecast drift chart", () => {
  it("names each version's line and gives the figures as tables, in the reader's locale", () => {
    const en = render("en");
    expect(en).toContain("Plan v1");
    expect(en).toContain("Plan v2");
    expect(en).toContain("Realised");
    // The data table beside the chart, and the per-version table with the direction in words.
    expect(en).toContain("€3,600.00");
    expect(en).toContain("€4,500.00");
    expect(en).toContain("+60.71%");
    expect(en).toContain("forecast above realised");
    expect(en).toContain("no months recorded since");
    const nl = render("nl");
    expect(nl).toContain("€ 4.500,00");
    expect(nl).toContain("+60,71%");
    expect(nl).toContain("Gerealiseerd");
  });

  it("says in words what the chart shows, and lets the keyboard scroll its tables", () => {
    const html = render("en");
    expect(html).toContain("Plan v2: €600.00 in April 2026. Realised: from €400.00 in January 2026 to €2,300.00 in April 2026.");
    expect(html).toMatch(/<div role="region" aria-label="How the forecasts drifted: cumulative benefit per plan version" tabindex="0"/);
    expect(render("nl")).toContain("Gerealiseerd: van € 400,00 in januari 2026 naar € 2.300,00 in april 2026.");
  });

  it("says so when there is no approved version", () => {
    expect(render("en", { versions: [], points: [], accuracy: [] })).toContain("No approved plan version yet.");
  });
});
