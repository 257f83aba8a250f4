import { getDb } from "@/lib/db/client";
import { buildPlanDefinition } from "@/lib/investments/definition";
import { currentPeriod, dateToPeriod } from "@/lib/investments/months";
import type { PlanDocument } from "@/lib/investments/schemas";
import { listKpis } from "@/lib/kpis/queries";
import { buildActualsGrid, driverLabels, forecastFromDefinition, type GridActual } from "./grid";

/**
 * Everything the actuals page shows for one investment, or null when the id is not an
 * investment of this workspace (the page answers 404, as for any outsider).
 */
export async function findActualsPage(workspaceId: string, investmentId: string | undefined, today = new Date()) {
  if (!investmentId) return null;
  const investment = await getDb().investment.findFirst({
    where: { id: investmentId, workspaceId },
    select: {
      id: true,
      name: true,
      currency: true,
      status: true,
      startMonth: true,
      horizonMonths: true,
      plan: true,
      versions: {
        where: { workspaceId },
        orderBy: { version: "desc" },
        take: 1,
        select: { version: true, definition: true },
      },
      actuals: {
        where: { workspaceId },
        orderBy: { month: "asc" },
        include: { planVersion: { select: { version: true } } },
      },
    },
  });
  if (!investment) return null;
  const startMonth = dateToPeriod(investment.startMonth);
  const version = investment.versions[0] ?? null;
  // The forecast comes from the plan version in force; a draft has none yet, so its working plan stands in.
  const definition =
    version?.definition ??
    buildPlanDefinition(
      { name: investment.name, currency: investment.currency, startMonth, horizonMonths: investment.horizonMonths },
      investment.plan as PlanDocument,
    );
  const actuals: GridActual[] = investment.actuals.map((row) => ({
    period: dateToPeriod(row.month),
    cost: row.cost.toFixed(2),
    benefit: row.benefit.toFixed(2),
    benefitByDriver: (row.benefitByDriver as Record<string, string> | null) ?? null,
    note: row.note,
    revision: row.revision,
    recordedByName: row.recordedByName,
    updatedAt: row.updatedAt.toISOString(),
    planVersion: row.planVersion?.version ?? null,
    source: row.source,
  }));
  const kpis = await listKpis(workspaceId, investment.id);
  const recordedDrivers = actuals.flatMap((a) => Object.keys(a.benefitByDriver ?? {}));
  const grid = buildActualsGrid({
    startMonth,
    horizonMonths: investment.horizonMonths,
    currentPeriod: currentPeriod(today),
    actuals,
    kpis,
    forecast: forecastFromDefinition(definition),
  });
  return {
    investment: {
      id: investment.id,
      name: investment.name,
      currency: investment.currency,
      status: investment.status,
      startMonth,
      horizonMonths: investment.horizonMonths,
    },
    planVersion: version?.version ?? null,
    drivers: [...new Set([...driverLabels(definition), ...recordedDrivers])],
    kpis,
    grid,
  };
}
export type ActualsPageData = NonNullable<Awaited<ReturnType<typeof findActualsPage>>>;
