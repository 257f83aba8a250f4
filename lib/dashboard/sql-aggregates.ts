import Decimal from "decimal.js";
import { getDb } from "@/lib/db/client";
import { dateToPeriod } from "@/lib/investments/months";

// Sums happen in Postgres (numeric, exact) and arrive as text, so no float ever touches money.

export type ActualSums = { cost: Decimal; benefit: Decimal; months: number; lastUpdate: Date | null };

const sums = (cost: string | null, benefit: string | null, months: bigint | number, lastUpdate: Date | null): ActualSums => ({
  cost: new Decimal(cost ?? "0"),
  benefit: new Decimal(benefit ?? "0"),
  months: Number(months),
  lastUpdate,
});

/** Recorded actuals per investment, for non-archived investments of the given workspaces. */
export async function sumActualsByInvestment(workspaceIds: string[], category: string | null = null) {
  if (workspaceIds.length === 0) return new Map<string, ActualSums>();
  const rows = await getDb().$queryRaw<{ investmentId: string; cost: string | null; benefit: string | null; months: bigint; lastUpdate: Date | null }[]>`
    SELECT a."investmentId", SUM(a.cost)::text AS cost, SUM(a.benefit)::text AS benefit, COUNT(*) AS months, MAX(a."updatedAt") AS "lastUpdate"
    FROM "ActualMonth" a JOIN "Investment" i ON i.id = a."investmentId" AND i."workspaceId" = a."workspaceId"
    WHERE a."workspaceId" = ANY(${workspaceIds}) AND i."archivedAt" IS NULL
      AND (${category}::text IS NULL OR i.category::text = ${category}::text)
    GROUP BY a."investmentId"`;
  return new Map(rows.map((r) => [r.investmentId, sums(r.cost, r.benefit, r.months, r.lastUpdate)]));
}

/** Recorded actuals per calendar month for one workspace (the measured line of the chart). */
export async function sumActualsByMonth(workspaceId: string, category: string | null = null) {
  const rows = await getDb().$queryRaw<{ month: Date; cost: string; benefit: string }[]>`
    SELECT a.month, SUM(a.cost)::text AS cost, SUM(a.benefit)::text AS benefit
    FROM "ActualMonth" a JOIN "Investment" i ON i.id = a."investmentId" AND i."workspaceId" = a."workspaceId"
    WHERE a."workspaceId" = ${workspaceId} AND i."archivedAt" IS NULL
      AND (${category}::text IS NULL OR i.category::text = ${category}::text)
    GROUP BY a.month ORDER BY a.month`;
  return rows.map((r) => ({ period: dateToPeriod(r.month), cost: new Decimal(r.cost), benefit: new Decimal(r.benefit) }));
}
