"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatMoney, formatPeriod } from "@/lib/i18n/format";
import { toUiLocale } from "@/lib/i18n/locales";
import type { ActualsCsvResult, CsvError } from "@/lib/transfer/csv-parse";
import { ScrollRegion, stickyCell } from "@/components/ui/scroll-region";

const PREVIEW_ROWS = 100;
const LISTED_ERRORS = 100;

type Props = { analysis: ActualsCsvResult; currency: string; errorText: (error: CsvError) => string };

/** The rows as they will be saved; rows with problems in red, with every problem listed by line. */
export function CsvPreview({ analysis, currency, errorText }: Props) {
  const t = useTranslations("transfer.csv");
  const locale = toUiLocale(useLocale()) ?? "en";
  const rowsByLine = new Map(analysis.rows.map((row) => [row.line, row]));
  const skipped = new Set(analysis.skipped);
  const errorsByLine = new Map<number, CsvError[]>();
  for (const error of analysis.errors) if (error.line !== null) errorsByLine.set(error.line, [...(errorsByLine.get(error.line) ?? []), error]);
  const shown = analysis.records.slice(0, PREVIEW_ROWS);
  const where = (error: CsvError) => [error.line !== null ? t("lineLabel", { line: error.line }) : null, error.column].filter(Boolean).join(" · ");
  return (
    <section aria-labelledby="csv-preview-title" className="space-y-3">
      <h3 id="csv-preview-title" className="text-sm font-semibold text-gray-900">
        {t("previewTitle")}
      </h3>
      {/* CsvImport announces this count in its live region. */}
      <p className="text-sm text-gray-700">
        {t("previewCount", { rows: analysis.records.length, errors: analysis.errors.length })}
        {skipped.size > 0 ? ` ${t("skippedCount", { count: skipped.size })}` : null}
      </p>
      {analysis.errors.length > 0 ? (
        <div className="rounded-md border border-red-200 bg-red-50 p-3" id="csv-errors">
          <h4 className="text-sm font-semibold text-red-900">{t("errorsTitle")}</h4>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-red-900">
            {analysis.errors.slice(0, LISTED_ERRORS).map((error, index) => (
              <li key={index}>
                {where(error) ? <span className="font-medium">{where(error)}: </span> : null}
                {errorText(error)}
              </li>
            ))}
          </ul>
          {analysis.errors.length > LISTED_ERRORS ? <p className="mt-2 text-sm text-red-900">{t("errorsMore", { count: analysis.errors.length - LISTED_ERRORS })}</p> : null}
        </div>
      ) : null}
      {shown.length > 0 ? (
        <div>
          <ScrollRegion label={t("previewTitle")}>
            <table className="min-w-full text-left text-sm">
              <caption className="sr-only">{t("previewTitle")}</caption>
              <thead className="border-b text-xs uppercase text-gray-500">
                <tr>
                  {["line", "month", "cost", "benefit", "note", "status"].map((column) => (
                    <th key={column} scope="col" className={`py-2 pr-4 ${column === "cost" || column === "benefit" ? "text-right" : ""} ${column === "line" ? stickyCell() : ""}`}>
                      {column === "line" || column === "status" ? t(column) : t(`field.${column}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {shown.map((record) => {
                  const row = rowsByLine.get(record.line);
                  const errors = errorsByLine.get(record.line) ?? [];
                  const tone = errors.length > 0 ? "bg-red-50" : row?.replaces ? "bg-amber-50" : "";
                  return (
                    <tr key={record.line} className={`border-b align-top last:border-0 ${tone}`}>
                      <th scope="row" className={`py-2 pr-4 font-mono text-xs font-normal text-gray-600 ${stickyCell(tone || "bg-white")}`}>{record.line}</th>
                      <td className="whitespace-nowrap py-2 pr-4">{row ? formatPeriod(row.period, locale) : record.month}</td>
                      <td className="whitespace-nowrap py-2 pr-4 text-right tabular-nums">{row ? formatMoney(row.cost, locale, currency) : record.cost}</td>
                      <td className="whitespace-nowrap py-2 pr-4 text-right tabular-nums">{row ? formatMoney(row.benefit, locale, currency) : record.benefit}</td>
                      <td className="max-w-xs truncate py-2 pr-4" title={record.note}>{record.note}</td>
                      <td className="py-2">
                        {errors.length > 0 ? (
                          <span className="text-red-800">{errors.map((e) => errorText(e)).join(" ")}</span>
                        ) : row?.replaces ? (
                          <span className="text-amber-800">{t("statusReplaces")}</span>
                        ) : skipped.has(record.line) ? (
                          <span className="text-gray-500">{t("statusSkipped")}</span>
                        ) : (
                          <span className="text-green-800">{t("statusOk")}</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
          {analysis.records.length > PREVIEW_ROWS ? <p className="mt-2 text-xs text-gray-500">{t("previewLimited", { shown: PREVIEW_ROWS, total: analysis.records.length })}</p> : null}
        </div>
      ) : null}
    </section>
  );
}
