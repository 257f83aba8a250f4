import { NextIntlClientProvider } from "next-intl";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import nl from "@/lib/i18n/messages/nl.json";
import type { PlanComparison } from "@/lib/investments/plan-comparison";
import type { ActualTotals } from "@/lib/roi";
import { PlanComparisonNote } from "./plan-comparison-note";

function render(locale: "en" | "nl", element: ReactElement) {
  const missing: string[] = [];
  const html = renderToStaticMarkup(
    <NextIntlClientProvider
      locale={locale}
      messages={locale === "en" ? en : nl}
      timeZone="Europe/Amsterdam"
      onError={(error) => missing.push(error.message)}
    >
      {element}
    </NextIntlClientProvider>,
  );
  expect(missing).toEqual([]);
  return html.replace(/\u00a0|\u202f/g, " ");
}

const v1 = { forecastCost: 4000, forecastBenefit: 16000, forecastNet: 12000, forecastRoiPct: 300 };
const v2 = { forecastCost: 4000, forecastBenefit: 6400, forecastNet: 2400, forecastRoiPct: 60 };
const reforecast: PlanComparison = {
  basis: "in-force",
  originalVersion: 1,
  currentVersion: 2,
  comparedVersions: [1],
  unversionedMonths: [],
  recordedMonths: 8,
  differs: true,
  againstOriginal: v1,
  againstCurrent: v2,
  againstInForce: v1,
};
const actual = { cost: 4000, benefit: 5600, roiPct: 40 } as ActualTotals;

describe("PlanComparisonNote", () => {
  it("states the plan in force and shows the original and current plan side by side", () => {
    const html = render("en", <PlanComparisonNote comparison={reforecast} actual={actual} currency="EUR" />);
    expect(html).toContain("Compared with the plan in force when each month was recorded (v1).");
    expect(html).toContain("Original plan (v1)");
    expect(html).toContain("Current plan (v2)");
    expect(html).toContain("€16,000.00");
    expect(html).toContain("€6,400.00");
    expect(html).toMatch(/plan-roi-original">300(\.00)?%/);
    expect(html).toMatch(/plan-roi-current">60(\.00)?%/);
  });

  it("says it in Dutch too", () => {
    const html = render(
      "nl",
      <PlanComparisonNote
        comparison={{ ...reforecast, comparedVersions: [1, 2], unversionedMonths: [1] }}
        actual={actual}
        currency="EUR"
      />,
    );
    expect(html).toContain("Vergeleken met het plan dat gold toen elke maand werd vastgelegd (v1, v2).");
    expect(html).toContain("1 maand is vastgelegd zonder goedgekeurd plan en wordt vergeleken met het getoonde plan.");
    expect(html).toContain("Oorspronkelijk plan (v1)");
    expect(html).toContain("Huidig plan (v2)");
  });

  it("shows no side-by-side table while the plans agree, and names a draft plan", () => {
    const same = render(
      "en",
      <PlanComparisonNote
        comparison={{ ...reforecast, currentVersion: 1, differs: false, againstCurrent: v1 }}
        actual={actual}
        currency="EUR"
      />,
    );
    expect(same).not.toContain("plan-comparison-table");
    const draft = render(
      "en",
      <PlanComparisonNote
        comparison={{
          ...reforecast,
          originalVersion: null,
          currentVersion: null,
          comparedVersions: [],
          differs: false,
        }}
        actual={actual}
        currency="EUR"
      />,
    );
    expect(draft).toContain("Compared with the draft plan (not approved yet).");
  });
});
