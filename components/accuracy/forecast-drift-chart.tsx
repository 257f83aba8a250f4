"use client";

import { useLocale, useTranslations } from "next-intl";
import { ChartWithTable } from "@/components/charts/chart-with-table";
import { ScrollRegion, stickyCell } from "@/components/ui/scroll-region";
import type { DriftPoint, ForecastDrift } from "@/lib/accuracy/drift";
import { formatMoney, formatPeriod } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { VersionError } from "./accuracy-figures";

// Line colours cycle for plans with many versions; the legend and the table name each line.
const VERSION_COLORS = ["amber", "blue", "violet", "cyan", "fuchsia", "lime"];
const cell = "py-1 pr-3";

/**
 * How an investment's forecasts drifted: each plan version's cumulative benefit forecast
 * (expected scenario) beside the realised cumulative benefit, with the figures as a table,
 * and per version its forecast against what was realised over its window.
 * Usage (server page): `<ForecastDriftChart drift={forecastDriftOf(detail)} currency={detail.currency} />`
 * with `forecastDriftOf` from lib/accuracy/drift and `detail` from getInvestmentDetail.
 */
export function ForecastDriftChart({ drift, currency }: { drift: ForecastDrift; currency: string }) {
  const t = useTranslations("accuracy");
  const locale = useLocale() as UiLocale;
  if (drift.versions.length === 0) return <p className="text-sm text-gray-600">{t("driftEmpty")}</p>;
  const series = [
    ...drift.versions.map((version) => ({ key: `v${version}` as keyof DriftPoint & string, label: t("versionLabel", { version }) })),
    { key: "actual" as const, label: t("driftActual") },
  ];
  const colors = [...drift.versions.map((_, i) => VERSION_COLORS[i % VERSION_COLORS.length]), "slate"];
  const money = (value: number | string) => formatMoney(value, locale, currency);
  return (
    <div className="space-y-4" data-testid="forecast-drift">
      <ChartWithTable
        kind="line"
        title={t("driftTitle")}
        points={drift.points}
        series={series}
        colors={colors}
        format={money}
        summarise={[series[series.length - 2].key, "actual"]}
      />
      <ScrollRegion label={t("driftTableTitle")}>
        <table className="min-w-full text-left text-sm" data-testid="forecast-drift-versions">
          <caption className="mb-1 text-left text-sm font-semibold">{t("driftTableTitle")}</caption>
          <thead className="border-b text-xs uppercase text-gray-500">
            <tr>
              <th scope="col" className={`${cell} ${stickyCell()}`}>{t("columns.latest")}</th>
              <th scope="col" className={cell}>{t("columns.window")}</th>
              <th scope="col" className={`${cell} text-right`}>{t("columns.months")}</th>
              <th scope="col" className={`${cell} text-right`}>{t("columns.forecast")}</th>
              <th scope="col" className={`${cell} text-right`}>{t("columns.actual")}</th>
              <th scope="col" className={`${cell} text-right`}>{t("columns.error")}</th>
            </tr>
          </thead>
          <tbody>
            {drift.accuracy.map((v) => (
              <tr key={v.version} className="border-b last:border-0">
                <th scope="row" className={`${cell} ${stickyCell()} whitespace-nowrap font-medium`}>{t("versionLabel", { version: v.version })}</th>
                <td className={cell}>{formatPeriod(v.fromPeriod, locale)}</td>
                <td className={`${cell} text-right tabular-nums`}>{v.months}</td>
                <td className={`${cell} text-right tabular-nums`}>{v.forecastBenefit === null ? "—" : money(v.forecastBenefit)}</td>
                <td className={`${cell} text-right tabular-nums`}>{money(v.actualBenefit)}</td>
                <td className={`${cell} text-right`}><VersionError errorPct={v.errorPct} gap={v.gap} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
