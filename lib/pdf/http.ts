import { toUiLocale } from "@/lib/i18n/locales";
import { exportFileName, attachmentHeader } from "@/lib/transfer/file-names";
import {
  defaultReportPeriod,
  parseReportLocale,
  parseReportPeriod,
  parseReportScenario,
  type ReportOptions,
} from "./report-period";

/** ?period=YYYY-MM[..YYYY-MM]&locale=nl|en&scenario=…; defaults: last complete month, the workspace's language, expected. */
export function readReportQuery(url: string, workspaceLocale: string, today = new Date()): ReportOptions {
  const query = new URL(url).searchParams;
  const period = query.get("period");
  return {
    period: period === null ? defaultReportPeriod(today) : parseReportPeriod(period, today),
    locale: parseReportLocale(query.get("locale"), toUiLocale(workspaceLocale) ?? "en"),
    scenario: parseReportScenario(query.get("scenario")),
  };
}

/** "Bakkerij De Vries 2026-01..2026-10" → "bakkerij-de-vries-2026-01-2026-10.pdf" (exportFileName knows json/csv only). */
export const reportFileName = (name: string) => `${exportFileName(name, "json").slice(0, -".json".length)}.pdf`;

export function pdfResponse(pdf: Buffer, filename: string): Response {
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": attachmentHeader(filename),
      "Content-Length": String(pdf.length),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
