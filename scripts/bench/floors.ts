// SQL floors: for each page, one hand-written query over the raw rows (ActualMonth with
// Investment / PlanVersion / Membership; never the stored roll-ups) that computes the
// figures the page shows, using only the app's own indexes. A page cannot be faster than
// its floor plus rendering, so page ÷ floor says how much the app adds. The SQL is
// written with literals, so the printed text runs as is in psql.
import type pg from "pg";

const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

/**
 * Dashboard: per-currency invested/realised totals, the cumulative monthly measured series
 * and each investment's cumulative ROI. Two scans of the workspace's rows (per investment
 * without a join, per month with the investment's currency) measured faster than one
 * scan with GROUPING SETS.
 */
export function dashboardFloor(workspaceId: string): string {
  const ws = literal(workspaceId);
  return `WITH per_investment AS (
  SELECT i.id, i.currency, s.cost, s.benefit
  FROM (SELECT a."investmentId", SUM(a.cost) AS cost, SUM(a.benefit) AS benefit
        FROM "ActualMonth" a WHERE a."workspaceId" = ${ws} GROUP BY a."investmentId") s
  JOIN "Investment" i ON i.id = s."investmentId" AND i."workspaceId" = ${ws} AND i."archivedAt" IS NULL
), per_month AS (
  SELECT i.currency, a.month, SUM(a.cost) AS cost, SUM(a.benefit) AS benefit
  FROM "ActualMonth" a
  JOIN "Investment" i ON i.id = a."investmentId" AND i."workspaceId" = a."workspaceId"
  WHERE a."workspaceId" = ${ws} AND i."archivedAt" IS NULL
  GROUP BY i.currency, a.month
)
SELECT 'total' AS kind, currency, NULL AS key, SUM(cost) AS cost, SUM(benefit) AS benefit,
       round((SUM(benefit) - SUM(cost)) * 100 / NULLIF(SUM(cost), 0), 2) AS roi_pct
FROM per_investment GROUP BY currency
UNION ALL
SELECT 'month', currency, to_char(month, 'YYYY-MM'), SUM(cost) OVER w, SUM(benefit) OVER w,
       round((SUM(benefit) OVER w - SUM(cost) OVER w) * 100 / NULLIF(SUM(cost) OVER w, 0), 2)
FROM per_month
WINDOW w AS (PARTITION BY currency ORDER BY month)
UNION ALL
SELECT 'investment', currency, id, cost, benefit, round((benefit - cost) * 100 / NULLIF(cost, 0), 2)
FROM per_investment`;
}

/** Month view: each investment's actuals in the month and the month before, and both months' totals. */
export function monthFloor(workspaceId: string, period: string, previous: string): string {
  return `SELECT a."investmentId", GROUPING(a."investmentId") AS is_total,
       SUM(a.cost) FILTER (WHERE a.month = DATE ${literal(`${period}-01`)}) AS cost,
       SUM(a.benefit) FILTER (WHERE a.month = DATE ${literal(`${period}-01`)}) AS benefit,
       SUM(a.cost) FILTER (WHERE a.month = DATE ${literal(`${previous}-01`)}) AS prev_cost,
       SUM(a.benefit) FILTER (WHERE a.month = DATE ${literal(`${previous}-01`)}) AS prev_benefit
FROM "ActualMonth" a
JOIN "Investment" i ON i.id = a."investmentId" AND i."workspaceId" = a."workspaceId"
WHERE a."workspaceId" = ${literal(workspaceId)} AND i."archivedAt" IS NULL
  AND a.month IN (DATE ${literal(`${previous}-01`)}, DATE ${literal(`${period}-01`)})
GROUP BY GROUPING SETS ((a."investmentId"), ())`;
}

/** Consultant overview: per workspace (and currency) of the user's memberships, investments, invested, realised and ROI; summed per investment first (no sort of every row). */
export function overviewFloor(userId: string): string {
  return `WITH per_investment AS (
  SELECT a."workspaceId", a."investmentId", SUM(a.cost) AS cost, SUM(a.benefit) AS benefit
  FROM "ActualMonth" a
  WHERE a."workspaceId" IN (SELECT m."workspaceId" FROM "Membership" m WHERE m."userId" = ${literal(userId)})
  GROUP BY a."workspaceId", a."investmentId"
)
SELECT w.slug, i.currency, COUNT(*) AS investments, SUM(p.cost) AS invested, SUM(p.benefit) AS realised,
       round((SUM(p.benefit) - SUM(p.cost)) * 100 / NULLIF(SUM(p.cost), 0), 2) AS roi_pct
FROM per_investment p
JOIN "Investment" i ON i.id = p."investmentId" AND i."workspaceId" = p."workspaceId" AND i."archivedAt" IS NULL
JOIN "Workspace" w ON w.id = p."workspaceId"
GROUP BY w.slug, i.currency`;
}

/** Investment page (and its one-page PDF): the approved plan and every month's actuals with running totals and ROI. */
export function investmentFloor(workspaceId: string, investmentId: string): string {
  return `SELECT to_char(a.month, 'YYYY-MM') AS period, a.cost, a.benefit,
       SUM(a.cost) OVER w AS cum_cost, SUM(a.benefit) OVER w AS cum_benefit,
       round((SUM(a.benefit) OVER w - SUM(a.cost) OVER w) * 100 / NULLIF(SUM(a.cost) OVER w, 0), 2) AS cum_roi_pct,
       CASE WHEN row_number() OVER w = 1 THEN (
         SELECT v.definition FROM "PlanVersion" v
         WHERE v."investmentId" = a."investmentId" AND v."workspaceId" = a."workspaceId"
         ORDER BY v.version DESC LIMIT 1) END AS plan
FROM "ActualMonth" a
WHERE a."workspaceId" = ${literal(workspaceId)} AND a."investmentId" = ${literal(investmentId)}
WINDOW w AS (ORDER BY a.month)
ORDER BY a.month`;
}

/** Runs a floor once; milliseconds from sending to the last row received. */
export async function timeFloor(client: pg.Client, sql: string): Promise<{ ms: number; rows: number }> {
  const started = process.hrtime.bigint();
  const result = await client.query(sql);
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, rows: result.rowCount ?? 0 };
}
