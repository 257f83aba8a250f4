// Server-side renders of the rate page's parts, in both languages.
import { createTranslator, NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import nl from "@/lib/i18n/messages/nl.json";
import { CurrencySelect } from "./currency-select";
import { RateForm } from "./rate-form";
import { RateImport } from "./rate-import";
import { RateTable, type RateTableRow } from "./rate-table";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: vi.fn() }) }));
vi.mock("@/lib/rates/actions", () => ({ saveRateAction: vi.fn(), deleteRateAction: vi.fn(), previewRateImportAction: vi.fn(), confirmRateImportAction: vi.fn() }));

const fail = (error: unknown) => {
  throw error;
};
const render = (node: ReactNode, locale: "en" | "nl" = "en") =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={locale === "en" ? en : nl} timeZone="Europe/Amsterdam" onError={fail}>
      {node}
    </NextIntlClientProvider>,
  );
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

const row = (overrides: Partial<RateTableRow> = {}): RateTableRow => ({
  id: "r1",
  from: "USD",
  to: "EUR",
  month: "2026-07",
  rate: "0.924",
  source: "manual",
  sourceDetail: "",
  enteredByName: "Eddie Editor",
  updatedAt: "2026-07-03T10:00:00.000Z",
  ...overrides,
});

describe("the rates namespace", () => {
  const leaves = (messages: object, prefix = ""): string[] =>
    Object.entries(messages).flatMap(([key, value]) => (typeof value === "object" ? leaves(value as object, `${prefix}${key}.`) : [`${prefix}${key}`]));

  it("has the same keys in English and Dutch", () => {
    expect(leaves(nl.rates).sort()).toEqual(leaves(en.rates).sort());
    expect(nl.workspaceNav.rates).toBe("Wisselkoersen");
  });

  it.each(["en", "nl"] as const)("formats every message in %s", (locale) => {
    const t = createTranslator({ locale, messages: locale === "en" ? en : nl, namespace: "rates", onError: fail });
    const values = { count: 2, total: 3, shown: 1, currency: "EUR", from: "USD", to: "EUR", month: "2026-07", pair: "USD → EUR", created: 1, replaced: 2, kept: 3, unchanged: 4, layout: "x" };
    for (const key of leaves(en.rates)) expect(() => t(key as never, values as never), key).not.toThrow();
  });
});

describe("RateForm", () => {
  it("labels every input and starts with the reporting currency as 'to'", () => {
    const html = render(<RateForm slug="acme" reportingCurrency="GBP" prefill={{}} defaultMonth="2026-07" />);
    for (const label of ["From (1 unit of)", "To", "Month", "Rate"]) expect(text(html)).toContain(label);
    expect(html).toMatch(/<select[^>]*name="to"[^>]*>[\s\S]*<option value="GBP" selected=""/);
    expect(html).toContain('value="2026-07"');
    expect(html).not.toContain("missing-rate notice");
  });

  it("takes currencies and month from a missing-rate link, in Dutch", () => {
    const html = render(<RateForm slug="acme" reportingCurrency="EUR" prefill={{ from: "USD", to: "EUR", month: "2025-11" }} defaultMonth="2026-07" />, "nl");
    expect(text(html)).toContain("ontbrekende koers");
    expect(html).toMatch(/name="from"[\s\S]*<option value="USD" selected=""/);
    expect(html).toContain('value="2025-11"');
    expect(html).toContain('placeholder="1,0823"');
  });
});

describe("CurrencySelect", () => {
  it("lists the common currencies first, then every ISO code, and keeps an older stored code", () => {
    const html = render(<CurrencySelect label="Currency" name="currency" defaultValue="ABC" />);
    expect(html.indexOf('value="EUR"')).toBeLessThan(html.indexOf('value="AED"'));
    expect(html).toContain('value="JPY"');
    expect(html).toContain('<option value="ABC" selected="">ABC</option>');
    expect(html).toContain('<optgroup label="Common currencies">');
  });
});

describe("RateTable", () => {
  it("shows month, pair, rate in the reader's notation, source, who and when; edit and delete for editors", () => {
    const rows = [row(), row({ id: "r2", month: "2026-06", rate: "160.5", to: "JPY", from: "EUR", source: "ecb", sourceDetail: "eurofxref-hist.csv" })];
    const html = text(render(<RateTable slug="acme" rows={rows} canEdit />, "nl"));
    expect(html).toContain("juli 2026");
    expect(html).toContain("USD → EUR");
    expect(html).toContain("0,924");
    expect(html).toContain("160,5");
    expect(html).toContain("ECB-bestand eurofxref-hist.csv");
    expect(html).toContain("Eddie Editor");
    expect(html).toContain("Wijzigen");
    expect(html).toContain("Verwijderen");
  });

  it("is read-only for viewers, and scrolls sideways on a narrow screen", () => {
    const html = render(<RateTable slug="acme" rows={[row()]} canEdit={false} />);
    expect(html).toMatch(/<div role="region" aria-label="Exchange rates, newest month first" tabindex="0" data-scroll-region="" data-testid="rate-table" class="relative overflow-x-auto /);
    expect(html).not.toContain("<button");
  });
});

describe("RateImport", () => {
  it("has a labelled file input and the monthly rule, in both languages", () => {
    expect(text(render(<RateImport slug="acme" />))).toContain("Rate file (CSV)");
    const html = text(render(<RateImport slug="acme" />, "nl"));
    expect(html).toContain("Koersbestand (CSV)");
    expect(html).toContain("Gemiddelde van de dagen van de maand");
  });
});
