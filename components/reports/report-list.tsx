"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import type { ReportListItem } from "@/lib/reports/queries";
import { ScrollRegion, stickyCell } from "@/components/ui/scroll-region";

/** What stakeholders received and when: every frozen report, with a link to its exact bytes. */
export function ReportList({ slug, reports }: { slug: string; reports: ReportListItem[] }) {
  const t = useTranslations("reports");
  const locale = useLocale() as UiLocale;
  if (reports.length === 0) return <p className="text-sm text-gray-600">{t("none")}</p>;
  const columns = ["when", "what", "channel", "recipients", "by", "size", "hash", "download"] as const;
  return (
    <ScrollRegion label={t("listTitle")}>
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{t("listTitle")}</caption>
        <thead className="border-b text-xs uppercase text-gray-500">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className={`py-2 pr-3 ${column === "size" ? "text-right" : ""} ${column === "when" ? stickyCell() : ""}`}>
                {t(`columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {reports.map((r) => (
            <tr key={r.id} className="border-b align-top last:border-0">
              <td className={`whitespace-nowrap py-2 pr-3 ${stickyCell()}`}>{formatDateTime(new Date(r.createdAt), locale)}</td>
              <td className="py-2 pr-3">
                {r.kind === "investment" ? t("kinds.investment", { name: r.investmentName ?? "—" }) : t("kinds.workspace")}
                <span className="block text-xs text-gray-500">
                  {r.period} · {r.locale.toUpperCase()} · {t(`scenarios.${r.scenario as "expected"}`)}
                </span>
              </td>
              <td className="py-2 pr-3">{t(`channels.${r.channel as "download"}`)}</td>
              <td className="py-2 pr-3">{r.recipients.length ? r.recipients.join(", ") : t("noRecipients")}</td>
              <td className="py-2 pr-3">{r.createdByName || "—"}</td>
              <td className="whitespace-nowrap py-2 pr-3 text-right tabular-nums">{formatNumber(r.byteSize / 1024, locale, 0)} KB</td>
              <td className="py-2 pr-3 font-mono text-xs" title={t("hashHint")}>
                {r.inputHash.slice(0, 12)}
              </td>
              <td className="py-2">
                <a className="text-blue-700 underline" href={`/api/w/${slug}/reports/${r.id}`}>
                  {t("download")}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
