// Copies a workspace's investments (plan versions, KPIs with measurements, actuals) into
// another workspace, `times` over: a quick way to a portfolio of any size with realistic
// figures and leaks (e.g. from the demo seed). Overrides apply to every copy.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

type Overrides = {
  status?: "draft" | "approved" | "active" | "completed" | "stopped";
  currency?: string;
  nameSuffix?: string;
};

export async function copyInvestments(
  db: Db,
  options: { from: string; to: string; times?: number; only?: string[] } & Overrides,
): Promise<string[]> {
  const templates = await db.investment.findMany({
    where: { workspaceId: options.from, archivedAt: null, ...(options.only ? { name: { in: options.only } } : {}) },
    orderBy: [{ startMonth: "asc" }, { name: "asc" }],
    include: { versions: true, kpis: { include: { measurements: true } }, actuals: true },
  });
  const ids: string[] = [];
  for (let copy = 1; copy <= (options.times ?? 1); copy++) {
    for (const t of templates) {
      const id = randomUUID();
      ids.push(id);
      const workspaceId = options.to;
      const versionIds = new Map(t.versions.map((v) => [v.id, randomUUID()]));
      await db.$transaction([
        db.investment.create({
          data: {
            id,
            workspaceId,
            name: `${t.name}${options.nameSuffix ?? ""} #${copy}`,
            description: t.description,
            category: t.category,
            ownerName: t.ownerName,
            startMonth: t.startMonth,
            horizonMonths: t.horizonMonths,
            currency: options.currency ?? t.currency,
            status: options.status ?? t.status,
            plan: t.plan as Prisma.InputJsonValue,
          },
        }),
        db.planVersion.createMany({
          data: t.versions.map((v) => ({
            id: versionIds.get(v.id),
            workspaceId,
            investmentId: id,
            version: v.version,
            definition: v.definition as Prisma.InputJsonValue,
            reason: v.reason,
            createdByName: v.createdByName,
          })),
        }),
        ...t.kpis.map((k) =>
          db.kpi.create({
            data: {
              workspaceId,
              investmentId: id,
              name: k.name,
              unit: k.unit,
              baseline: k.baseline,
              baselineDate: k.baselineDate,
              target: k.target,
              direction: k.direction,
              position: k.position,
              measurements: { create: k.measurements.map((m) => ({ workspaceId, month: m.month, value: m.value })) },
            },
          }),
        ),
        db.actualMonth.createMany({
          data: t.actuals.map((a) => ({
            workspaceId,
            investmentId: id,
            month: a.month,
            cost: a.cost,
            benefit: a.benefit,
            planVersionId: a.planVersionId ? (versionIds.get(a.planVersionId) ?? null) : null,
            recordedByName: a.recordedByName,
          })),
        }),
      ]);
    }
  }
  return ids;
}
