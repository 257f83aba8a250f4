import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { refreshInvestmentFigures } from "./refresh";

const LONG_WORK = { timeout: 3_600_000, maxWait: 600_000 };

/**
 * Recomputes a workspace's stored portfolio from scratch: every investment's figures and
 * monthly contributions, then the workspace's monthly totals summed from those in one
 * statement. For bulk loads (benchmarks, repairs); everyday writes refresh incrementally.
 */
export async function rebuildWorkspaceFigures(workspaceId: string, options: { today?: Date } = {}): Promise<void> {
  const today = options.today ?? new Date();
  const db = getDb();
  await db.$transaction(async (tx) => {
    await tx.workspaceMonth.deleteMany({ where: { workspaceId } });
    await tx.investmentMonth.deleteMany({ where: { workspaceId } });
    await tx.leakFinding.deleteMany({ where: { workspaceId } });
    await tx.investmentFigures.deleteMany({ where: { workspaceId } });
  }, LONG_WORK);
  const ids = await db.investment.findMany({ where: { workspaceId }, select: { id: true }, orderBy: { id: "asc" } });
  // Each investment on its own (a fresh investment adds its months to the totals); the
  // totals are then recomputed in one statement, which must give the same sums.
  for (const { id } of ids) {
    await db.$transaction((tx) => refreshInvestmentFigures(tx, { workspaceId, investmentId: id, today }), LONG_WORK);
  }
  await db.$transaction(async (tx) => {
    await tx.workspaceMonth.deleteMany({ where: { workspaceId } });
    await tx.$executeRaw`${SUM_WORKSPACE_MONTHS} WHERE m."workspaceId" = ${workspaceId} ${GROUP_WORKSPACE_MONTHS}`;
  }, LONG_WORK);
}

/** The workspace's monthly totals recomputed from the investments' monthly contributions. */
export const SUM_WORKSPACE_MONTHS = Prisma.sql`
  INSERT INTO "WorkspaceMonth" ("workspaceId", currency, category, counted, month, investments, recorded,
    "actualCost", "actualBenefit", "conservativeCost", "conservativeBenefit", "expectedCost", "expectedBenefit", "optimisticCost", "optimisticBenefit")
  SELECT m."workspaceId", f.currency, f.category, f.counted, m.month, COUNT(*)::int, COUNT(*) FILTER (WHERE m.recorded)::int,
    SUM(m."actualCost"), SUM(m."actualBenefit"), SUM(m."conservativeCost"), SUM(m."conservativeBenefit"),
    SUM(m."expectedCost"), SUM(m."expectedBenefit"), SUM(m."optimisticCost"), SUM(m."optimisticBenefit")
  FROM "InvestmentMonth" m JOIN "InvestmentFigures" f ON f."investmentId" = m."investmentId" AND NOT f.archived`;
export const GROUP_WORKSPACE_MONTHS = Prisma.sql`GROUP BY m."workspaceId", f.currency, f.category, f.counted, m.month`;
