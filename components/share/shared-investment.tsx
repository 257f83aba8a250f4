import { getLocale, getTranslations } from "next-intl/server";
import { RoiBandChart } from "@/components/charts/investment-charts";
import { KpiCards } from "@/components/dashboard/kpi-cards";
import { ActualsComparison } from "@/components/investments/actuals-comparison";
import { ForecastSummary } from "@/components/investments/forecast-summary";
import { ReportingCurrencyFigures } from "@/components/investments/reporting-currency-figures";
import { StatusBadge } from "@/components/investments/status-badge";
import { Card } from "@/components/ui/card";
import { formatPercent } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import type { InvestmentConversionView } from "@/lib/portfolio/investment-conversion";
import type { InvestmentPortfolio } from "@/lib/portfolio/investment-portfolio";
import { SharedLeaks } from "./shared-leaks";

type Props = {
  investment: InvestmentPortfolio;
  /** Its figures in the workspace's reporting currency (null: it is in that currency). */
  conversion?: InvestmentConversionView | null;
  percentOnly: boolean;
};

/** One investment for stakeholders, from the same stored figures as the workspace dashboard. */
export async function SharedInvestment({ investment, conversion = null, percentOnly }: Props) {
  const [t, tCurrency, locale] = await Promise.all([getTranslations("dashboard"), getTranslations("investmentCurrency"), getLocale()]);
  const { row, totals, chart, leaks, evaluation } = investment;
  const month = (m: number | null) => (m === null ? "—" : t("monthN", { month: m }));
  const recorded =
    row.expectedMonths > 0
      ? t("monthsOf", { recorded: Math.min(row.recordedMonths, row.expectedMonths), expected: row.expectedMonths })
      : row.recordedMonths > 0
        ? t("monthsRecorded", { recorded: row.recordedMonths })
        : "—";
  const facts = [
    { id: "planned-roi", label: t("plannedRoi"), value: formatPercent(row.plannedRoiPct, locale as UiLocale) },
    { id: "payback-planned", label: t("paybackPlanned"), value: month(row.plannedPaybackMonth) },
    { id: "payback-projected", label: t("paybackProjected"), value: `${month(row.projectedPaybackMonth)} · ${t(`paybackStatus.${row.paybackStatus}`)}` },
    { id: "months-recorded", label: t("completeness"), value: recorded },
  ];
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h2 className="flex flex-wrap items-center gap-2 text-xl font-semibold">
          {row.name} <StatusBadge status={row.status} />
        </h2>
        <p className="text-sm text-gray-700" data-testid="investment-scope">
          {row.counted ? t("investmentScopeCounted") : t("investmentScopeDraft")}
        </p>
      </div>
      <KpiCards totals={totals} percentOnly={percentOnly} />
      <Card>
        <dl className="grid grid-cols-1 gap-3 text-sm sm:grid-cols-2 lg:grid-cols-4">
          {facts.map((fact) => (
            <div key={fact.id} data-testid={`fact-${fact.id}`}>
              <dt className="text-xs font-medium uppercase text-gray-500">{fact.label}</dt>
              <dd className="mt-1 tabular-nums">{fact.value}</dd>
            </div>
          ))}
        </dl>
      </Card>
      {conversion ? (
        <Card title={tCurrency("title", { currency: conversion.target })}>
          {/* Stakeholders never log in: missing rates as text only, no links into the app. */}
          <ReportingCurrencyFigures view={conversion} slug={null} canEdit={false} percentOnly={percentOnly} />
        </Card>
      ) : null}
      <Card><RoiBandChart points={chart.points} title={t("investmentChartTitle", { currency: chart.currency })} /></Card>
      {evaluation.ok ? <Card><ForecastSummary result={evaluation.result} compact={percentOnly} hideAmounts={percentOnly} /></Card> : null}
      {evaluation.ok && evaluation.result.actuals && !percentOnly ? (
        <Card><ActualsComparison actuals={evaluation.result.actuals} currency={row.currency} comparison={evaluation.planComparison} /></Card>
      ) : null}
      <Card title={t("leaksTitle")}><SharedLeaks leaks={leaks} percentOnly={percentOnly} /></Card>
    </div>
  );
}
