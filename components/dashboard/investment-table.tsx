import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { RoiSparkline } from "@/components/charts/roi-sparkline";
import { StatusBadge } from "@/components/investments/status-badge";
import { formatPercent } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import type { InvestmentSummary } from "@/lib/dashboard/summarise-investment";

/** `slug` null: names without links (stakeholder links have no way into the app). */
export function InvestmentTable({ slug, rows }: { slug: string | null; rows: InvestmentSummary[] }) {
  const t = useTranslations("dashboard");
  const locale = useLocale() as UiLocale;
  const pct = (v: number | null) => formatPercent(v, locale);
  const month = (m: number | null) => (m === null ? "—" : t("monthN", { month: m }));
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-left text-sm" data-testid="investment-table">
        <caption className="sr-only">{t("tableCaption")}</caption>
        <thead className="border-b text-xs uppercase text-gray-500">
          <tr>
            <th scope="col" className="py-2 pr-3">{t("investment")}</th>
            <th scope="col" className="py-2 pr-3">{t("status")}</th>
            <th scope="col" className="py-2 pr-3 text-right">{t("forecastRoi")}</th>
            <th scope="col" className="py-2 pr-3 text-right">{t("actualRoi")}</th>
            <th scope="col" className="py-2 pr-3 text-right">{t("paybackPlanned")}</th>
            <th scope="col" className="py-2 pr-3 text-right">{t("paybackProjected")}</th>
            <th scope="col" className="py-2 pr-3 text-right">{t("completeness")}</th>
            <th scope="col" className="py-2">{t("trend")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b last:border-0">
              <th scope="row" className="py-2 pr-3 font-medium">
                {slug ? (
                  <Link href={`/w/${slug}/investments/${row.id}`} className="text-blue-700 underline">
                    {row.name}
                  </Link>
                ) : (
                  row.name
                )}
              </th>
              <td className="py-2 pr-3"><StatusBadge status={row.status} /></td>
              <td className="py-2 pr-3 text-right tabular-nums">{pct(row.forecastRoiPct)}</td>
              <td className={`py-2 pr-3 text-right tabular-nums ${row.actualRoiPct !== null && row.forecastRoiPct !== null && row.actualRoiPct < row.forecastRoiPct ? "text-red-700" : ""}`}>
                {pct(row.actualRoiPct)}
              </td>
              <td className="py-2 pr-3 text-right">{month(row.plannedPaybackMonth)}</td>
              <td className="py-2 pr-3 text-right">
                {month(row.projectedPaybackMonth)} <span className="text-xs text-gray-500">{t(`paybackStates.${row.paybackState}`)}</span>
              </td>
              <td className="py-2 pr-3 text-right tabular-nums">
                {row.expectedMonths === 0 ? "—" : t("monthsOf", { recorded: Math.min(row.recordedMonths, row.expectedMonths), expected: row.expectedMonths })}
              </td>
              <td className="py-2"><RoiSparkline points={row.sparkline} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
