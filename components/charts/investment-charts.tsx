"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatMoney, formatNumber, formatPercent } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import type { KpiPoint, MonthBarPoint, RoiLinePoint } from "@/lib/dashboard/investment-charts";
import { ChartWithTable } from "./chart-with-table";

/** Cumulative ROI: the forecast band (three scenarios) and the measured line. */
export function RoiBandChart({ points, title }: { points: RoiLinePoint[]; title: string }) {
  const t = useTranslations("dashboard");
  const locale = useLocale() as UiLocale;
  return (
    <ChartWithTable
      kind="line"
      title={title}
      points={points}
      series={(["conservative", "expected", "optimistic", "actual"] as const).map((key) => ({ key, label: t(`series.${key}`) }))}
      colors={["amber", "blue", "emerald", "slate"]}
      format={(v) => formatPercent(v, locale)}
      summarise={["expected", "actual"]}
    />
  );
}

export function MonthBarsChart({ points, currency }: { points: MonthBarPoint[]; currency: string }) {
  const t = useTranslations("dashboard");
  const locale = useLocale() as UiLocale;
  return (
    <ChartWithTable
      kind="bar"
      title={t("monthBarsTitle")}
      points={points}
      series={(["forecastBenefit", "actualBenefit", "forecastCost", "actualCost"] as const).map((key) => ({ key, label: t(`bars.${key}`) }))}
      colors={["blue", "emerald", "amber", "rose"]}
      format={(v) => formatMoney(v, locale, currency)}
      summarise={["actualBenefit", "actualCost"]}
    />
  );
}

export function KpiChart({ name, unit, points }: { name: string; unit: string; points: KpiPoint[] }) {
  const t = useTranslations("dashboard");
  const locale = useLocale() as UiLocale;
  return (
    <ChartWithTable
      kind="line"
      title={unit ? `${name} (${unit})` : name}
      points={points}
      series={(["measured", "baseline", "target"] as const).map((key) => ({ key, label: t(`kpiSeries.${key}`) }))}
      colors={["blue", "slate", "emerald"]}
      format={(v) => formatNumber(v, locale, 4)}
      summarise={["measured"]}
    />
  );
}
