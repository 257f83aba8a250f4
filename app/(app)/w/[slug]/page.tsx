import { getTranslations } from "next-intl/server";
import { RoiBandChart } from "@/components/charts/investment-charts";
import { CategoryFilter } from "@/components/dashboard/category-filter";
import { InvestmentTable } from "@/components/dashboard/investment-table";
import { LeaksPanel } from "@/components/dashboard/leaks-panel";
import { PortfolioTotalsSection } from "@/components/dashboard/portfolio-totals";
import { ReviewedLeaks } from "@/components/dashboard/reviewed-leaks";
import { TablePagination } from "@/components/dashboard/table-pagination";
import { FirstRunGuide } from "@/components/onboarding/first-run-guide";
import { Card } from "@/components/ui/card";
import { canWrite } from "@/lib/auth/roles";
import { requireWorkspacePage } from "@/lib/auth/workspace-gate";
import { dashboardSearch, keptParams, parseDashboardQuery, type SearchParams } from "@/lib/dashboard/dashboard-query";
import { firstRunGuide } from "@/lib/onboarding/first-run";
import { readFirstRunFacts } from "@/lib/onboarding/queries";
import { getWorkspacePortfolio } from "@/lib/portfolio/workspace-portfolio";

type Props = { params: Promise<{ slug: string }>; searchParams?: Promise<SearchParams> };

export default async function WorkspaceDashboardPage({ params, searchParams }: Props) {
  const { workspace, role } = await requireWorkspacePage((await params).slug);
  const query = parseDashboardQuery((await searchParams) ?? {});
  const [portfolio, facts, t] = await Promise.all([
    getWorkspacePortfolio(workspace, { category: query.category, sort: query.sort, page: query.page, reportingCurrency: query.currency ?? undefined }),
    readFirstRunFacts(workspace.id),
    getTranslations("dashboard"),
  ]);
  const guide = firstRunGuide(workspace.slug, facts, role);
  // No investments yet: the guided start is the whole page.
  if (guide.show && guide.layout === "full") return <FirstRunGuide guide={guide} />;
  const { totals, table, leaks, chart } = portfolio;
  // The view as the lib resolved it (an unknown currency fell back), so links keep what is shown.
  const shown = { ...query, currency: totals.reportingCurrency === workspace.currency ? null : totals.reportingCurrency, sort: table.sort, page: table.page };
  const href = (change: Parameters<typeof dashboardSearch>[1]) => `/w/${workspace.slug}${dashboardSearch(shown, change)}`;
  return (
    <div className="space-y-6">
      {guide.show ? <FirstRunGuide guide={guide} /> : null}
      <CategoryFilter value={query.category} keep={keptParams(shown)} />
      <PortfolioTotalsSection
        totals={totals}
        currencies={portfolio.currencies}
        currencyHref={(currency) => href({ currency: currency === workspace.currency ? null : currency })}
        slug={workspace.slug}
        canEditRates={canWrite(role)}
      />
      <Card><RoiBandChart points={chart.points} title={t("chartTitleIn", { currency: chart.currency })} /></Card>
      <Card title={t("leaksTitle")}>
        <div className="space-y-6">
          <LeaksPanel slug={workspace.slug} leaks={leaks} canReview={canWrite(role)} currentPeriod={portfolio.period} />
          <ReviewedLeaks leaks={leaks.reviewed} count={leaks.reviewedCount} undoIn={canWrite(role) ? workspace.slug : null} />
        </div>
      </Card>
      <Card title={t("tableTitle")}>
        <InvestmentTable slug={workspace.slug} rows={table.rows} sort={table.sort} sortHref={(sort) => href({ sort })} />
        <TablePagination page={table.page} pageCount={table.pageCount} pageSize={table.pageSize} total={table.total} pageHref={(page) => href({ page })} />
      </Card>
    </div>
  );
}
