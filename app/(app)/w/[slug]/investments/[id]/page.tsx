import { getTranslations } from "next-intl/server";
import { ActualsComparison } from "@/components/investments/actuals-comparison";
import { ForecastSummary } from "@/components/investments/forecast-summary";
import { InvestmentChartsSection } from "@/components/investments/investment-charts-section";
import { InvestmentHeader } from "@/components/investments/investment-header";
import { KpiOverview } from "@/components/investments/kpi-overview";
import { LeakList } from "@/components/investments/leak-list";
import { VersionHistory } from "@/components/investments/version-history";
import { Card } from "@/components/ui/card";
import { requireWorkspacePage } from "@/lib/auth/workspace-gate";
import { evaluateInvestment } from "@/lib/investments/evaluate-investment";
import { loadInvestmentPage } from "@/lib/investments/page-data";

type Props = { params: Promise<{ slug: string; id: string }>; searchParams: Promise<{ version?: string }> };

export default async function InvestmentPage({ params, searchParams }: Props) {
  const { slug, id } = await params;
  const { workspace, role } = await requireWorkspacePage(slug);
  const investment = await loadInvestmentPage(workspace.id, id);
  const version = Number.parseInt((await searchParams).version ?? "", 10);
  const evaluation = evaluateInvestment(investment, { version: Number.isNaN(version) ? undefined : version });
  const t = await getTranslations("investments");
  return (
    <div className="space-y-6">
      <InvestmentHeader slug={slug} investment={investment} role={role} />
      <Card title={evaluation.versionUsed ? t("forecastOfVersion", { version: evaluation.versionUsed }) : t("forecastDraft")}>
        {evaluation.ok ? <ForecastSummary result={evaluation.result} /> : <p role="alert">{evaluation.errors.map((e) => `${e.path}: ${e.message}`).join("; ")}</p>}
      </Card>
      {evaluation.ok ? <Card title={t("chartsTitle")}><InvestmentChartsSection result={evaluation.result} kpis={investment.kpis} /></Card> : null}
      {evaluation.ok && evaluation.result.actuals ? (
        <Card title={t("actualsTitle")}>
          <ActualsComparison actuals={evaluation.result.actuals} currency={investment.currency} />
        </Card>
      ) : null}
      <Card title={t("leaksTitle")}>{evaluation.ok ? <LeakList leaks={evaluation.result.leaks} currency={investment.currency} /> : null}</Card>
      <Card title={t("kpisTitle")}><KpiOverview kpis={investment.kpis} /></Card>
      <Card title={t("versionsTitle")}><VersionHistory slug={slug} investmentId={id} versions={investment.versions} selected={evaluation.versionUsed} /></Card>
    </div>
  );
}
