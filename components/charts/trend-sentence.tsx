"use client";

import { useLocale, useTranslations } from "next-intl";
import type { SeriesTrend } from "@/lib/charts/chart-summary";
import { formatPeriod } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";

/** "Measured: from -12.00% in January 2026 to 8.00% in October 2026." — a series over time in words. */
export function useTrendSentence() {
  const t = useTranslations("dashboard.chartSummary");
  const locale = useLocale() as UiLocale;
  return (series: string, trend: SeriesTrend, format: (value: number) => string) => {
    if (trend.kind === "none") return t("none", { series });
    if (trend.kind === "single") return t("single", { series, value: format(trend.point.value), period: formatPeriod(trend.point.at, locale) });
    return t("trend", {
      series,
      from: format(trend.from.value),
      fromPeriod: formatPeriod(trend.from.at, locale),
      to: format(trend.to.value),
      toPeriod: formatPeriod(trend.to.at, locale),
    });
  };
}
