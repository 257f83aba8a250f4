import type { WorkspaceContext } from "@/lib/auth/workspace-gate";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordWorkspaceEvent } from "@/lib/events/record-event";

/** Where a month's values came from, as its `source` column keeps it: typed in the UI, or sent by an API token. */
export const actualsSourceOf = (ctx: Pick<WorkspaceContext, "apiToken">): string => (ctx.apiToken ? `api:${ctx.apiToken.name}` : "ui");

/**
 * The columns a save writes for one month, however it arrives (grid, API, batch): the
 * values, the plan version in force, who recorded it and from where.
 */
export function recordedMonthData(
  ctx: Pick<WorkspaceContext, "apiToken" | "user">,
  planVersionId: string | null,
  values: { cost: string; benefit: string; benefitByDriver: Record<string, string> | null; note: string },
) {
  return {
    cost: values.cost,
    benefit: values.benefit,
    benefitByDriver: values.benefitByDriver ?? Prisma.DbNull,
    note: values.note,
    planVersionId,
    recordedById: ctx.user.id,
    recordedByName: ctx.user.name,
    source: actualsSourceOf(ctx),
  };
}

export type RecordedMonthEntry = { month: string; cost: string; benefit: string; revision: number };

/**
 * The actuals.recorded event of one write (one per write, however many months it saved),
 * in the write's own transaction. Amounts are decimal strings with two decimals.
 */
export function recordActualsRecorded(
  tx: Tx,
  event: {
    workspaceId: string;
    investment: { id: string; name: string; currency: string };
    source: string;
    months: RecordedMonthEntry[];
    occurredAt?: Date;
  },
): Promise<string> {
  return recordWorkspaceEvent(tx, {
    workspaceId: event.workspaceId,
    type: "actuals.recorded",
    data: {
      investment: { id: event.investment.id, name: event.investment.name, currency: event.investment.currency },
      source: event.source,
      months: event.months.map((m) => ({ month: m.month, cost: m.cost, benefit: m.benefit, revision: m.revision })),
    },
    occurredAt: event.occurredAt,
  });
}
