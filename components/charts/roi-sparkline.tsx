"use client";

import { SparkLineChart } from "@tremor/react";
import { useLocale, useTranslations } from "next-intl";
import { seriesTrendOf } from "@/lib/charts/chart-summary";
import { formatPercent } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { useTrendSentence } from "./trend-sentence";

type Point = { period: string; actual: number | null; forecast: number | null };

/**
 * A small cumulative-ROI trend (measured against forecast), drawn for sighted readers; screen
 * readers get the measured trend as a sentence. The row's figures carry the exact values.
 */
export function RoiSparkline({ points }: { points: Point[] }) {
  const t = useTranslations("dashboard");
  const locale = useLocale() as UiLocale;
  const trendSentence = useTrendSentence();
  if (points.length < 2) return null;
  return (
    <span className="block w-24">
      <span className="sr-only">{trendSentence(t("series.actual"), seriesTrendOf(points, "actual"), (v) => formatPercent(v, locale))}</span>
      <span aria-hidden="true" className="block">
        <SparkLineChart
          className="h-8 w-24"
          data={points.map((p) => ({ period: p.period, actual: p.actual ?? undefined, forecast: p.forecast ?? undefined }))}
          index="period"
          categories={["forecast", "actual"]}
          colors={["blue", "slate"]}
          connectNulls
        />
      </span>
    </span>
  );
}
