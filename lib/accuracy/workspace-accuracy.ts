import { CATEGORIES } from "@/lib/investments/schemas";
import { ensureFreshFigures } from "@/lib/portfolio/refresh";
import { listInvestmentAccuracy } from "./queries";
import { latestVersionOf, summariseAll, summariseByCategory, summariseVersions } from "./summary";

/**
 * The forecast accuracy page of one workspace, from the stored figures (never re-evaluating
 * every plan version): the headline over all plan versions, per category, and per
 * investment with its latest version. The caller has passed the workspace gate.
 */
export async function getWorkspaceAccuracy(workspaceId: string, today = new Date()) {
  await ensureFreshFigures([workspaceId], today);
  const all = await listInvestmentAccuracy([workspaceId]);
  const withVersions = all.filter((i) => i.versions.length > 0);
  return {
    overall: summariseAll(withVersions),
    byCategory: summariseByCategory(withVersions, CATEGORIES),
    investments: withVersions.map((i) => ({
      investmentId: i.investmentId,
      name: i.name,
      category: i.category,
      currency: i.currency,
      latest: latestVersionOf(i.versions),
      summary: summariseVersions(i.versions),
    })),
  };
}

export type WorkspaceAccuracy = Awaited<ReturnType<typeof getWorkspaceAccuracy>>;
