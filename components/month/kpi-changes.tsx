import { useLocale, useTranslations } from "next-intl";
import type { KpiChange } from "@/lib/portfolio/month-kpis";
import { formatNumber, formatPeriod } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { signedNumber } from "./signed";
import { ScrollRegion } from "@/components/ui/scroll-region";

const TREND_STYLE = { better: "text-green-800", worse: "text-red-700", unchanged: "text-gray-600" } as const;

/** KPI values measured in the month, each against its previous measurement. */
export function KpiChanges({ period, kpis }: { period: string; kpis: KpiChange[] }) {
  const t = useTranslations("month.kpis");
  const locale = useLocale() as UiLocale;
  const month = formatPeriod(period, locale);
  const value = (v: string, unit: string) => `${formatNumber(v, locale, 4)}${unit ? ` ${unit}` : ""}`;
  return (
    <div className="mt-6">
      <h4 className="mb-2 text-sm font-semibold text-gray-900">{t("title", { month })}</h4>
      {kpis.length === 0 ? (
        <p className="text-sm text-gray-700">{t("none", { month })}</p>
      ) : (
        <ScrollRegion label={t("caption", { month })}>
          <table className="min-w-full text-left text-sm" data-testid="month-kpi-table">
            <caption className="sr-only">{t("caption", { month })}</caption>
            <thead className="border-b text-xs uppercase text-gray-500">
              <tr>
                <th scope="col" className="py-2 pr-3">
                  {t("kpi")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("investment")}
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  {t("value", { month })}
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  {t("previous")}
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  {t("change")}
                </th>
              </tr>
            </thead>
            <tbody>
              {kpis.map((kpi) => (
                <tr key={kpi.kpiId} className="border-b last:border-0">
                  <th scope="row" className="py-2 pr-3 font-medium">
                    {kpi.kpi}
                  </th>
                  <td className="py-2 pr-3">{kpi.investmentName}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">{value(kpi.value, kpi.unit)}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">
                    {kpi.previous ? (
                      <>
                        {value(kpi.previous.value, kpi.unit)}
                        <span className="block text-xs text-gray-500">{formatPeriod(kpi.previous.period, locale)}</span>
                      </>
                    ) : (
                      <span className="text-gray-500">{t("first")}</span>
                    )}
                  </td>
                  <td className="py-2 pr-3 text-right tabular-nums">
                    {kpi.change === null || kpi.trend === null ? (
                      "—"
                    ) : (
                      <>
                        {signedNumber(kpi.change, locale, 4)}
                        <span className={`block text-xs ${TREND_STYLE[kpi.trend]}`}>
                          {t(`trend.${kpi.trend}`, { direction: t(`direction.${kpi.direction}`) })}
                        </span>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </div>
  );
}
