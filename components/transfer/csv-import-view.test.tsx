// Server-side renders of the import screen's parts: labels present, problems shown by line.
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import nl from "@/lib/i18n/messages/nl.json";
import { parseActualsCsv, type CsvError } from "@/lib/transfer/csv-parse";
import { CsvFilePicker } from "./csv-file-picker";
import { CsvMappingForm } from "./csv-mapping-form";
import { CsvPreview } from "./csv-preview";

const render = (node: ReactNode, locale: "en" | "nl" = "en") =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={locale === "en" ? en : nl} timeZone="Europe/Amsterdam">
      {node}
    </NextIntlClientProvider>,
  );

const options = { mapping: { month: "Maand", cost: "Kosten", benefit: "Opbrengst" }, startMonth: "2026-01", horizonMonths: 12, currentPeriod: "2026-06", existingPeriods: ["2026-02"], replaceExisting: true };
const analysis = parseActualsCsv("Maand;Kosten;Opbrengst\n2026-01;1.234,5;0\n2026-02;10;20\n2026-03;-1;0\n", options);
const plain = (error: CsvError) => error.message;

describe("CSV import view", () => {
  it("previews rows in the reader's format, marks replaced months and lists problems by line", () => {
    const html = render(<CsvPreview analysis={analysis} currency="EUR" errorText={plain} />, "nl");
    expect(html).toMatch(/€\s1\.234,50/);
    expect(html).toContain("Vervangt de vastgelegde maand");
    expect(html).toContain("Regel 4 · Kosten: </span>&quot;-1&quot; is negative");
    expect(html).toContain("3 regels gelezen, 1 probleem");
  });

  it("labels every mapping select and shows what was detected", () => {
    const html = render(
      <CsvMappingForm
        headers={analysis.headers}
        mapping={options.mapping}
        onMappingChange={() => {}}
        analysis={analysis}
        decimalFormat="auto"
        onDecimalFormatChange={() => {}}
        mappingError={() => undefined}
      />,
    );
    // Every select has a label pointing at it, each with an id of its own on the page.
    const names = ["mapping.month", "mapping.cost", "mapping.benefit", "mapping.note", "decimalFormat"];
    const ids = names.map((name) => html.match(new RegExp(`<select id="([^"]+)" name="${name.replace(".", "\\.")}"`))?.[1]);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(names.length);
    for (const id of ids) expect(html).toContain(`for="${id}"`);
    expect(html).toContain("Semicolon (;)");
    expect(html).toContain("As detected: 1.234,56");
    expect(html).toContain("YYYY-MM");
  });

  it("shows reading progress and a labelled file input", () => {
    const html = render(<CsvFilePicker phase="reading" progress={0.42} error={null} onChoose={() => {}} />);
    expect(html).toContain('for="csv-file"');
    expect(html).toContain('accept=".csv,text/csv"');
    expect(html).toContain("Reading the file… 42%");
  });
});
