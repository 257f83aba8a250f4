import { recordAudit } from "@/lib/audit/record-audit";
import type { WorkspaceContext } from "@/lib/auth/workspace-gate";
import { getDb, type Tx } from "@/lib/db/client";
import { notFoundError } from "@/lib/errors";
import { lockInvestment } from "@/lib/investments/mutations";
import { refreshInvestmentFigures } from "@/lib/portfolio/refresh";
import type { KpiValues } from "./schemas";

const audit = (
  tx: Tx,
  ctx: WorkspaceContext,
  entry: { action: string; entityId: string; before?: unknown; after?: unknown },
) => recordAudit(tx, { workspaceId: ctx.workspace.id, actorId: ctx.user.id, entityType: "Kpi", ...entry });

/** KPIs are not actuals: the whole investment's stored figures are brought up to date. */
const refresh = (tx: Tx, workspaceId: string, investmentId: string) =>
  refreshInvestmentFigures(tx, { workspaceId, investmentId, fromMonth: null });

// A few statements plus the figures' refresh; not at the mercy of Prisma's 5 s default.
const KPI_WRITE = { timeout: 60_000, maxWait: 15_000 };

/**
 * Finds a KPI by id *and* workspace and locks its investment, so KPI writes and saves of
 * that investment's actuals happen one at a time.
 */
async function lockKpi(tx: Tx, workspaceId: string, kpiId: string) {
  const found = await tx.kpi.findFirst({ where: { id: kpiId, workspaceId }, select: { investmentId: true } });
  if (!found) throw notFoundError();
  const investment = await lockInvestment(tx, workspaceId, found.investmentId);
  const kpi = await tx.kpi.findFirst({ where: { id: kpiId, workspaceId } });
  if (!kpi) throw notFoundError();
  return { kpi, investment };
}

export async function createKpi(ctx: WorkspaceContext, input: KpiValues & { investmentId: string }) {
  const workspaceId = ctx.workspace.id;
  return getDb().$transaction(async (tx) => {
    const investment = await lockInvestment(tx, workspaceId, input.investmentId);
    const last = await tx.kpi.findFirst({
      where: { workspaceId, investmentId: investment.id },
      orderBy: { position: "desc" },
      select: { position: true },
    });
    const { investmentId: _id, ...values } = input;
    const kpi = await tx.kpi.create({
      data: { ...values, workspaceId, investmentId: investment.id, position: (last?.position ?? -1) + 1 },
    });
    await audit(tx, ctx, { action: "kpi.create", entityId: kpi.id, after: kpi });
    await refresh(tx, workspaceId, investment.id);
    return { id: kpi.id };
  }, KPI_WRITE);
}

export async function updateKpi(ctx: WorkspaceContext, input: KpiValues & { kpiId: string }) {
  await getDb().$transaction(async (tx) => {
    const { kpi: before, investment } = await lockKpi(tx, ctx.workspace.id, input.kpiId);
    const { kpiId: _id, ...values } = input;
    const after = await tx.kpi.update({ where: { id: before.id }, data: values });
    await audit(tx, ctx, { action: "kpi.update", entityId: before.id, before, after });
    await refresh(tx, ctx.workspace.id, investment.id);
  }, KPI_WRITE);
}

export async function deleteKpi(ctx: WorkspaceContext, input: { kpiId: string }) {
  await getDb().$transaction(async (tx) => {
    const { kpi, investment } = await lockKpi(tx, ctx.workspace.id, input.kpiId);
    const measurements = await tx.kpiMeasurement.findMany({
      where: { kpiId: kpi.id, workspaceId: ctx.workspace.id },
      select: { month: true, value: true },
    });
    // Measurements go with it (cascade); the audit row keeps them.
    await tx.kpi.delete({ where: { id: kpi.id } });
    await audit(tx, ctx, { action: "kpi.delete", entityId: kpi.id, before: { ...kpi, measurements } });
    await refresh(tx, ctx.workspace.id, investment.id);
  }, KPI_WRITE);
}
