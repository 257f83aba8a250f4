import type { RoiResult } from "@/lib/roi";

/**
 * Where an investment stands against its planned payback month, the same on every view:
 * - paid_back: the recorded cumulative benefit has reached the cumulative cost;
 * - on_track: projected to pay back no later than planned;
 * - late: projected later than planned, or not within the horizon at all;
 * - unknown: nothing recorded yet, or the plan itself never pays back (nothing to compare).
 */
export const PAYBACK_STATUSES = ["paid_back", "on_track", "late", "unknown"] as const;
export type PaybackStatus = (typeof PAYBACK_STATUSES)[number];

export function paybackStatusOf(result: RoiResult): PaybackStatus {
  const actuals = result.actuals;
  if (!actuals || actuals.months.length === 0) return "unknown";
  if (actuals.projectedPaybackBasis === "REACHED") return "paid_back";
  if (actuals.plannedPaybackMonth === null) return "unknown";
  if (actuals.projectedPaybackMonth === null) return "late";
  return actuals.projectedPaybackMonth <= actuals.plannedPaybackMonth ? "on_track" : "late";
}
