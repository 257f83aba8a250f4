import type { Tx } from "@/lib/db/client";

export type KpiMonth = { workspaceId: string; kpiId: string; month: Date };

/**
 * Sets one KPI value for a month if the measurement still holds `base` (null: there is
 * none), in one conditional statement, so of several writes based on the same state
 * exactly one wins; true when it did. `value` null deletes; base and value both null
 * holds when the month still has no value. The KPI section and the actuals grid both
 * write through here.
 */
export async function swapKpiValue(tx: Tx, at: KpiMonth, base: string | null, value: string | null): Promise<boolean> {
  const where = { kpiId: at.kpiId, month: at.month, workspaceId: at.workspaceId };
  if (base === null && value === null) return (await tx.kpiMeasurement.count({ where })) === 0;
  if (base === null) {
    const data = [{ ...where, value: value as string }];
    return (await tx.kpiMeasurement.createMany({ data, skipDuplicates: true })).count === 1;
  }
  const { count } =
    value === null
      ? await tx.kpiMeasurement.deleteMany({ where: { ...where, value: base } })
      : await tx.kpiMeasurement.updateMany({ where: { ...where, value: base }, data: { value } });
  return count === 1;
}
