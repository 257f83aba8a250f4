import { getTranslations } from "next-intl/server";
import { ActualsComparison } from "@/components/investments/actuals-comparison";
import { ForecastSummary } from "@/components/investments/forecast-summary";
import { InvestmentChartsSection } from "@/components/investments/investment-charts-section";
import { KpiOverview } from "@/components/investments/kpi-overview";
import { LeakList } from "@/components/investments/leak-list";
import { VersionHistory } from "@/components/investments/version-history";
import { Card } from "@/components/ui/card";
import { evaluateInvestment } from "@/lib/investments/evaluate-investment";
import type { InvestmentDetail } from "@/lib/investments/queries";
import { getLeakThresholds } from "@/lib/leaks/queries";

type Props = { slug: string; investment: InvestmentDetail; version: number | undefined };

/** The slow part of the investment page: the engine's evaluation and everything drawn from it. */
export async function InvestmentAnalysis({ slug, investment, version }: Props) {
  const [t, leakThresholds] = await Promise.all([getTranslations("investments"), getLeakThresholds(investment.workspaceId)]);
  // The workspace's thresholds, as the dashboard's stored evaluation uses them.
  const evaluation = evaluateInvestment(investment, { version, leakThresholds });
  return (
    <>
      <Card title={evaluation.versionUsed ? t("forecastOfVersion", { version: evaluation.versionUsed }) : t("forecastDraft")}>
        {evaluation.ok ? <ForecastSummary result={evaluation.result} /> : <p role="alert">{evaluation.errors.map((e) => `${e.path}: ${e.message}`).join("; ")}</p>}
      </Card>
      {evaluation.ok ? <Card title={t("chartsTitle")}><InvestmentChartsSection result={evaluation.result} kpis={investment.kpis} /></Card> : null}
      {evaluation.ok && evaluation.result.actuals ? (
        <Card title={t("actualsTitle")}>
          <ActualsComparison actuals={evaluation.result.actuals} currency={investment.currency} comparison={evaluation.planComparison} />
        </Card>
      ) : null}
      <Card title={t("leaksTitle")}>{evaluation.ok ? <LeakList leaks={evaluation.result.leaks} currency={investment.currency} /> : null}</Card>
      <Card title={t("kpisTitle")}><KpiOverview kpis={investment.kpis} /></Card>
      <Card title={t("versionsTitle")}><VersionHistory slug={slug} investmentId={investment.id} versions={investment.versions} selected={evaluation.versionUsed} /></Card>
    </>
  );
}
