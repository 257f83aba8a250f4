import { getDb } from "@/lib/db/client";
import { resolveLeakThresholds, type LeakThresholds } from "@/lib/roi";

/** The workspace's thresholds: its overrides on top of the engine's documented defaults. */
export async function getLeakThresholds(workspaceId: string): Promise<LeakThresholds> {
  const row = await getDb().workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { leakThresholds: true } });
  return resolveLeakThresholds((row.leakThresholds ?? {}) as Partial<LeakThresholds>);
}
