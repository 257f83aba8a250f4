import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ConsultantOverview, OverviewFigures } from "@/lib/dashboard/consultant-overview";
import en from "@/lib/i18n/messages/en.json";
import nl from "@/lib/i18n/messages/nl.json";
import { OverviewTable } from "./overview-table";

const figures = (currency: string, invested: number, realised: number): OverviewFigures => ({
  currency,
  investments: 1,
  invested,
  realised,
  net: realised - invested,
  actualRoiPct: null,
  forecastCost: 0,
  forecastBenefit: 0,
  forecastRoiPct: null,
  payback: { paid_back: 0, on_track: 1, late: 0, unknown: 0 },
  openLeaks: 0,
  atStakeMonthly: 0,
  missingMonths: 0,
  lastUpdate: null,
});

const overview: ConsultantOverview = {
  rows: [
    {
      workspaceId: "w1",
      name: "Mixed BV",
      slug: "mixed",
      role: "owner",
      ...figures("EUR", 1000, 1500),
      otherCurrencies: [figures("USD", 200, 900)],
      countedInvestments: 2,
      drafts: 1,
      // Bias (60.71 + 20 − 10) ÷ 3 = 23.57; MAPE (60.71 + 20 + 10) ÷ 3 = 30.236… → 30.24.
      accuracy: { n: 3, notMeasurable: 1, biasPct: 23.57, mapePct: 30.24 },
    },
    {
      workspaceId: "w2",
      name: "Nieuw BV",
      slug: "nieuw",
      role: "viewer",
      ...figures("EUR", 0, 0),
      otherCurrencies: [],
      countedInvestments: 1,
      drafts: 0,
      accuracy: { n: 0, notMeasurable: 0, biasPct: null, mapePct: null },
    },
  ],
  totals: [
    { ...figures("EUR", 1000, 1500), workspaces: 1 },
    { ...figures("USD", 200, 900), workspaces: 1 },
  ],
  categories: [],
  sort: { sort: "atStake", direction: "desc" },
  investments: 3,
};

function render(locale: "en" | "nl") {
  const missing: string[] = [];
  const html = renderToStaticMarkup(
    <NextIntlClientProvider
      locale={locale}
      messages={locale === "en" ? en : nl}
      timeZone="Europe/Amsterdam"
      onError={(error) => missing.push(error.message)}
    >
      <OverviewTable overview={overview} />
    </NextIntlClientProvider>,
  );
  expect(missing).toEqual([]);
  return html.replace(/\u00a0|\u202f/g, " ");
}

describe("consultant overview table", () => {
  it.each(["en", "nl"] as const)("renders every message in %s", (locale) => {
    render(locale);
  });

  it("shows other currencies on lines of their own and drafts as a count, never in the figures", () => {
    const html = render("en");
    expect(html).toContain("€500.00");
    expect(html).toContain("In USD");
    expect(html).toContain("$700.00");
    expect(html).toContain("2 investments");
    expect(html).toContain("1 draft plan, not in the figures");
    expect(html).toContain("Total EUR");
    expect(html).toContain("Total USD");
    // Nothing adds euros and dollars: no €1,200 / €2,400 / €1,200 net anywhere.
    expect(html).not.toContain("1,200");
    expect(html).not.toContain("2,400");
  });

  it("shows forecast accuracy per client as bias and MAPE with n, sortable, and says when there is none", () => {
    const en = render("en");
    expect(en).toContain("Forecast accuracy");
    expect(en).toContain("href=\"/workspaces?sort=accuracy&amp;dir=desc\"");
    expect(en).toContain("Bias +23.57% · MAPE 30.24%");
    expect(en).toContain("n = 3");
    expect(en).toContain("Not measurable yet");
    const nl = render("nl");
    expect(nl).toContain("Voorspelkwaliteit");
    expect(nl).toContain("Bias +23,57% · MAPE 30,24%");
    expect(nl).toContain("Nog niet meetbaar");
  });
});
