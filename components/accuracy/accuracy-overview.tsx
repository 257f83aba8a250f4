import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { ScrollRegion, stickyCell } from "@/components/ui/scroll-region";
import type { WorkspaceAccuracy } from "@/lib/accuracy/workspace-accuracy";
import { formatSignedPercent } from "@/lib/accuracy/format";
import { formatPercent, formatPeriod } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { AccuracyHeadline, VersionError } from "./accuracy-figures";

const cell = "py-2 pr-3";
const num = `${cell} text-right tabular-nums`;

/** The forecast accuracy page: headline, by category, per investment (or when it becomes measurable). */
export function AccuracyOverview({ slug, accuracy }: { slug: string; accuracy: WorkspaceAccuracy }) {
  const t = useTranslations("accuracy");
  const ti = useTranslations("investments");
  const locale = useLocale() as UiLocale;
  const { overall, byCategory, investments } = accuracy;
  if (investments.length === 0) {
    return (
      <Card title={t("emptyTitle")}>
        <p className="text-sm text-gray-700" data-testid="accuracy-empty">{t("empty")}</p>
      </Card>
    );
  }
  return (
    <div className="space-y-6">
      <Card title={t("title")}>
        <p className="mb-4 text-sm text-gray-700">{t("intro")}</p>
        <AccuracyHeadline summary={overall} />
      </Card>
      <Card title={t("byCategoryTitle")}>
        <ScrollRegion label={t("byCategoryCaption")}>
          <table className="min-w-full text-left text-sm" data-testid="accuracy-by-category">
            <caption className="sr-only">{t("byCategoryCaption")}</caption>
            <thead className="border-b text-xs uppercase text-gray-500">
              <tr>
                <th scope="col" className={`${cell} ${stickyCell()}`}>{t("columns.category")}</th>
                <th scope="col" className={`${cell} text-right`}>{t("columns.bias")}</th>
                <th scope="col" className={`${cell} text-right`}>{t("columns.mape")}</th>
                <th scope="col" className={`${cell} text-right`}>{t("columns.n")}</th>
              </tr>
            </thead>
            <tbody>
              {byCategory.map((row) => (
                <tr key={row.category} className="border-b last:border-0">
                  <th scope="row" className={`${cell} ${stickyCell()} font-medium`}>{ti(`categories.${row.category}`)}</th>
                  <td className={num}>{formatSignedPercent(row.biasPct, locale)}</td>
                  <td className={num}>{formatPercent(row.mapePct, locale)}</td>
                  <td className={num}>{row.n}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </Card>
      <Card title={t("investmentsTitle")}>
        <ScrollRegion label={t("investmentsCaption")}>
          <table className="min-w-full text-left text-sm" data-testid="accuracy-investments">
            <caption className="sr-only">{t("investmentsCaption")}</caption>
            <thead className="border-b text-xs uppercase text-gray-500">
              <tr>
                <th scope="col" className={`${cell} ${stickyCell()}`}>{t("columns.investment")}</th>
                <th scope="col" className={cell}>{t("columns.latest")}</th>
                <th scope="col" className={`${cell} text-right`}>{t("columns.error")}</th>
                <th scope="col" className={`${cell} text-right`}>{t("columns.mape")}</th>
                <th scope="col" className={`${cell} text-right`}>{t("columns.n")}</th>
              </tr>
            </thead>
            <tbody>
              {investments.map((row) => (
                <tr key={row.investmentId} className="border-b last:border-0">
                  <th scope="row" className={`${cell} ${stickyCell()} font-medium`}>
                    <Link className="text-blue-700 underline" href={`/w/${slug}/investments/${row.investmentId}`}>{row.name}</Link>
                    <span className="block text-xs font-normal text-gray-500">{ti(`categories.${row.category}`)}</span>
                  </th>
                  <td className={cell}>
                    {row.latest ? (
                      <>
                        {t("versionLabel", { version: row.latest.version })}
                        <span className="block text-xs text-gray-500">
                          {t("columns.window")} {formatPeriod(row.latest.fromPeriod, locale)} · {t("columns.months")}: {row.latest.months}
                        </span>
                      </>
                    ) : "—"}
                  </td>
                  <td className={`${cell} text-right`}>{row.latest ? <VersionError errorPct={row.latest.errorPct} gap={row.latest.gap} /> : "—"}</td>
                  <td className={num}>{formatPercent(row.summary.mapePct, locale)}</td>
                  <td className={num}>{row.summary.n}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </Card>
    </div>
  );
}
