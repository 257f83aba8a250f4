import { getTranslations } from "next-intl/server";
import { RoiBandChart } from "@/components/charts/investment-charts";
import { InvestmentTable } from "@/components/dashboard/investment-table";
import { KpiCards } from "@/components/dashboard/kpi-cards";
import { Card } from "@/components/ui/card";
import type { WorkspaceDashboard } from "@/lib/dashboard/workspace-dashboard";
import { SharedLeaks } from "./shared-leaks";

export async function SharedWorkspace({ dashboard, currency, percentOnly }: { dashboard: WorkspaceDashboard; currency: string; percentOnly: boolean }) {
  const t = await getTranslations("dashboard");
  if (dashboard.rows.length === 0) return <p className="text-sm text-gray-700">{t("shareEmpty")}</p>;
  return (
    <div className="space-y-6">
      <KpiCards cards={dashboard.cards} currency={currency} percentOnly={percentOnly} />
      <Card><RoiBandChart points={dashboard.chart} title={t("chartTitle")} /></Card>
      <Card title={t("leaksTitle")}><SharedLeaks leaks={dashboard.leaks} percentOnly={percentOnly} /></Card>
      <Card title={t("tableTitle")}><InvestmentTable slug={null} rows={dashboard.rows} /></Card>
    </div>
  );
}
