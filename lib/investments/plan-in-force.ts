import { parseDefinition, type InvestmentDefinition, type ReferencePlan } from "@/lib/roi";
import { dateToPeriod, monthNumberOf } from "./months";

/** A stored plan version with its frozen definition (a format v1 plan without KPIs or actuals). */
export type PlanVersionRow = { id: string; version: number; definition: unknown };

/** A recorded month of an actual, numbered from the evaluated plan's start, with the version in force then. */
export type RecordedMonth = { month: number; planVersionId: string | null };

/** Which plan the recorded months are compared with. */
export type InForcePlans = {
  /** The engine's reference plans (months whose version is not the evaluated one). */
  referencePlans: ReferencePlan[];
  /** Version numbers the recorded months are compared with, ascending. */
  versions: number[];
  /** Months compared with the evaluated plan because they name no version that could be used. */
  unversionedMonths: number[];
};

/**
 * Parses plan versions on demand, each at most once per evaluation; the evaluated version
 * is not parsed again. Null for a version whose definition no longer parses.
 */
export function createVersionParser(evaluated: { versionId: string | null; definition: InvestmentDefinition }) {
  const parsed = new Map<string, InvestmentDefinition | null>();
  if (evaluated.versionId !== null) parsed.set(evaluated.versionId, evaluated.definition);
  return (version: PlanVersionRow): InvestmentDefinition | null => {
    if (!parsed.has(version.id)) {
      const result = parseDefinition(version.definition);
      parsed.set(version.id, result.ok ? result.definition : null);
    }
    return parsed.get(version.id) ?? null;
  };
}

/** The recorded actuals as month numbers of `definition` (within its horizon, like buildFullDefinition). */
export function numberRecordedMonths(
  actuals: readonly { month: Date; planVersionId: string | null }[],
  definition: Pick<InvestmentDefinition, "startMonth" | "horizonMonths">,
): RecordedMonth[] {
  return actuals
    .map((actual) => ({
      month: monthNumberOf(definition.startMonth, dateToPeriod(actual.month)),
      planVersionId: actual.planVersionId,
    }))
    .filter((recorded) => recorded.month >= 1 && recorded.month <= definition.horizonMonths)
    .sort((a, b) => a.month - b.month);
}

/**
 * Each recorded month against the plan version in force when it was recorded. Months
 * without a version (recorded before approval, or the version was deleted), with a version
 * that is not among `versions` or no longer parses, are compared with the evaluated plan.
 */
export function resolveInForcePlans(input: {
  versions: readonly PlanVersionRow[];
  recorded: readonly RecordedMonth[];
  evaluated: { versionId: string | null; version: number | null };
  planOf: (version: PlanVersionRow) => InvestmentDefinition | null;
}): InForcePlans {
  const byId = new Map(input.versions.map((version) => [version.id, version]));
  const references = new Map<string, { definition: InvestmentDefinition; months: number[] }>();
  const unversionedMonths: number[] = [];
  const used = new Set<number>();
  for (const { month, planVersionId } of input.recorded) {
    const version = planVersionId === null ? undefined : byId.get(planVersionId);
    const definition = version && version.id !== input.evaluated.versionId ? input.planOf(version) : null;
    if (version && version.id === input.evaluated.versionId) {
      used.add(version.version);
    } else if (version && definition) {
      used.add(version.version);
      const reference = references.get(version.id) ?? { definition, months: [] };
      reference.months.push(month);
      references.set(version.id, reference);
    } else {
      unversionedMonths.push(month);
      if (input.evaluated.version !== null) used.add(input.evaluated.version);
    }
  }
  return { referencePlans: [...references.values()], versions: [...used].sort((a, b) => a - b), unversionedMonths };
}
