import { getDb } from "@/lib/db/client";
import type { InvestmentCategory } from "@/lib/investments/schemas";
import type { LeakThresholds } from "@/lib/roi";

/**
 * Everything the engine needs for every current investment of the given workspaces, in a
 * fixed number of queries whatever the number of investments (no N+1).
 */
export async function loadPortfolio(workspaceIds: string[], filter: { category?: InvestmentCategory } = {}) {
  const db = getDb();
  const [investments, workspaces, reviews] = await Promise.all([
    db.investment.findMany({
      where: { workspaceId: { in: workspaceIds }, archivedAt: null, ...(filter.category ? { category: filter.category } : {}) },
      orderBy: [{ startMonth: "asc" }, { name: "asc" }],
      include: {
        versions: { orderBy: { version: "desc" }, take: 1 },
        kpis: { orderBy: [{ position: "asc" }, { createdAt: "asc" }], include: { measurements: { orderBy: { month: "asc" } } } },
        actuals: { orderBy: { month: "asc" } },
      },
    }),
    db.workspace.findMany({ where: { id: { in: workspaceIds } }, select: { id: true, name: true, slug: true, currency: true, leakThresholds: true } }),
    db.leakReview.findMany({ where: { workspaceId: { in: workspaceIds } }, orderBy: { createdAt: "asc" } }),
  ]);
  const thresholds = new Map(workspaces.map((w) => [w.id, (w.leakThresholds ?? {}) as Partial<LeakThresholds>]));
  return { investments, workspaces, reviews, thresholds };
}

export type Portfolio = Awaited<ReturnType<typeof loadPortfolio>>;
export type PortfolioInvestment = Portfolio["investments"][number];
