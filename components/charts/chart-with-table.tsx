"use client";

import { BarChart, LineChart } from "@tremor/react";
import { useLocale, useTranslations } from "next-intl";
import { formatPeriod } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";

type Series<T> = { key: keyof T & string; label: string }[];

/** A Tremor chart plus the same figures as a table, for screen readers and exact values. */
export function ChartWithTable<T extends { period: string }>(props: {
  title: string;
  points: T[];
  series: Series<T>;
  colors: string[];
  format: (value: number) => string;
  kind: "line" | "bar";
}) {
  const t = useTranslations("dashboard");
  const locale = useLocale() as UiLocale;
  const data = props.points.map((p) => ({
    month: formatPeriod(p.period, locale),
    ...Object.fromEntries(props.series.map((s) => [s.label, (p[s.key] as number | null) ?? undefined])),
  }));
  const common = { className: "h-64", data, index: "month", categories: props.series.map((s) => s.label), colors: props.colors, valueFormatter: props.format, yAxisWidth: 84, showAnimation: false };
  return (
    <figure className="space-y-2">
      <figcaption className="text-sm font-semibold">{props.title}</figcaption>
      <div aria-hidden="true">{props.kind === "line" ? <LineChart {...common} connectNulls={false} /> : <BarChart {...common} />}</div>
      <details className="text-xs">
        <summary className="cursor-pointer text-blue-700">{t("showTable")}</summary>
        <table className="mt-2 min-w-full text-left">
          <caption className="sr-only">{props.title}</caption>
          <thead>
            <tr>
              <th scope="col">{t("month")}</th>
              {props.series.map((s) => <th key={s.key} scope="col" className="text-right">{s.label}</th>)}
            </tr>
          </thead>
          <tbody>
            {props.points.map((p) => (
              <tr key={p.period}>
                <th scope="row" className="font-normal">{formatPeriod(p.period, locale)}</th>
                {props.series.map((s) => {
                  const value = p[s.key] as number | null;
                  return <td key={s.key} className="text-right tabular-nums">{value === null ? "—" : props.format(value)}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
