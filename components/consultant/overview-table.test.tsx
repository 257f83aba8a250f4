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

const complete = { complete: true, missing: [], fallbacks: [] };
// Mixed BV reports in EUR and has a USD plan: $200 invested, $900 realised, converted month by
// month into €180 and €810 (what the rates give; the table only shows them). Its line in the
// overview currency: €1,000 + €180 = €1,180 invested, €1,500 + €810 = €2,310 realised, net €1,130.
const overview: ConsultantOverview = {
  currency: "EUR",
  rows: [
    {
      workspaceId: "w1",
      name: "Mixed BV",
      slug: "mixed",
      role: "owner",
      workspaceCurrency: "EUR",
      ...figures("EUR", 1180, 2310),
      investments: 2,
      otherCurrencies: [{ ...figures("USD", 200, 900), converted: figures("EUR", 180, 810) }],
      conversion: complete,
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
      workspaceCurrency: "GBP",
      ...figures("EUR", 0, 0),
      otherCurrencies: [],
      conversion: complete,
      countedInvestments: 1,
      drafts: 0,
      accuracy: { n: 0, notMeasurable: 0, biasPct: null, mapePct: null },
    },
  ],
  total: { ...figures("EUR", 1180, 2310), investments: 3, workspaces: 2, conversion: complete, incomplete: [] },
  categories: [],
  sort: { sort: "atStake", direction: "desc" },
  investments: 3,
};

const missingRate = { from: "USD", to: "EUR", period: "2026-07" };
const incomplete = { complete: false, missing: [missingRate], fallbacks: [] };
/** Both workspaces lack the July USD→EUR rate: the owner may add it, the viewer may not. */
const withMissingRates: ConsultantOverview = {
  ...overview,
  rows: overview.rows.map((row) => ({ ...row, conversion: incomplete })),
  total: {
    ...overview.total!,
    conversion: incomplete,
    incomplete: overview.rows.map((r) => ({ workspaceId: r.workspaceId, name: r.name, slug: r.slug, missing: [missingRate] })),
  },
};

function render(locale: "en" | "nl", shown: ConsultantOverview = overview) {
  const missing: string[] = [];
  const html = renderToStaticMarkup(
    <NextIntlClientProvider
      locale={locale}
      messages={locale === "en" ? en : nl}
      timeZone="Europe/Amsterdam"
      onError={(error) => missing.push(error.message)}
    >
      <OverviewTable overview={shown} />
    </NextIntlClientProvider>,
  );
  expect(missing).toEqual([]);
  return html.replace(/\u00a0|\u202f/g, " ");
}

describe("consultant overview table", () => {
  it.each(["en", "nl"] as const)("renders every message in %s", (locale) => {
    render(locale);
  });

  it("shows every workspace in the overview currency with one total; other currencies on lines of their own, converted beside", () => {
    const html = render("en");
    // The workspace's line and the total: in euros, the dollars converted in.
    expect(html).toContain("€1,130.00");
    expect(html).toContain("Total EUR");
    expect(html).not.toContain("Total USD");
    expect(html.match(/data-testid="consultant-total"/g)).toHaveLength(1);
    // The dollars on their own line, in dollars, with what they add in euros.
    expect(html).toContain("of which USD");
    expect(html).toContain("$700.00");
    expect(html).toContain("= €630.00");
    expect(html).toContain("2 investments");
    expect(html).toContain("1 draft plan, not in the figures");
    expect(render("nl")).toContain("waarvan USD");
    // Complete conversions: no notice.
    expect(html).not.toContain("incomplete");
  });

  it("marks a workspace whose rate table lacks a rate incomplete, names the rate, and links owners (not viewers) to add it", () => {
    const html = render("en", withMissingRates);
    expect(html.match(/data-testid="consultant-incomplete"/g)).toHaveLength(2);
    expect(html).toContain("incomplete: 1 rate missing");
    expect(html).toContain("Rate missing for 2026-07 USD→EUR");
    // Only the owner's workspace links to its rate table with the rate prefilled.
    expect(html).toContain('href="/w/mixed/rates?from=USD&amp;to=EUR&amp;month=2026-07"');
    expect(html).not.toContain("/w/nieuw/rates");
    expect(html).toContain("Incomplete: exchange rates are missing in 2 workspaces (Mixed BV, Nieuw BV)");
    const nl = render("nl", withMissingRates);
    expect(nl).toContain("onvolledig: 1 koers ontbreekt");
    expect(nl).toContain("Koers ontbreekt voor 2026-07 USD→EUR");
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
