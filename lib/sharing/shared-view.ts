import { parseDashboardQuery, type DashboardQuery, type SearchParams } from "@/lib/dashboard/dashboard-query";
import type { InvestmentConversionView } from "@/lib/portfolio/investment-conversion";
import { loadInvestmentConversion } from "@/lib/portfolio/investment-conversion-data";
import { getInvestmentPortfolio, type InvestmentPortfolio } from "@/lib/portfolio/investment-portfolio";
import { getWorkspacePortfolio, type WorkspacePortfolio } from "@/lib/portfolio/workspace-portfolio";

type Link = { investmentId: string | null; percentOnly: boolean; workspace: { id: string; currency: string } };

export type SharedView =
  | { kind: "workspace"; portfolio: WorkspacePortfolio; query: DashboardQuery }
  | {
      kind: "investment";
      investment: InvestmentPortfolio;
      /** Its figures in the workspace's reporting currency, month by month (null: it is in that currency). */
      conversion: InvestmentConversionView | null;
    }
  | { kind: "unavailable" };

/**
 * What a stakeholder link shows, from the same stored figures as the app: the workspace
 * dashboard (its URL settings read like the app's; a percentages-only link cannot sort
 * by amounts), or one investment (in another currency than the workspace's: also converted
 * into the reporting currency, as on its page).
 */
export async function loadSharedView(link: Link, params: SearchParams = {}, options: { today?: Date } = {}): Promise<SharedView> {
  if (!link.investmentId) {
    const query = parseDashboardQuery(params, { percentOnly: link.percentOnly });
    const portfolio = await getWorkspacePortfolio(link.workspace, {
      today: options.today,
      category: query.category,
      sort: query.sort,
      page: query.page,
      reportingCurrency: query.currency ?? undefined,
    });
    return { kind: "workspace", portfolio, query };
  }
  const investment = await getInvestmentPortfolio(link.workspace, link.investmentId, { today: options.today });
  if (!investment) return { kind: "unavailable" };
  const conversion =
    investment.row.currency === link.workspace.currency ? null : await loadInvestmentConversion(link.workspace, link.investmentId, { today: options.today });
  return { kind: "investment", investment, conversion };
}
