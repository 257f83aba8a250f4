"use client";

import { BarChart, LineChart } from "@tremor/react";
import { useLocale, useTranslations } from "next-intl";
import { ScrollRegion, stickyCell } from "@/components/ui/scroll-region";
import { seriesTrendOf } from "@/lib/charts/chart-summary";
import { formatPeriod } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { ChartLegend } from "./chart-legend";
import { useTrendSentence } from "./trend-sentence";

type Series<T> = { key: keyof T & string; label: string }[];

/**
 * A Tremor chart for sighted readers, a sentence saying what it shows (the series named in
 * `summarise`, by default all of them), and the same figures as a table. The chart is hidden
 * from screen readers and holds nothing focusable (its legend is ours); mouse tooltips work.
 */
export function ChartWithTable<T extends { period: string }>(props: {
  title: string;
  points: T[];
  series: Series<T>;
  colors: string[];
  format: (value: number) => string;
  kind: "line" | "bar";
  summarise?: (keyof T & string)[];
}) {
  const t = useTranslations("dashboard");
  const locale = useLocale() as UiLocale;
  const trendSentence = useTrendSentence();
  const data = props.points.map((p) => ({
    month: formatPeriod(p.period, locale),
    ...Object.fromEntries(props.series.map((s) => [s.label, (p[s.key] as number | null) ?? undefined])),
  }));
  const common = { className: "h-64", data, index: "month", categories: props.series.map((s) => s.label), colors: props.colors, valueFormatter: props.format, yAxisWidth: 84, showAnimation: false, showLegend: false };
  const summarised = props.summarise ? props.series.filter((s) => props.summarise?.includes(s.key)) : props.series;
  const summary = summarised.map((s) => trendSentence(s.label, seriesTrendOf(props.points, s.key), props.format)).join(" ");
  return (
    <figure className="min-w-0 space-y-2">
      <figcaption className="text-sm font-semibold">{props.title}</figcaption>
      <p className="text-xs text-gray-600" data-testid="chart-summary">{summary}</p>
      <div aria-hidden="true">
        <ChartLegend items={props.series.map((s, i) => ({ label: s.label, color: props.colors[i] }))} />
        {props.kind === "line" ? <LineChart {...common} connectNulls={false} /> : <BarChart {...common} />}
      </div>
      <details className="text-xs">
        <summary className="cursor-pointer text-blue-700">{t("showTable")}</summary>
        <ScrollRegion label={props.title} className="mt-2">
          <table className="min-w-full text-left">
            <caption className="sr-only">{props.title}</caption>
            <thead>
              <tr>
                <th scope="col" className={`${stickyCell()} pr-2`}>{t("month")}</th>
                {props.series.map((s) => <th key={s.key} scope="col" className="px-1 text-right">{s.label}</th>)}
              </tr>
            </thead>
            <tbody>
              {props.points.map((p) => (
                <tr key={p.period}>
                  <th scope="row" className={`${stickyCell()} whitespace-nowrap pr-2 font-normal`}>{formatPeriod(p.period, locale)}</th>
                  {props.series.map((s) => {
                    const value = p[s.key];
                    return <td key={s.key} className="whitespace-nowrap px-1 text-right tabular-nums">{typeof value === "number" ? props.format(value) : "—"}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </details>
    </figure>
  );
}
