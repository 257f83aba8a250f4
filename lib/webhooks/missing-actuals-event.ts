import { getDb } from "@/lib/db/client";
import { recordWorkspaceEvent } from "@/lib/events/record-event";
import type { OverdueMonths, UnrecordedMonth } from "@/lib/portfolio/month-recording";
import type { EventData } from "./event-schemas";

/** The actuals.missing `data`: each investment due for `period`, with every month it still lacks. Pure. */
export function missingActualsData(period: string, missing: UnrecordedMonth[], overdue: OverdueMonths[]): EventData<"actuals.missing"> {
  const earlier = new Map(overdue.map((o) => [o.investmentId, o.periods]));
  return {
    period,
    investments: missing.map((m) => ({
      id: m.investmentId,
      name: m.name,
      missingMonths: [...new Set([...(earlier.get(m.investmentId) ?? []), period])].sort(),
    })),
  };
}

/**
 * Records the month's actuals.missing event of a workspace unless it already exists: the
 * reminder job may run again (a retry after its mail failed), the event goes out once.
 * The caller holds the reminder's delivery claim, so no other run is checking at the same time.
 */
export async function recordMissingActualsEvent(input: {
  workspaceId: string;
  period: string;
  missing: UnrecordedMonth[];
  overdue: OverdueMonths[];
  occurredAt: Date;
}): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const existing = await tx.workspaceEvent.findFirst({
      where: { workspaceId: input.workspaceId, type: "actuals.missing", data: { path: ["period"], equals: input.period } },
      select: { id: true },
    });
    if (existing) return false;
    await recordWorkspaceEvent(tx, {
      workspaceId: input.workspaceId,
      type: "actuals.missing",
      data: missingActualsData(input.period, input.missing, input.overdue),
      occurredAt: input.occurredAt,
    });
    return true;
  });
}
