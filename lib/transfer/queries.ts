import { getDb } from "@/lib/db/client";
import { dateToPeriod } from "@/lib/investments/months";
import type { CsvMapping } from "./csv-mapping";

/** What the CSV import screen needs; null when the investment is not in this workspace. */
export async function getCsvImportContext(workspaceId: string, investmentId: string) {
  const investment = await getDb().investment.findFirst({
    where: { id: investmentId, workspaceId },
    select: { id: true, name: true, startMonth: true, horizonMonths: true, currency: true, actuals: { select: { month: true }, orderBy: { month: "asc" } } },
  });
  if (!investment) return null;
  const remembered = await getDb().csvMapping.findUnique({ where: { workspaceId }, select: { mapping: true } });
  return {
    id: investment.id,
    name: investment.name,
    currency: investment.currency,
    startMonth: dateToPeriod(investment.startMonth),
    horizonMonths: investment.horizonMonths,
    existingPeriods: investment.actuals.map((a) => dateToPeriod(a.month)),
    rememberedMapping: readMapping(remembered?.mapping),
  };
}

function readMapping(value: unknown): Partial<CsvMapping> | null {
  if (typeof value !== "object" || value === null) return null;
  const out: Partial<CsvMapping> = {};
  for (const field of ["month", "cost", "benefit", "note"] as const) {
    const header = (value as Record<string, unknown>)[field];
    if (typeof header === "string" && header) out[field] = header;
  }
  return out;
}

export async function countInvestments(workspaceId: string) {
  return getDb().investment.count({ where: { workspaceId } });
}
