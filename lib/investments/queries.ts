import { getDb } from "@/lib/db/client";
import { notFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

export async function listInvestments(workspaceId: string, options: { archived?: boolean } = {}) {
  return getDb().investment.findMany({
    where: { workspaceId, archivedAt: options.archived ? { not: null } : null },
    orderBy: [{ startMonth: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      category: true,
      status: true,
      ownerName: true,
      startMonth: true,
      horizonMonths: true,
      currency: true,
      archivedAt: true,
      updatedAt: true,
      _count: { select: { actuals: true, versions: true } },
    },
  });
}

/** Looked up by id *and* workspace: an id from another workspace is simply not found. */
export async function getInvestment(workspaceId: string, investmentId: string) {
  const investment = await getDb().investment.findFirst({ where: { id: investmentId, workspaceId } });
  if (!investment) throw notFoundError();
  return investment;
}

/** What `evaluateInvestment` reads besides the investment row (see getInvestmentDetail). */
export const INVESTMENT_DETAIL_INCLUDE = {
  versions: { orderBy: { version: "desc" } },
  kpis: { orderBy: [{ position: "asc" }, { createdAt: "asc" }], include: { measurements: { orderBy: { month: "asc" } } } },
  actuals: { orderBy: { month: "asc" } },
} satisfies Prisma.InvestmentInclude;

/**
 * The investment with everything `evaluateInvestment` reads: **all** plan versions with their
 * definitions, newest first (each recorded month is compared with the version in force when
 * it was recorded, and actuals carry `planVersionId`), KPIs with measurements, and actuals.
 */
export async function getInvestmentDetail(workspaceId: string, investmentId: string) {
  const investment = await getDb().investment.findFirst({
    where: { id: investmentId, workspaceId },
    include: INVESTMENT_DETAIL_INCLUDE,
  });
  if (!investment) throw notFoundError();
  return investment;
}
export type InvestmentDetail = Awaited<ReturnType<typeof getInvestmentDetail>>;
