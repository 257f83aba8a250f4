"use client";

import { LineChart } from "@tremor/react";
import { useLocale, useTranslations } from "next-intl";
import { formatPercent, formatPeriod } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";

type Point = { period: string; actual: number | null; conservative: number | null; expected: number | null; optimistic: number | null };
const SERIES = ["conservative", "expected", "optimistic", "actual"] as const;

/** Cumulative ROI: the forecast band (three scenarios) and the measured line, with a table for screen readers. */
export function CumulativeRoiChart({ points, title }: { points: Point[]; title: string }) {
  const t = useTranslations("dashboard");
  const locale = useLocale() as UiLocale;
  const label = (key: (typeof SERIES)[number]) => t(`series.${key}`);
  const data = points.map((p) => ({
    month: formatPeriod(p.period, locale),
    ...Object.fromEntries(SERIES.map((key) => [label(key), p[key] ?? undefined])),
  }));
  const percent = (value: number) => formatPercent(value, locale);
  return (
    <figure className="space-y-2">
      <figcaption className="text-sm font-semibold">{title}</figcaption>
      <div aria-hidden="true">
        <LineChart
          className="h-72"
          data={data}
          index="month"
          categories={SERIES.map(label)}
          colors={["amber", "blue", "emerald", "slate"]}
          valueFormatter={percent}
          yAxisWidth={72}
          connectNulls={false}
          showAnimation={false}
        />
      </div>
      <details className="text-xs">
        <summary className="cursor-pointer text-blue-700">{t("showTable")}</summary>
        <table className="mt-2 min-w-full text-left">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t("month")}</th>
              {SERIES.map((key) => (
                <th key={key} scope="col" className="text-right">
                  {label(key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.period}>
                <th scope="row" className="font-normal">{formatPeriod(p.period, locale)}</th>
                {SERIES.map((key) => (
                  <td key={key} className="text-right tabular-nums">
                    {formatPercent(p[key], locale)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
