import { NextIntlClientProvider } from "next-intl";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import nl from "@/lib/i18n/messages/nl.json";
import type { CurrencyTotals, PortfolioTotals } from "@/lib/portfolio/roll-up";
import type { InvestmentRow, PortfolioLeak } from "@/lib/portfolio/stored-figures";
import { InvestmentTable } from "./investment-table";
import { PortfolioTotalsSection } from "./portfolio-totals";
import { ReviewedLeaks } from "./reviewed-leaks";
import { TablePagination } from "./table-pagination";

// The server actions behind the buttons are not what these tests look at.
vi.mock("@/lib/leaks/actions", () => ({ undoLeakReviewAction: vi.fn(), acknowledgeLeakAction: vi.fn(), snoozeLeakAction: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: vi.fn() }) }));

function render(element: ReactElement, locale: "en" | "nl" = "en") {
  const html = renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={locale === "en" ? en : nl} timeZone="Europe/Amsterdam">
      {element}
    </NextIntlClientProvider>,
  );
  return html.replace(/\u00a0|\u202f/g, " ");
}
const text = (html: string) => html.replace(/<[^>]+>/g, "");

const totalsOf = (currency: string, values: Partial<CurrencyTotals> = {}): CurrencyTotals => ({
  currency,
  investments: 0,
  invested: 0,
  realised: 0,
  net: 0,
  actualRoiPct: null,
  forecastCost: 0,
  forecastBenefit: 0,
  forecastRoiPct: null,
  plannedCost: 0,
  plannedBenefit: 0,
  plannedRoiPct: null,
  payback: { paid_back: 0, on_track: 0, late: 0, unknown: 0 },
  missingMonths: 0,
  leaks: 0,
  atStakeMonthly: 0,
  lastActualAt: null,
  ...values,
});

const portfolio: PortfolioTotals = {
  reportingCurrency: "EUR",
  headline: totalsOf("EUR", { investments: 3, invested: 1000, realised: 1500, net: 500, actualRoiPct: 50, payback: { paid_back: 1, on_track: 1, late: 0, unknown: 1 } }),
  otherCurrencies: [{ ...totalsOf("USD", { investments: 1, invested: 2000, realised: 500, actualRoiPct: -75 }), converted: totalsOf("EUR", { investments: 1, invested: 1847.92, realised: 461.98 }) }],
  drafts: [totalsOf("EUR", { investments: 3, plannedCost: 9000, plannedRoiPct: 12.5 })],
  conversion: { complete: false, missing: [{ from: "USD", to: "EUR", period: "2026-07" }], fallbacks: [{ from: "USD", to: "EUR", usedPeriod: "2026-11", months: 14 }] },
};

describe("PortfolioTotalsSection", () => {
  const section = (percentOnly = false, locale: "en" | "nl" = "en") =>
    text(render(<PortfolioTotalsSection totals={portfolio} currencies={["EUR", "USD"]} currencyHref={(c) => `/w/x?currency=${c}`} percentOnly={percentOnly} />, locale));

  it("labels the headline with its currency and scope, and shows the four payback statuses", () => {
    const html = section();
    expect(html).toContain("Headline figures: 3 approved plans in EUR");
    expect(html).toContain("Invested (EUR)€1,000.00");
    expect(html).toContain("1 paid back1 on track0 late1 unknown");
  });

  it("lists what another currency adds, converted, and says which rates are missing", () => {
    const html = section();
    expect(html).toContain("Of which in USD: 1 plan, invested $2,000.00, realised $500.00, ROI -75.00%; converted: invested €1,847.92, realised €461.98");
    expect(html).toContain("Incomplete: 1 exchange rate is missing");
    expect(html).toContain("Rate missing for 2026-07 USD→EUR");
    expect(html).toContain("USD forecasts of 14 months at the 2026-11 rate (the latest known)");
    expect(section(false, "nl")).toContain("Koers ontbreekt voor 2026-07 USD→EUR");
    expect(section(false, "nl")).toContain("geïnvesteerd US$ 2.000,00");
    expect(render(<PortfolioTotalsSection totals={portfolio} currencies={["EUR", "USD"]} currencyHref={(c) => `/w/x?currency=${c}`} />)).toContain('href="/w/x?currency=USD"');
  });

  it("shows drafts apart", () => {
    expect(section()).toContain("Drafts (not in the totals): 3 plans in EUR, planned ROI 12.50% on a planned cost of €9,000.00");
    expect(section(false, "nl")).toContain("Concepten (niet in de totalen): 3 plannen in EUR, geplande ROI 12,50%");
    expect(section(false, "nl")).toContain("1 terugverdiend1 op schema0 te laat1 onbekend");
  });

  it("percentages only: no amounts at all", () => {
    const html = section(true);
    expect(html).not.toMatch(/[€$]/);
    expect(html).toContain("Of which in USD: 1 plan, ROI -75.00%");
  });
});

const row = (values: Partial<InvestmentRow>): InvestmentRow => ({
  id: "i1",
  workspaceId: "w",
  name: "Loyalty",
  status: "active",
  category: "loyalty",
  currency: "EUR",
  startMonth: "2026-01",
  counted: true,
  valid: true,
  invested: 100,
  realised: 50,
  actualRoiPct: -50,
  forecastRoiPct: 10,
  plannedRoiPct: 20,
  plannedPaybackMonth: 6,
  projectedPaybackMonth: 9,
  paybackStatus: "late",
  recordedMonths: 8,
  expectedMonths: 9,
  missingMonths: 1,
  leakCount: 0,
  atStakeMonthly: 0,
  sparkline: [],
  versionUsed: 1,
  ...values,
});

describe("InvestmentTable", () => {
  const table = (rows: InvestmentRow[], percentOnly = false) =>
    render(
      <InvestmentTable slug="acme" rows={rows} sort={{ sort: "name", direction: "asc" }} sortHref={(s) => `/w/acme?sort=${s.sort}&dir=${s.direction}`} percentOnly={percentOnly} />,
    );

  it("months recorded: '8 of 9', the count when none were due yet, never '—' when months were recorded", () => {
    const html = table([row({}), row({ id: "i2", status: "approved", recordedMonths: 3, expectedMonths: 0 }), row({ id: "i3", recordedMonths: 0, expectedMonths: 0 })]);
    const cells = [...html.matchAll(/data-testid="months-recorded">([^<]*)</g)].map((m) => m[1]);
    expect(cells).toEqual(["8 of 9", "3 recorded", "—"]);
  });

  it("payback status in the cards' words, drafts marked", () => {
    const html = table([row({}), row({ id: "d", status: "draft", counted: false, paybackStatus: "unknown" })]);
    expect(html).toContain('data-testid="payback-status">late<');
    expect(html).toContain('data-testid="payback-status">unknown<');
    expect(html).toContain("draft · not in the totals");
    expect(html).toContain('data-testid="draft-row"');
  });

  it("sortable headers are links with aria-sort; the current column flips", () => {
    const html = table([row({})]);
    expect(html).toMatch(/<th scope="col" class="[^"]*" aria-sort="ascending"><a [^>]*href="\/w\/acme\?sort=name&amp;dir=desc"/);
    expect(html).toMatch(/aria-sort="none"><a [^>]*href="\/w\/acme\?sort=actualRoi&amp;dir=desc"/);
    // Columns that cannot be sorted carry no aria-sort.
    expect(html).toContain('<th scope="col" class="py-2 pr-3 text-right">Payback planned</th>');
  });

  it("says 'below forecast' in words beside the red figure, and only then", () => {
    const html = table([row({}), row({ id: "i2", actualRoiPct: 20, forecastRoiPct: 10 }), row({ id: "i3", actualRoiPct: null })]);
    expect(html.match(/data-testid="below-forecast">below forecast</g)).toHaveLength(1);
    expect(html).toMatch(/text-red-700">-50.00%<span class="block text-xs" data-testid="below-forecast">/);
  });

  it("scrolls sideways by keyboard too, keeping each investment's name in view", () => {
    const html = table([row({}), row({ id: "d", status: "draft", counted: false })]);
    expect(html).toMatch(/^<div role="region" aria-label="Investments with forecast and actual ROI" tabindex="0" data-scroll-region="" class="relative overflow-x-auto/);
    expect(html).toMatch(/<th scope="row" class="[^"]*sticky left-0[^"]*bg-white"><a [^>]*>Loyalty<\/a>/);
    // A draft row's grey carries on under its sticky name.
    expect(html).toMatch(/data-testid="draft-row"><th scope="row" class="[^"]*sticky left-0[^"]*bg-gray-50"/);
  });

  it("gives screen readers the trend the sparkline draws", () => {
    const sparkline = [
      { period: "2026-01", actual: -100, forecast: -90 },
      { period: "2026-02", actual: null, forecast: -40 },
      { period: "2026-03", actual: -50, forecast: 10 },
    ];
    expect(table([row({ sparkline })])).toContain('<span class="sr-only">Measured: from -100.00% in January 2026 to -50.00% in March 2026.</span>');
  });

  it("percentages only: no amount columns and no sorting by amounts", () => {
    const html = table([row({ atStakeMonthly: 120 })], true);
    expect(text(html)).not.toMatch(/[€$]/);
    expect(html).not.toContain("sort=invested");
    expect(html).not.toContain("sort=atStake");
  });
});

describe("TablePagination", () => {
  it("says which page of how many, and links keep the rest of the view", () => {
    const html = render(<TablePagination page={2} pageCount={3} pageSize={25} total={60} pageHref={(p) => `/w/acme?sort=name&page=${p}`} />);
    expect(text(html)).toContain("26–50 of 60 investments");
    expect(text(html)).toContain("Page 2 of 3");
    expect(html).toContain('href="/w/acme?sort=name&amp;page=1"');
    expect(html).toContain('href="/w/acme?sort=name&amp;page=3"');
  });
});

describe("ReviewedLeaks", () => {
  const leak = (review: PortfolioLeak["review"]): PortfolioLeak => ({
    code: "NO_BASELINE",
    months: [1],
    atStakeMonthly: 843.75,
    params: {},
    subject: "",
    previously: true,
    investmentId: "i1",
    investmentName: "Online bestelformulier",
    workspaceId: "w",
    currency: "EUR",
    startMonth: "2025-11",
    counted: true,
    hidden: true,
    review,
  });
  const acknowledged = leak({ id: "r1", kind: "acknowledged", reason: "Baseline measured in Q1", snoozedUntil: null, by: "Rita", at: "2026-11-03T10:00:00Z", atStakeMonthly: 843.75 });
  const snoozed = leak({ id: "r2", kind: "snoozed", reason: "", snoozedUntil: "2027-01-01", by: "Piet", at: "2026-11-04T10:00:00Z", atStakeMonthly: 843.75 });

  it("names who reviewed, when, why and until when", () => {
    const html = text(render(<ReviewedLeaks leaks={[acknowledged, snoozed]} count={2} />));
    expect(html).toContain("Reviewed by Rita on 3 Nov 2026: Baseline measured in Q1 (acknowledged)");
    expect(html).toContain("Reviewed by Piet on 4 Nov 2026 (snoozed until January 2027)");
    expect(text(render(<ReviewedLeaks leaks={[snoozed]} count={1} />, "nl"))).toContain("Beoordeeld door Piet op 4 nov 2026 (uitgesteld tot januari 2027)");
  });

  it("marks a reviewed leak with a tick and in words, not by its grey box alone", () => {
    const html = render(<ReviewedLeaks leaks={[acknowledged]} count={1} />);
    expect(html).toMatch(/<svg aria-hidden="true"[^>]*text-gray-600/);
    expect(text(html)).toContain("Reviewed value leak: No baseline");
  });

  it("offers Undo only where reviews may be undone; percentages only hides the amount", () => {
    expect(render(<ReviewedLeaks leaks={[acknowledged]} count={1} undoIn="acme" />)).toContain(">Undo</button>");
    expect(render(<ReviewedLeaks leaks={[acknowledged]} count={1} />)).not.toContain("Undo");
    expect(text(render(<ReviewedLeaks leaks={[acknowledged]} count={1} percentOnly />))).not.toContain("€");
    expect(text(render(<ReviewedLeaks leaks={[acknowledged]} count={5} />))).toContain("Showing 1 of 5 reviewed leaks.");
  });
});
