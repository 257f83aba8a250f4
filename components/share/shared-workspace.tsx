import { getTranslations } from "next-intl/server";
import { RoiBandChart } from "@/components/charts/investment-charts";
import { InvestmentTable } from "@/components/dashboard/investment-table";
import { PortfolioTotalsSection } from "@/components/dashboard/portfolio-totals";
import { TablePagination } from "@/components/dashboard/table-pagination";
import { Card } from "@/components/ui/card";
import { dashboardSearch, type DashboardQuery } from "@/lib/dashboard/dashboard-query";
import type { WorkspacePortfolio } from "@/lib/portfolio/workspace-portfolio";
import { SharedLeaks } from "./shared-leaks";

type Props = { portfolio: WorkspacePortfolio; query: DashboardQuery; basePath: string; workspaceCurrency: string; percentOnly: boolean };

/** The workspace dashboard for stakeholders: the same figures, read-only, without links into the app. */
export async function SharedWorkspace({ portfolio, query, basePath, workspaceCurrency, percentOnly }: Props) {
  const t = await getTranslations("dashboard");
  const { totals, table, leaks, chart } = portfolio;
  if (table.total === 0 && !query.category) return <p className="text-sm text-gray-700">{t("shareEmpty")}</p>;
  const shown = { ...query, currency: totals.reportingCurrency === workspaceCurrency ? null : totals.reportingCurrency, sort: table.sort, page: table.page };
  const href = (change: Parameters<typeof dashboardSearch>[1]) => `${basePath}${dashboardSearch(shown, change, { percentOnly })}`;
  return (
    <div className="space-y-6">
      <PortfolioTotalsSection
        totals={totals}
        currencies={portfolio.currencies}
        currencyHref={(currency) => href({ currency: currency === workspaceCurrency ? null : currency })}
        percentOnly={percentOnly}
      />
      <Card><RoiBandChart points={chart.points} title={t("chartTitleIn", { currency: chart.currency })} /></Card>
      <Card title={t("leaksTitle")}><SharedLeaks leaks={leaks} percentOnly={percentOnly} /></Card>
      <Card title={t("tableTitle")}>
        <InvestmentTable slug={null} rows={table.rows} sort={table.sort} sortHref={(sort) => href({ sort })} percentOnly={percentOnly} />
        <TablePagination page={table.page} pageCount={table.pageCount} pageSize={table.pageSize} total={table.total} pageHref={(page) => href({ page })} />
      </Card>
    </div>
  );
}
