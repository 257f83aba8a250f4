import Decimal from "decimal.js";
import { getDb } from "@/lib/db/client";
import { dateToPeriod, periodToDate } from "@/lib/investments/months";

export type KpiTrend = "better" | "worse" | "unchanged";
export type KpiChange = {
  investmentId: string;
  investmentName: string;
  kpiId: string;
  kpi: string;
  unit: string;
  direction: "up" | "down";
  /** Exact decimal strings, as stored. */
  value: string;
  previous: { period: string; value: string } | null;
  change: string | null;
  trend: KpiTrend | null;
};

type Row = {
  investmentId: string;
  investmentName: string;
  kpiId: string;
  kpi: string;
  unit: string;
  direction: "up" | "down";
  value: string;
  previousMonth: Date | null;
  previousValue: string | null;
};

function trendOf(change: Decimal, direction: "up" | "down"): KpiTrend {
  if (change.isZero()) return "unchanged";
  return change.isPositive() === (direction === "up") ? "better" : "worse";
}

// Numeric columns arrive as text with the column's scale ("2.3500"); the view shows the
// value as entered.
const exact = (text: string) => new Decimal(text).toString();

/**
 * KPI values measured in `period` (current investments, drafts included), each against the
 * KPI's latest earlier measurement. One query: the month's measurement per KPI and one
 * earlier measurement each (both by the unique (kpi, month) index), bounded by the KPIs.
 */
export async function listKpiChanges(workspaceId: string, period: string): Promise<KpiChange[]> {
  const month = periodToDate(period);
  const rows = await getDb().$queryRaw<Row[]>`
    SELECT i.id AS "investmentId", i.name AS "investmentName", k.id AS "kpiId", k.name AS kpi, k.unit, k.direction::text AS direction,
      m.value::text AS value, p.month AS "previousMonth", p.value::text AS "previousValue"
    FROM "Kpi" k
    JOIN "Investment" i ON i.id = k."investmentId" AND i."workspaceId" = k."workspaceId"
    JOIN "KpiMeasurement" m ON m."kpiId" = k.id AND m.month = ${month}::date
    LEFT JOIN LATERAL (
      SELECT e.month, e.value FROM "KpiMeasurement" e WHERE e."kpiId" = k.id AND e.month < ${month}::date ORDER BY e.month DESC LIMIT 1
    ) p ON true
    WHERE k."workspaceId" = ${workspaceId} AND i."archivedAt" IS NULL
    ORDER BY i."startMonth", i.name, i.id, k.position, k."createdAt"`;
  return rows.map((r) => {
    const value = new Decimal(r.value);
    const change = r.previousValue === null ? null : value.minus(r.previousValue);
    return {
      investmentId: r.investmentId,
      investmentName: r.investmentName,
      kpiId: r.kpiId,
      kpi: r.kpi,
      unit: r.unit,
      direction: r.direction,
      value: exact(r.value),
      previous:
        r.previousMonth === null || r.previousValue === null
          ? null
          : { period: dateToPeriod(r.previousMonth), value: exact(r.previousValue) },
      change: change === null ? null : change.toString(),
      trend: change === null ? null : trendOf(change, r.direction),
    };
  });
}
