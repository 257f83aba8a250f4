import Decimal from "decimal.js";
import { NextIntlClientProvider } from "next-intl";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { convertMonths, MONEY_COLUMNS, type MonthMoneyColumn } from "@/lib/currency/convert";
import { RateBook } from "@/lib/currency/rate-book";
import en from "@/lib/i18n/messages/en.json";
import nl from "@/lib/i18n/messages/nl.json";
import { investmentConversionView, type OwnMonth } from "@/lib/portfolio/investment-conversion";
import { ReportingCurrencyFigures } from "./reporting-currency-figures";

function render(locale: "en" | "nl", element: ReactElement) {
  const html = renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={locale === "en" ? en : nl} timeZone="Europe/Amsterdam">
      {element}
    </NextIntlClientProvider>,
  );
  return html.replace(/\u00a0|\u202f/g, " ").replace(/&amp;/g, "&");
}

const month = (period: string, recorded: boolean, amounts: Partial<Record<MonthMoneyColumn, string>>): OwnMonth => ({
  period,
  recorded,
  ...(Object.fromEntries(MONEY_COLUMNS.map((c) => [c, new Decimal(amounts[c] ?? "0")])) as Record<MonthMoneyColumn, Decimal>),
});
const own = [
  month("2026-01", true, { actualCost: "1000", actualBenefit: "500", expectedCost: "1000", expectedBenefit: "500" }),
  month("2026-07", true, { actualBenefit: "800", expectedBenefit: "800" }),
  month("2026-12", false, { expectedBenefit: "800" }),
];
const book = new RateBook([{ from: "EUR", to: "USD", period: "2026-01", rate: "1.0823" }, { from: "EUR", to: "USD", period: "2026-11", rate: "1.05" }]);
const result = convertMonths(own, "USD", "EUR", book);
const view = investmentConversionView(own, { currency: "USD", target: "EUR", months: result.months.map((m, i) => ({ ...m, recorded: own[i].recorded })), notes: result.notes });

describe("an investment's figures in the reporting currency", () => {
  it("for an editor: the rate of each month as stored, the fallback marked, a missing rate with a link to add it", () => {
    const html = render("en", <ReportingCurrencyFigures view={view} slug="acme" canEdit />);
    // 1000 ÷ 1.0823 = 923.958… → €923.96.
    expect(html).toContain("€923.96");
    expect(html).toContain("EUR→USD 1.0823 (divided)");
    // 2026-12 has no rate: the latest, 2026-11's. 800 ÷ 1.05 = 761.904… → €761.90.
    expect(html).toContain("EUR→USD 1.05 (divided) · at the 2026-11 rate");
    expect(html).toContain("€761.90");
    expect(html).toContain("Rate missing for 2026-07 USD→EUR");
    expect(html).toContain('href="/w/acme/rates?from=USD&to=EUR&month=2026-07"');
    // The month table scrolls sideways on a phone, by keyboard too, with each month's name kept in view.
    expect(html).toMatch(/<div role="region" aria-label="[^"]+" tabindex="0" data-scroll-region="" data-testid="conversion-months" class="relative overflow-x-auto/);
    expect(html).toMatch(/<th scope="row" class="[^"]*sticky left-0[^"]*">[^<]*December 2026/);
  });

  it("on a share link: missing rates as text only; in Dutch; percentages only leaves out every amount", () => {
    const shared = render("nl", <ReportingCurrencyFigures view={view} slug={null} canEdit={false} />);
    expect(shared).toContain("Deze investering staat in USD; de werkruimte rapporteert in EUR.");
    expect(shared).toContain("Koers ontbreekt voor 2026-07 USD→EUR");
    expect(shared).toContain("EUR→USD 1,0823 (gedeeld)");
    expect(shared).toContain("€ 923,96");
    expect(shared).not.toContain("/rates?");
    const percent = render("en", <ReportingCurrencyFigures view={view} slug={null} canEdit={false} percentOnly />);
    expect(percent).not.toContain("€");
    expect(percent).not.toContain("$");
    expect(percent).toContain("Measured ROI");
  });
});
