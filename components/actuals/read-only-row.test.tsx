// Server-side renders of a viewer's grid row: who recorded a month, and where it came from.
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { GridRow } from "@/lib/actuals/grid";
import en from "@/lib/i18n/messages/en.json";
import nl from "@/lib/i18n/messages/nl.json";
import { ReadOnlyRow } from "./read-only-row";

const row = (source: string | undefined): GridRow => ({
  period: "2026-02",
  monthNumber: 2,
  status: "recorded",
  actual: {
    period: "2026-02",
    cost: "10.00",
    benefit: "20.00",
    benefitByDriver: null,
    note: "",
    revision: 1,
    recordedByName: "Sam",
    updatedAt: "2026-02-10T09:00:00.000Z",
    planVersion: null,
    source,
  },
  forecast: null,
  kpis: {},
});

const render = (source: string | undefined, locale: "en" | "nl") =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={locale === "en" ? en : nl} timeZone="Europe/Amsterdam">
      <table>
        <tbody>
          <ReadOnlyRow row={row(source)} kpis={[]} locale={locale} currency="EUR" />
        </tbody>
      </table>
    </NextIntlClientProvider>,
  );

describe("ReadOnlyRow", () => {
  it.each([
    ["ui", "en", "Entered"],
    ["csv", "en", "CSV import"],
    ["import", "en", "File import"],
    ["api:Zapier", "en", "API: Zapier"],
    [undefined, "en", "Entered"],
    ["ui", "nl", "Ingevoerd"],
    ["csv", "nl", "CSV-import"],
    ["import", "nl", "Bestandsimport"],
    ["api:Zapier", "nl", "API: Zapier"],
  ] as const)("shows source %s beside who recorded it (%s)", (source, locale, label) => {
    const html = render(source, locale);
    expect(html).toContain(`${locale === "en" ? "by" : "door"} Sam`);
    expect(html).toContain(` · ${label}</p>`);
  });
});
