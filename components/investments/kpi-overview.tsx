import { useLocale, useTranslations } from "next-intl";
import { formatNumber, formatPeriod } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { dateToPeriod } from "@/lib/investments/months";
import type { InvestmentDetail } from "@/lib/investments/queries";
import { ScrollRegion, stickyCell } from "@/components/ui/scroll-region";

/** Baseline, target and the latest measurement of each KPI, read-only. */
export function KpiOverview({ kpis }: { kpis: InvestmentDetail["kpis"] }) {
  const t = useTranslations("investments");
  const tk = useTranslations("kpis.directions");
  const locale = useLocale() as UiLocale;
  if (kpis.length === 0) return <p className="text-sm text-gray-600">{t("noKpis")}</p>;
  const value = (v: { toString(): string } | null, unit: string) => (v === null ? "—" : `${formatNumber(v.toString(), locale, 4)}${unit ? ` ${unit}` : ""}`);
  return (
    <ScrollRegion label={t("kpisTitle")}>
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{t("kpisTitle")}</caption>
        <thead className="border-b text-xs uppercase text-gray-500">
          <tr>
            <th scope="col" className={`py-1 pr-3 ${stickyCell()}`}>{t("kpi")}</th>
            <th scope="col" className="py-1 pr-3 text-right">{t("baseline")}</th>
            <th scope="col" className="py-1 pr-3 text-right">{t("target")}</th>
            <th scope="col" className="py-1 text-right">{t("latest")}</th>
          </tr>
        </thead>
        <tbody>
          {kpis.map((kpi) => {
            const latest = kpi.measurements.at(-1);
            return (
              <tr key={kpi.id} className="border-b last:border-0">
                <th scope="row" className={`py-1 pr-3 font-normal ${stickyCell()}`}>
                  {kpi.name}{" "}
                  <span className="text-xs text-gray-500" title={tk(kpi.direction)}>
                    <span aria-hidden="true">{kpi.direction === "up" ? "↑" : "↓"}</span>
                    <span className="sr-only">({tk(kpi.direction)})</span>
                  </span>
                </th>
                <td className="py-1 pr-3 text-right tabular-nums">{value(kpi.baseline, kpi.unit)}</td>
                <td className="py-1 pr-3 text-right tabular-nums">{value(kpi.target, kpi.unit)}</td>
                <td className="py-1 text-right tabular-nums">
                  {latest ? `${value(latest.value, kpi.unit)} (${formatPeriod(dateToPeriod(latest.month), locale)})` : "—"}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
