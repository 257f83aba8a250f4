import { getDb } from "@/lib/db/client";
import type { InvestmentAccuracy } from "./summary";
import type { VersionAccuracy } from "./version-accuracy";

/**
 * The stored forecast accuracy of the workspaces' investments (archived ones left out, as in
 * every portfolio figure), by name. One query; only the `accuracy` part of the stored detail
 * is read. Callers make sure the figures are fresh (ensureFreshFigures) and that the user
 * may see these workspaces.
 */
export async function listInvestmentAccuracy(workspaceIds: string[]): Promise<InvestmentAccuracy[]> {
  if (workspaceIds.length === 0) return [];
  const rows = await getDb().$queryRaw<(Omit<InvestmentAccuracy, "versions"> & { versions: VersionAccuracy[] | null })[]>`
    SELECT "investmentId", "workspaceId", name, category::text AS category, currency, detail->'accuracy' AS versions
    FROM "InvestmentFigures"
    WHERE "workspaceId" = ANY(${workspaceIds}) AND NOT archived
    ORDER BY lower(name), "investmentId"`;
  return rows.map((r) => ({ ...r, versions: r.versions ?? [] }));
}
