import { NextIntlClientProvider } from "next-intl";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { MonthViewData } from "@/lib/dashboard/month-view";
import en from "@/lib/i18n/messages/en.json";
import nl from "@/lib/i18n/messages/nl.json";
import { MonthChanges } from "./month-changes";
import { MonthHeader } from "./month-header";
import { MonthOutOfRange } from "./month-out-of-range";
import { NewLeaks } from "./new-leaks";
import { RealisedValue } from "./realised-value";
import { ToRecord } from "./to-record";

const figure = (current: number | null, previous: number | null) => ({ current, previous, change: current === null || previous === null ? null : current - previous });
const change = {
  cost: figure(2313.32, 2313.32),
  benefit: figure(5769.75, 5000),
  roi: { current: 47.38, previous: 42.43, changePp: 4.95 },
  recorded: 3,
  previousRecorded: 3,
};
// The workspace reports in EUR; its USD plan's October converts (at EUR→USD 1.25) into €80 cost, €200 benefit.
const complete = { complete: true, missing: [], fallbacks: [] };
const realised: MonthViewData["realised"] = [
  { currency: "EUR", cost: 2313.32, benefit: 5769.75, net: 3456.43, investments: 3 },
  { currency: "USD", cost: 100, benefit: 250, net: 150, investments: 1, converted: { currency: "EUR", cost: 80, benefit: 200, net: 120, conversion: complete } },
];
const realisedTotal: MonthViewData["realisedTotal"] = { currency: "EUR", cost: 2393.32, benefit: 5969.75, net: 3576.43, investments: 4, conversion: complete };
const missingOctober = { from: "USD", to: "EUR", period: "2026-10" };
const incomplete = { complete: false, missing: [missingOctober], fallbacks: [] };
const toRecord: MonthViewData["toRecord"] = {
  state: "due",
  itemCount: 1,
  overdueCount: 1,
  items: [{ investmentId: "i1", name: "Online bestelformulier", monthNumber: 14, href: "/w/bakkerij/investments/i1/actuals#actuals-2026-11-cost" }],
  overdue: [{ investmentId: "i1", name: "Online bestelformulier", periods: ["2026-03", "2026-04"], href: "/w/bakkerij/investments/i1/actuals#actuals-2026-03-cost" }],
};
const newLeaks: MonthViewData["newLeaks"] = {
  hidden: 1,
  count: 1,
  leaks: [
    { code: "MISSING_ACTUALS", months: [6], periods: ["2026-03"], atStakeMonthly: 900, params: { months: [6], periods: ["2026-03"] }, investmentId: "i1", investmentName: "Online bestelformulier", workspaceId: "w", currency: "EUR" },
  ],
};
const changes: MonthViewData["changes"] = {
  previousPeriod: "2026-09",
  rows: [
    { investmentId: "i1", name: "Online bestelformulier", currency: "EUR", counted: true, ...change, cost: figure(null, 95) },
    { investmentId: "i2", name: "US webshop", currency: "USD", counted: false, ...change, converted: { currency: "EUR", cost: figure(1850.66, 1850.66), benefit: figure(4615.8, 4000), missing: [] } },
  ],
  rowCount: 2,
  totals: [
    { currency: "EUR", ...change },
    { currency: "USD", ...change, cost: figure(100, null), converted: { currency: "EUR", ...change, cost: figure(80, null), conversion: complete } },
  ],
  total: { currency: "EUR", ...change, cost: figure(2393.32, 2313.32), conversion: complete },
  kpis: [
    { investmentId: "i1", investmentName: "AI-marketingtool", kpiId: "k1", kpi: "Conversieratio", unit: "%", direction: "up", value: "1.7", previous: { period: "2026-02", value: "1.85" }, change: "-0.15", trend: "worse" },
    { investmentId: "i1", investmentName: "AI-marketingtool", kpiId: "k2", kpi: "CAC", unit: "€", direction: "down", value: "240", previous: null, change: null, trend: null },
  ],
};

function render(locale: "en" | "nl", element: ReactElement) {
  const missing: string[] = [];
  const html = renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={locale === "en" ? en : nl} timeZone="Europe/Amsterdam" onError={(error) => missing.push(error.message)}>
      {element}
    </NextIntlClientProvider>,
  );
  expect(missing).toEqual([]);
  return html.replace(/\u00a0|\u202f/g, " ");
}

const all = (
  <>
    <MonthHeader slug="bakkerij" period="2026-10" previous="2026-09" next="2026-11" current="2026-11" />
    <RealisedValue period="2026-10" isCurrent={false} realised={realised} realisedTotal={realisedTotal} stillToRecord={1} slug="bakkerij" canEditRates />
    <ToRecord period="2026-11" toRecord={toRecord} canRecord />
    <NewLeaks slug="bakkerij" period="2026-04" newLeaks={newLeaks} />
    <MonthChanges period="2026-10" previous="2026-09" changes={changes} />
    <MonthOutOfRange slug="bakkerij" period="2025-06" reason="before-first" range={{ first: "2025-07", current: "2026-11" }} />
    <MonthOutOfRange slug="bakkerij" period="2026-12" reason="after-current" range={{ first: "2025-07", current: "2026-11" }} />
  </>
);

describe("month view sections", () => {
  it.each(["en", "nl"] as const)("render every message in %s", (locale) => {
    render(locale, all);
  });

  it("formats money in the reader's locale and signs changes", () => {
    expect(render("en", all)).toContain("€3,456.43");
    const nlHtml = render("nl", all);
    expect(nlHtml).toContain("€ 3.456,43");
    expect(nlHtml).toContain("+€ 769,75");
    expect(nlHtml).toContain("+4,95 procentpunt");
  });

  it("says what a new leak found in the reader's language", () => {
    expect(render("nl", <NewLeaks slug="bakkerij" period="2026-04" newLeaks={newLeaks} />)).toContain("Geen werkelijke cijfers voor maand 6 (maart 2026).");
    expect(render("en", <NewLeaks slug="bakkerij" period="2026-04" newLeaks={newLeaks} />)).toContain("No actual figures for month 6 (March 2026).");
  });

  it("offers one-click recording for editors only", () => {
    const editor = render("en", <ToRecord period="2026-11" toRecord={toRecord} canRecord />);
    expect(editor).toContain('href="/w/bakkerij/investments/i1/actuals#actuals-2026-11-cost"');
    expect(editor).toContain('aria-label="Record November 2026 for Online bestelformulier"');
    expect(editor).toContain("Record March 2026");
    const viewer = render("en", <ToRecord period="2026-11" toRecord={toRecord} canRecord={false} />);
    expect(viewer).not.toContain("actuals#");
    expect(viewer).toContain("An editor or owner can record this");
  });

  it("shows the first 50 of a long list and says how many there are", () => {
    const items = Array.from({ length: 50 }, (_, i) => ({ ...toRecord.items[0], investmentId: `i${i}`, name: `Investment ${i}` }));
    const html = render("en", <ToRecord period="2026-11" toRecord={{ ...toRecord, items, itemCount: 1700 }} canRecord />);
    expect(html).toContain("Showing the first 50 of 1700, by name.");
    expect(html).toContain("1,700 running investments have no figures");
    expect(render("nl", <MonthChanges period="2026-10" previous="2026-09" changes={{ ...changes, rowCount: 1700 }} />)).toContain("De 2 grootste veranderingen van 1700 investeringen");
  });

  it("says so when everything is recorded", () => {
    const html = render("en", <ToRecord period="2026-03" toRecord={{ state: "missing", itemCount: 0, items: [], overdueCount: 0, overdue: [] }} canRecord />);
    expect(html).toContain("Everything for March 2026 is recorded.");
    expect(html).toContain("Actuals for March 2026");
    expect(render("en", <ToRecord period="2026-03" toRecord={{ ...toRecord, state: "missing", overdueCount: 0, overdue: [] }} canRecord />)).toContain("Missing for March 2026");
  });

  it("tables have captions and row headers; a missing month is not shown as zero", () => {
    const html = render("en", <MonthChanges period="2026-10" previous="2026-09" changes={changes} />);
    expect(html).toContain("<caption");
    expect(html).toContain('<th scope="row"');
    expect(html).toContain("not recorded");
    expect(html).toContain("worse (should go up)");
    expect(html).toContain("first measurement");
  });

  it("adds currencies only converted: the total in the reporting currency, each currency on its own line with its converted amounts; drafts flagged, not totalled", () => {
    const html = render("en", all);
    expect(html).toContain("All currencies, in EUR");
    expect(html).toContain("€3,576.43");
    expect(html).toContain("In EUR");
    expect(html).toContain("In USD");
    expect(html).toContain("$150.00");
    expect(html).toContain("= €120.00");
    expect(html).toContain("All investments in EUR");
    expect(html).toContain("All investments in USD");
    expect(html).toContain("All investments, in EUR");
    expect(html).toContain("= €1,850.66");
    expect(html).toContain("draft plan: not in the total");
    expect(render("nl", all)).toContain("Alle valuta samen, in EUR");
    // One currency, the reporting one: the plain labels and no second total.
    const single = render("en", <RealisedValue period="2026-10" isCurrent={false} realised={realised.slice(0, 1)} realisedTotal={{ ...realised[0], conversion: complete }} stillToRecord={0} />);
    expect(single).not.toContain("In EUR");
    expect(single).not.toContain("All currencies");
    const oneTotal = render("en", <MonthChanges period="2026-10" previous="2026-09" changes={{ ...changes, totals: changes.totals.slice(0, 1), total: { ...changes.totals[0], conversion: complete } }} />);
    expect(oneTotal).toContain("All investments<");
    expect(oneTotal).not.toContain("All investments, in");
  });

  it("names a missing rate beside the amount it leaves out, and links editors to add it", () => {
    const missingLine = { ...realised[1], converted: { ...realised[1].converted!, cost: 0, benefit: 0, net: 0, conversion: incomplete } };
    const realisedHtml = render(
      "en",
      <RealisedValue period="2026-10" isCurrent={false} realised={[realised[0], missingLine]} realisedTotal={{ ...realisedTotal!, conversion: incomplete }} stillToRecord={0} slug="bakkerij" canEditRates />,
    );
    expect(realisedHtml).toContain("Rate missing for 2026-10 USD→EUR");
    expect(realisedHtml).toContain("Incomplete: 1 exchange rate is missing");
    expect(realisedHtml).toContain('href="/w/bakkerij/rates?from=USD&amp;to=EUR&amp;month=2026-10"');
    const viewer = render("en", <RealisedValue period="2026-10" isCurrent={false} realised={[realised[0], missingLine]} realisedTotal={{ ...realisedTotal!, conversion: incomplete }} stillToRecord={0} slug="bakkerij" />);
    expect(viewer).toContain("Rate missing for 2026-10 USD→EUR");
    expect(viewer).not.toContain("/rates?");
    const rows = changes.rows.map((r) => (r.converted ? { ...r, converted: { ...r.converted, cost: figure(null, 1850.66), benefit: figure(null, 4000), missing: [missingOctober] } } : r));
    const changesHtml = render("nl", <MonthChanges period="2026-10" previous="2026-09" changes={{ ...changes, rows, total: { ...changes.total!, conversion: incomplete } }} slug="bakkerij" canEditRates />);
    expect(changesHtml).toContain("Koers ontbreekt voor 2026-10 USD→EUR");
    expect(changesHtml).toContain("Onvolledig: 1 wisselkoers ontbreekt");
  });
});

describe("MonthHeader", () => {
  const links = (html: string) => [...html.matchAll(/<a ([^>]*)>(.*?)<\/a>/g)].map(([, attrs, label]) => ({ href: /href="([^"]+)"/.exec(attrs)?.[1], current: attrs.includes('aria-current="date"'), label: label.replace(/<[^>]+>/g, "") }));

  it("offers the last complete and the current month, marking the one shown with aria-current", () => {
    const html = render("en", <MonthHeader slug="bakkerij" period="2026-10" previous="2026-09" next="2026-11" current="2026-11" first="2025-07" />);
    expect(links(html)).toEqual([
      { href: "/w/bakkerij/month/2026-09", current: false, label: "← September 2026" },
      { href: "/w/bakkerij/month/2026-10", current: true, label: "Last complete month (October 2026)" },
      { href: "/w/bakkerij/month/2026-11", current: false, label: "Current month (November 2026)" },
      { href: "/w/bakkerij/month/2026-11", current: false, label: "November 2026 →" },
    ]);
    expect(html).toContain('<nav aria-label="Months"');
    // Marked by more than colour: weight and a thicker border.
    const shown = /<a [^>]*aria-current="date"[^>]*>/.exec(html)?.[0] ?? "";
    expect(shown).toContain("font-semibold");
    expect(shown).toContain("border-2");
    expect(html.match(/font-semibold/g)).toHaveLength(2); // the heading and the shown month
  });

  it("marks the current month when it is shown, in Dutch too, across the year boundary", () => {
    const html = render("nl", <MonthHeader slug="bakkerij" period="2027-01" previous="2026-12" next={null} current="2027-01" first="2025-07" />);
    expect(links(html).map(({ label, current }) => [label, current])).toEqual([
      ["← december 2026", false],
      ["Laatste volle maand (december 2026)", false],
      ["Huidige maand (januari 2027)", true],
    ]);
  });

  it("leaves out the last complete month before the workspace's first month", () => {
    const html = render("en", <MonthHeader slug="nieuw" period="2026-11" previous={null} next={null} current="2026-11" first="2026-11" />);
    expect(links(html).map((l) => l.label)).toEqual(["Current month (November 2026)"]);
  });

  it("marks a month out of the range as neither", () => {
    const html = render("en", <MonthHeader slug="bakkerij" period="2024-01" previous={null} next={null} current="2026-11" first="2025-07" showIntro={false} />);
    expect(links(html).filter((l) => l.current)).toEqual([]);
  });
});
