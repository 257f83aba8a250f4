"use client";

import { BarChart, type CustomTooltipProps } from "@tremor/react";
import { useLocale, useTranslations } from "next-intl";
import { ChartLegend } from "@/components/charts/chart-legend";
import { ScrollRegion, stickyCell } from "@/components/ui/scroll-region";
import { drawableBarValue, percentAxisMinimum } from "@/lib/charts/bar-values";
import { seriesExtremesOf, type SeriesExtremes } from "@/lib/charts/chart-summary";
import { formatMoney, formatNumber, formatPercent } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import type { CategoryBenchmark } from "@/lib/dashboard/consultant-overview";

// Blue-600 and amber-700: apart on the blue–yellow axis that colour-blind readers keep, and
// both above 3:1 against white. Tremor turns a hex colour into the arbitrary classes
// fill-[#2563eb] bg-[#2563eb] text-[#2563eb] fill-[#b45309] bg-[#b45309] text-[#b45309],
// named here so Tailwind generates them.
const SERIES = [
  { key: "forecast", color: "#2563eb" },
  { key: "actual", color: "#b45309" },
] as const;

type Row = { label: string; forecast: number | null; actual: number | null };

/** Exact values on hover (the axis rounds to whole percents); a missing value (drawn as no bar) says "—". */
function BenchmarkTooltip({ active, payload, label }: CustomTooltipProps) {
  const t = useTranslations("consultant");
  const locale = useLocale() as UiLocale;
  if (!active || !payload?.length) return null;
  const row = (payload[0]?.payload as { row?: Row } | undefined)?.row;
  return (
    <div className="rounded-md border border-gray-200 bg-white px-3 py-2 text-xs shadow-md">
      <p className="mb-1 font-semibold text-gray-900">{label}</p>
      {SERIES.map(({ key, color }) => {
        const value = row ? row[key] : null;
        return (
          <p key={key} className="flex items-center gap-2 text-gray-700">
            <span className="inline-block h-2 w-2 rounded-full" style={{ backgroundColor: color }} aria-hidden />
            {t(`series.${key}`)}: <span className="font-medium tabular-nums">{formatPercent(value, locale)}</span>
          </p>
        );
      })}
    </div>
  );
}

/** ROI per investment category across the consultant's clients, with a table for screen readers. */
export function CategoryBenchmarkChart({ categories, title }: { categories: CategoryBenchmark[]; title: string }) {
  const t = useTranslations("consultant");
  const tc = useTranslations("investments.categories");
  const locale = useLocale() as UiLocale;
  // One currency (the overview's): a category whose conversion lacks a rate says so in its label.
  const labelOf = (c: CategoryBenchmark) => (c.complete ? tc(c.category) : `${tc(c.category)} (${t("incompleteShort")})`);
  const seriesLabel = (key: (typeof SERIES)[number]["key"]) => t(`series.${key}`);
  const rows: Row[] = categories.map((c) => ({ label: labelOf(c), forecast: c.forecastRoiPct, actual: c.actualRoiPct }));
  const data = rows.map((r) => ({ category: r.label, row: r, ...Object.fromEntries(SERIES.map(({ key }) => [seriesLabel(key), drawableBarValue(r[key])])) }));
  const axis = (value: number) => `${formatNumber(value, locale, 0)}%`;
  const sentence = (key: (typeof SERIES)[number]["key"], extremes: SeriesExtremes) => {
    const series = seriesLabel(key);
    if (extremes.kind === "none") return t("benchmarkSummary.none", { series });
    if (extremes.kind === "single") return t("benchmarkSummary.single", { series, value: formatPercent(extremes.point.value, locale), category: extremes.point.at });
    return t("benchmarkSummary.range", {
      series,
      high: extremes.high.at,
      highValue: formatPercent(extremes.high.value, locale),
      low: extremes.low.at,
      lowValue: formatPercent(extremes.low.value, locale),
    });
  };
  const summary = (["actual", "forecast"] as const).map((key) => sentence(key, seriesExtremesOf(rows, (r) => r.label, (r) => r[key]))).join(" ");

  return (
    <figure className="space-y-2">
      <figcaption className="text-sm font-semibold">{title}</figcaption>
      <p className="text-xs text-gray-600" data-testid="benchmark-summary">{summary}</p>
      <div aria-hidden="true">
        <ChartLegend items={SERIES.map(({ key, color }) => ({ label: seriesLabel(key), color }))} />
        <BarChart
          className="h-80"
          data={data}
          index="category"
          layout="vertical"
          categories={SERIES.map(({ key }) => seriesLabel(key))}
          colors={SERIES.map(({ color }) => color)}
          valueFormatter={axis}
          minValue={percentAxisMinimum(rows.flatMap((r) => [r.forecast, r.actual]))}
          yAxisWidth={160}
          customTooltip={BenchmarkTooltip}
          showAnimation={false}
          showLegend={false}
        />
      </div>
      <details className="text-xs">
        <summary className="cursor-pointer text-blue-700">{t("showTable")}</summary>
        <ScrollRegion label={title} className="mt-2">
          <table className="min-w-full text-left">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col" className={`${stickyCell()} pr-2`}>{t("category")}</th>
                <th scope="col" className="text-right">{t("investmentsCount")}</th>
                <th scope="col" className="text-right">{t("workspacesCount")}</th>
                <th scope="col" className="text-right">{t("invested")}</th>
                <th scope="col" className="text-right">{t("realised")}</th>
                <th scope="col" className="text-right">{seriesLabel("actual")}</th>
                <th scope="col" className="text-right">{seriesLabel("forecast")}</th>
              </tr>
            </thead>
            <tbody>
              {categories.map((c) => (
                <tr key={c.category} data-testid="benchmark-row">
                  <th scope="row" className={`${stickyCell()} pr-2 font-normal`}>
                    {tc(c.category)}
                    {c.complete ? null : (
                      <span className="block text-amber-900" data-testid="benchmark-incomplete">
                        {t("incomplete", { count: c.missingRates })}
                      </span>
                    )}
                  </th>
                  <td className="text-right tabular-nums">{c.investments}</td>
                  <td className="text-right tabular-nums">{c.workspaces}</td>
                  <td className="text-right tabular-nums">{formatMoney(c.invested, locale, c.currency)}</td>
                  <td className="text-right tabular-nums">{formatMoney(c.realised, locale, c.currency)}</td>
                  <td className="text-right tabular-nums">{formatPercent(c.actualRoiPct, locale)}</td>
                  <td className="text-right tabular-nums">{formatPercent(c.forecastRoiPct, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </details>
    </figure>
  );
}
