import type { WorkspaceContext } from "@/lib/auth/workspace-gate";
import { getDb } from "@/lib/db/client";
import { currentPeriod, dateToPeriod } from "@/lib/investments/months";
import { monthViewPath } from "./landing";
import { openingPeriod, type MonthOpeningFacts } from "./month-opening";

/**
 * Whether the current month has data in a gated workspace, and where its months begin: one
 * statement on the (workspaceId, month) index. Archived investments count for neither,
 * as in the month view itself.
 */
export async function findMonthOpeningFacts(ctx: Pick<WorkspaceContext, "workspace">, today: Date = new Date()): Promise<MonthOpeningFacts> {
  // The first day as text: a Date parameter would be shifted by the session's time zone.
  const firstDay = `${currentPeriod(today)}-01`;
  const rows = await getDb().$queryRaw<{ hasData: boolean; first: Date | null }[]>`
    SELECT
      EXISTS (
        SELECT 1 FROM "ActualMonth" a JOIN "Investment" i ON i.id = a."investmentId" AND i."workspaceId" = a."workspaceId"
        WHERE a."workspaceId" = ${ctx.workspace.id} AND a.month = ${firstDay}::date AND i."archivedAt" IS NULL
      ) AS "hasData",
      (SELECT MIN(i."startMonth") FROM "Investment" i WHERE i."workspaceId" = ${ctx.workspace.id} AND i."archivedAt" IS NULL) AS first`;
  const row = rows[0];
  return { currentMonthHasData: row?.hasData === true, firstPeriod: row?.first ? dateToPeriod(row.first) : null };
}

/** The month view of the month that needs action in a gated workspace (see openingPeriod). */
export async function openingMonthPath(ctx: Pick<WorkspaceContext, "workspace">, today: Date = new Date()): Promise<string> {
  return monthViewPath(ctx.workspace.slug, openingPeriod(today, await findMonthOpeningFacts(ctx, today)));
}
