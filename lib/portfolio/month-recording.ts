import { getDb } from "@/lib/db/client";
import { dateToPeriod, monthNumberOf, periodToDate } from "@/lib/investments/months";

export type UnrecordedMonth = { investmentId: string; name: string; monthNumber: number; period: string };
export type OverdueMonths = { investmentId: string; name: string; periods: string[] };

type Row = { investmentId: string; name: string; startMonth: Date; due: boolean; overdue: string[] | null };

/**
 * Running investments (status active, not archived) without actuals for `period` inside
 * their horizon — the span the entry grid accepts — and, with `overdue`, their earlier
 * unrecorded months (only investments whose stored figures count missing months are
 * looked at). One query over InvestmentMonth.recorded, one row per investment, in the
 * order of the dashboard (start month, name). Call ensureFreshFigures first.
 */
export async function listUnrecordedMonths(workspaceId: string, period: string, options: { overdue: boolean }) {
  const month = periodToDate(period);
  // Two index-driven parts (an OR across them would scan every InvestmentMonth row): the
  // month's rows of the workspace, and the earlier rows of the investments missing months.
  const rows = await getDb().$queryRaw<Row[]>`
    WITH unrecorded AS (
      SELECT m."investmentId", m.month FROM "InvestmentMonth" m
      WHERE m."workspaceId" = ${workspaceId} AND m.month = ${month}::date AND NOT m.recorded
      UNION ALL
      SELECT m."investmentId", m.month
      FROM "InvestmentFigures" f JOIN "InvestmentMonth" m ON m."investmentId" = f."investmentId" AND m.month < ${month}::date
      WHERE ${options.overdue}::boolean AND f."workspaceId" = ${workspaceId} AND f."missingMonths" > 0 AND NOT f.archived AND NOT m.recorded
    )
    SELECT i.id AS "investmentId", i.name, i."startMonth", bool_or(u.month = ${month}::date) AS due,
      array_agg(to_char(u.month, 'YYYY-MM') ORDER BY u.month) FILTER (WHERE u.month < ${month}::date) AS overdue
    FROM unrecorded u JOIN "Investment" i ON i.id = u."investmentId"
    WHERE i."workspaceId" = ${workspaceId} AND i."archivedAt" IS NULL AND i.status = 'active'
      AND u.month >= i."startMonth" AND u.month < i."startMonth" + make_interval(months => i."horizonMonths")
    GROUP BY i.id
    ORDER BY i."startMonth", i.name, i.id`;
  const items: UnrecordedMonth[] = rows
    .filter((r) => r.due)
    .map((r) => ({
      investmentId: r.investmentId,
      name: r.name,
      monthNumber: monthNumberOf(dateToPeriod(r.startMonth), period),
      period,
    }));
  const overdue: OverdueMonths[] = rows.flatMap((r) =>
    r.overdue && r.overdue.length > 0 ? [{ investmentId: r.investmentId, name: r.name, periods: r.overdue }] : [],
  );
  return { items, overdue };
}
