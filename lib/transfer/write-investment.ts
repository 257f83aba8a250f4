import { activateOnActuals } from "@/lib/actuals/activate-on-actuals";
import type { WorkspaceContext } from "@/lib/auth/workspace-gate";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { periodToDate } from "@/lib/investments/months";
import { refreshInvestmentFigures } from "@/lib/portfolio/refresh";
import type { JsonValue } from "@/lib/roi";
import type { WorkspaceExportInput } from "./workspace-format";

type JsonObject = { [key: string]: JsonValue };
type InvestmentInput = WorkspaceExportInput["investments"][number];

/**
 * One investment of a workspace file, written in the import's transaction: the row, its
 * plan versions (numbers, reasons, authors' names and dates; the authors may not exist
 * here), KPIs with measurements, actuals linked to the version they were recorded under
 * (with where they came from), and the leak reviews, so a leak acknowledged or snoozed
 * there stays so here. An approved plan that comes with actuals becomes active, as
 * recording them in the app would have made it (files from before that rule).
 */
export async function writeInvestment(tx: Tx, ctx: WorkspaceContext, input: InvestmentInput, plan: JsonObject, now: Date) {
  const workspaceId = ctx.workspace.id;
  const { header } = input;
  const investment = await tx.investment.create({
    data: {
      workspaceId,
      ...header,
      startMonth: periodToDate(header.startMonth),
      status: input.status,
      plan,
      archivedAt: input.archived ? now : null,
      createdById: ctx.user.id,
      ...(input.createdAt ? { createdAt: new Date(input.createdAt) } : {}),
    },
  });
  const versions = await tx.planVersion.createManyAndReturn({
    data: input.versions.map((v) => ({
      workspaceId,
      investmentId: investment.id,
      version: v.version,
      definition: v.definition as Prisma.InputJsonObject,
      reason: v.reason,
      createdByName: v.createdByName,
      createdAt: new Date(v.createdAt),
    })),
    select: { id: true, version: true },
  });
  const versionIds = new Map(versions.map((v) => [v.version, v.id]));
  for (const [position, kpi] of input.kpis.entries()) {
    await tx.kpi.create({
      data: {
        workspaceId,
        investmentId: investment.id,
        name: kpi.name,
        unit: kpi.unit,
        baseline: kpi.baseline,
        baselineDate: kpi.baselineDate ? new Date(`${kpi.baselineDate}T00:00:00Z`) : null,
        target: kpi.target,
        direction: kpi.direction,
        position,
        measurements: { create: kpi.measurements.map((m) => ({ workspaceId, month: periodToDate(m.period), value: m.value })) },
      },
    });
  }
  await tx.actualMonth.createMany({
    data: input.actuals.map((a) => ({
      workspaceId,
      investmentId: investment.id,
      month: periodToDate(a.period),
      cost: a.cost,
      benefit: a.benefit,
      benefitByDriver: a.benefitByDriver === null ? Prisma.DbNull : (a.benefitByDriver as Prisma.InputJsonObject),
      note: a.note,
      recordedByName: a.recordedByName,
      planVersionId: a.planVersion === null ? null : (versionIds.get(a.planVersion) ?? null),
      source: a.source,
    })),
  });
  await tx.leakReview.createMany({
    data: input.leakReviews.map((r) => ({
      workspaceId,
      investmentId: investment.id,
      kind: r.kind,
      code: r.code,
      subject: r.subject,
      reason: r.reason,
      snoozedUntil: r.snoozedUntil ? new Date(`${r.snoozedUntil}T00:00:00Z`) : null,
      atStakeMonthly: r.atStakeMonthly,
      createdByName: r.createdByName,
      createdAt: new Date(r.createdAt),
    })),
  });
  if (input.actuals.length > 0) await activateOnActuals(tx, investment, ctx.user.id);
  await refreshInvestmentFigures(tx, { workspaceId, investmentId: investment.id, fromMonth: null, today: now });
  return { versions: versions.length, kpis: input.kpis.length, actuals: input.actuals.length, leakReviews: input.leakReviews.length };
}
