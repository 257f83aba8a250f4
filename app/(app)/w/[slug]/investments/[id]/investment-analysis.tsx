import { getTranslations } from "next-intl/server";
import { ForecastDriftChart } from "@/components/accuracy/forecast-drift-chart";
import { ActualsComparison } from "@/components/investments/actuals-comparison";
import { ForecastSummary } from "@/components/investments/forecast-summary";
import { InvestmentChartsSection } from "@/components/investments/investment-charts-section";
import { KpiOverview } from "@/components/investments/kpi-overview";
import { LeakList } from "@/components/investments/leak-list";
import { ReportingCurrencyFigures } from "@/components/investments/reporting-currency-figures";
import { RiskFigures } from "@/components/investments/risk-figures";
import { VersionHistory } from "@/components/investments/version-history";
import { Card } from "@/components/ui/card";
import { forecastDriftOf } from "@/lib/accuracy/drift";
import { evaluateInvestment } from "@/lib/investments/evaluate-investment";
import type { InvestmentDetail } from "@/lib/investments/queries";
import { getEvaluationSettings } from "@/lib/investments/evaluation-settings";
import { loadInvestmentConversion } from "@/lib/portfolio/investment-conversion-data";

type Props = {
  slug: string;
  /** The workspace: an investment in another currency than its reporting currency also shows its figures converted. */
  workspace: { id: string; currency: string };
  investment: InvestmentDetail;
  version: number | undefined;
  canEdit?: boolean;
};

/** The slow part of the investment page: the engine's evaluation and everything drawn from it. */
export async function InvestmentAnalysis({ slug, workspace, investment, version, canEdit = false }: Props) {
  const [t, tRisk, tAccuracy, tCurrency, settings, conversion] = await Promise.all([
    getTranslations("investments"),
    getTranslations("risk"),
    getTranslations("accuracy"),
    getTranslations("investmentCurrency"),
    getEvaluationSettings(investment.workspaceId),
    investment.currency === workspace.currency ? null : loadInvestmentConversion(workspace, investment.id),
  ]);
  // The workspace's thresholds and discount rate, as the dashboard's stored evaluation uses them;
  // the risk figures (tornado, simulation) only here, the PDF and the CLI: they cost more.
  const evaluation = evaluateInvestment(investment, {
    version,
    leakThresholds: settings.leakThresholds,
    discountRatePct: settings.discountRatePct,
    risk: true,
  });
  return (
    <>
      <Card title={evaluation.versionUsed ? t("forecastOfVersion", { version: evaluation.versionUsed }) : t("forecastDraft")}>
        {evaluation.ok ? <ForecastSummary result={evaluation.result} /> : <p role="alert">{evaluation.errors.map((e) => `${e.path}: ${e.message}`).join("; ")}</p>}
      </Card>
      {conversion ? (
        <Card title={tCurrency("title", { currency: conversion.target })}>
          <ReportingCurrencyFigures view={conversion} slug={slug} canEdit={canEdit} />
        </Card>
      ) : null}
      {evaluation.ok && evaluation.result.risk ? (
        <Card title={tRisk("title")}>
          <RiskFigures result={evaluation.result} editHref={canEdit ? `/w/${slug}/investments/${investment.id}/edit` : null} />
        </Card>
      ) : null}
      {evaluation.ok ? <Card title={t("chartsTitle")}><InvestmentChartsSection result={evaluation.result} kpis={investment.kpis} /></Card> : null}
      {evaluation.ok && evaluation.result.actuals ? (
        <Card title={t("actualsTitle")}>
          <ActualsComparison actuals={evaluation.result.actuals} currency={investment.currency} comparison={evaluation.planComparison} />
        </Card>
      ) : null}
      <Card title={t("leaksTitle")}>{evaluation.ok ? <LeakList leaks={evaluation.result.leaks} currency={investment.currency} /> : null}</Card>
      <Card title={t("kpisTitle")}><KpiOverview kpis={investment.kpis} /></Card>
      {investment.versions.length > 0 ? (
        <Card title={tAccuracy("driftCardTitle")}>
          <ForecastDriftChart drift={forecastDriftOf(investment)} currency={investment.currency} />
        </Card>
      ) : null}
      <Card title={t("versionsTitle")}><VersionHistory slug={slug} investmentId={investment.id} versions={investment.versions} selected={evaluation.versionUsed} /></Card>
    </>
  );
}
