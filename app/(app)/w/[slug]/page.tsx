import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RoiBandChart } from "@/components/charts/investment-charts";
import { InvestmentTable } from "@/components/dashboard/investment-table";
import { KpiCards } from "@/components/dashboard/kpi-cards";
import { LeaksPanel } from "@/components/dashboard/leaks-panel";
import { Card } from "@/components/ui/card";
import { canWrite } from "@/lib/auth/roles";
import { requireWorkspacePage } from "@/lib/auth/workspace-gate";
import { getWorkspaceDashboard } from "@/lib/dashboard/workspace-dashboard";
import { currentPeriod } from "@/lib/investments/months";
import { CATEGORIES } from "@/lib/investments/schemas";
import { CategoryFilter } from "@/components/dashboard/category-filter";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ category?: string }> };

export default async function WorkspaceDashboardPage({ params, searchParams }: Props) {
  const { workspace, role } = await requireWorkspacePage((await params).slug);
  const requested = (await searchParams).category;
  const category = CATEGORIES.find((c) => c === requested);
  const [dashboard, t] = await Promise.all([getWorkspaceDashboard(workspace.id, { category }), getTranslations("dashboard")]);
  if (dashboard.rows.length === 0 && !category) {
    return (
      <Card title={t("title")}>
        <p className="text-sm text-gray-700">{t("empty", { workspace: workspace.name })}</p>
        {canWrite(role) ? <Link href={`/w/${workspace.slug}/investments/new`} className="mt-3 inline-block text-sm text-blue-700 underline">{t("startFirst")}</Link> : null}
      </Card>
    );
  }
  const startMonths = Object.fromEntries(dashboard.rows.map((r) => [r.id, r.startMonth]));
  return (
    <div className="space-y-6">
      <CategoryFilter value={category} />
      <KpiCards cards={dashboard.cards} currency={workspace.currency} />
      <Card><RoiBandChart points={dashboard.chart} title={t("chartTitle")} /></Card>
      <Card title={t("leaksTitle")}>
        <LeaksPanel slug={workspace.slug} leaks={dashboard.leaks} hidden={dashboard.hiddenLeaks} canReview={canWrite(role)} currentPeriod={currentPeriod()} startMonths={startMonths} />
      </Card>
      <Card title={t("tableTitle")}><InvestmentTable slug={workspace.slug} rows={dashboard.rows} /></Card>
    </div>
  );
}
