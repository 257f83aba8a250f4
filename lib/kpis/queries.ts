import { getDb } from "@/lib/db/client";
import { notFoundError } from "@/lib/errors";
import { dateToPeriod } from "@/lib/investments/months";

export type KpiView = {
  id: string;
  name: string;
  unit: string;
  baseline: string | null;
  /** YYYY-MM-DD */
  baselineDate: string | null;
  target: string | null;
  direction: "up" | "down";
  measurements: { period: string; value: string }[];
};

/** An investment's KPIs in display order, with their measurements; scoped by workspace. */
export async function listKpis(workspaceId: string, investmentId: string): Promise<KpiView[]> {
  const kpis = await getDb().kpi.findMany({
    where: { workspaceId, investmentId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    include: { measurements: { where: { workspaceId }, orderBy: { month: "asc" } } },
  });
  return kpis.map((kpi) => ({
    id: kpi.id,
    name: kpi.name,
    unit: kpi.unit,
    baseline: kpi.baseline?.toString() ?? null,
    baselineDate: kpi.baselineDate ? kpi.baselineDate.toISOString().slice(0, 10) : null,
    target: kpi.target?.toString() ?? null,
    direction: kpi.direction,
    measurements: kpi.measurements.map((m) => ({ period: dateToPeriod(m.month), value: m.value.toString() })),
  }));
}

/** listKpis for a reader that names the investment (the API): NOT_FOUND when it is not the workspace's. */
export async function listInvestmentKpis(workspaceId: string, investmentId: string): Promise<KpiView[]> {
  const investment = await getDb().investment.findFirst({ where: { id: investmentId, workspaceId }, select: { id: true } });
  if (!investment) throw notFoundError();
  return listKpis(workspaceId, investment.id);
}
