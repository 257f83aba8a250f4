import { getDb } from "@/lib/db/client";
import { resolveLeakThresholds, type LeakThresholds } from "@/lib/roi";

/** What a workspace sets for every evaluation of its investments. */
export type EvaluationSettings = {
  leakThresholds: LeakThresholds;
  /** The workspace's default annual discount rate in % as a decimal string; null = the engine's 8%. */
  discountRatePct: string | null;
};

type SettingsRow = { leakThresholds: unknown; discountRatePct: { toString(): string } | null };

/** The settings of a workspace row (a caller that already selected both fields). */
export function evaluationSettingsOf(row: SettingsRow): EvaluationSettings {
  return {
    leakThresholds: resolveLeakThresholds((row.leakThresholds ?? {}) as Partial<LeakThresholds>),
    discountRatePct: row.discountRatePct === null ? null : row.discountRatePct.toString(),
  };
}

/** One read of the workspace's evaluation settings: leak thresholds and discount rate. */
export async function getEvaluationSettings(workspaceId: string): Promise<EvaluationSettings> {
  const row = await getDb().workspace.findUniqueOrThrow({
    where: { id: workspaceId },
    select: { leakThresholds: true, discountRatePct: true },
  });
  return evaluationSettingsOf(row);
}
