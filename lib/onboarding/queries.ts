import { getDb } from "@/lib/db/client";
import type { FirstRunFacts } from "./first-run";

type Row = { investmentCount: number; draftInvestmentId: string | null; approvedInvestmentId: string | null; hasActuals: boolean };

/**
 * The first-run facts of one workspace, in one statement of small indexed look-ups. The
 * caller has been through the workspace gate: `workspaceId` is the gated workspace's.
 * Archived investments (and their actuals) do not count, as on the dashboard.
 */
export async function readFirstRunFacts(workspaceId: string): Promise<FirstRunFacts> {
  const [row] = await getDb().$queryRaw<Row[]>`
    SELECT
      (SELECT count(*)::int FROM "Investment" i
        WHERE i."workspaceId" = ${workspaceId} AND i."archivedAt" IS NULL) AS "investmentCount",
      (SELECT i.id FROM "Investment" i
        WHERE i."workspaceId" = ${workspaceId} AND i."archivedAt" IS NULL AND i.status = 'draft'
        ORDER BY i."createdAt", i.id LIMIT 1) AS "draftInvestmentId",
      (SELECT i.id FROM "Investment" i
        WHERE i."workspaceId" = ${workspaceId} AND i."archivedAt" IS NULL AND i.status <> 'draft'
        ORDER BY i."createdAt", i.id LIMIT 1) AS "approvedInvestmentId",
      EXISTS (SELECT 1 FROM "ActualMonth" a JOIN "Investment" i ON i.id = a."investmentId"
        WHERE a."workspaceId" = ${workspaceId} AND i."archivedAt" IS NULL) AS "hasActuals"`;
  return row;
}
