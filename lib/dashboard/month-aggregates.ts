import Decimal from "decimal.js";
import { getDb } from "@/lib/db/client";

// One query: per investment and for the whole workspace (GROUPING SETS), the actuals of a
// month and of the month before, and the running totals up to each. Sums stay numeric in
// Postgres and arrive as text, so no float touches money. Archived investments are left
// out, as on the dashboard.

export type MonthFigures = {
  /** null: nothing recorded that month (missing is never zero). */
  cost: Decimal | null;
  benefit: Decimal | null;
  /** How many investments recorded that month. */
  recorded: number;
  /** Everything recorded up to and including that month. */
  cumCost: Decimal;
  cumBenefit: Decimal;
};

export type MonthSums = { period: MonthFigures; previous: MonthFigures };

type Row = {
  investmentId: string | null;
  isTotal: number;
  cost: string | null;
  benefit: string | null;
  recorded: bigint;
  prevCost: string | null;
  prevBenefit: string | null;
  prevRecorded: bigint;
  cumCost: string | null;
  cumBenefit: string | null;
  prevCumCost: string | null;
  prevCumBenefit: string | null;
};

const dec = (value: string | null) => (value === null ? null : new Decimal(value));

function toSums(row: Row): MonthSums {
  return {
    period: {
      cost: dec(row.cost),
      benefit: dec(row.benefit),
      recorded: Number(row.recorded),
      cumCost: new Decimal(row.cumCost ?? "0"),
      cumBenefit: new Decimal(row.cumBenefit ?? "0"),
    },
    previous: {
      cost: dec(row.prevCost),
      benefit: dec(row.prevBenefit),
      recorded: Number(row.prevRecorded),
      cumCost: new Decimal(row.prevCumCost ?? "0"),
      cumBenefit: new Decimal(row.prevCumBenefit ?? "0"),
    },
  };
}

const EMPTY: MonthSums = toSums({
  investmentId: null,
  isTotal: 1,
  cost: null,
  benefit: null,
  recorded: BigInt(0),
  prevCost: null,
  prevBenefit: null,
  prevRecorded: BigInt(0),
  cumCost: null,
  cumBenefit: null,
  prevCumCost: null,
  prevCumBenefit: null,
});

/** Month and previous-month actuals per investment and in total; `period` and `previous` are "YYYY-MM". */
export async function sumActualsAroundMonth(workspaceId: string, months: { period: string; previous: string }) {
  const period = `${months.period}-01`;
  const previous = `${months.previous}-01`;
  const rows = await getDb().$queryRaw<Row[]>`
    SELECT a."investmentId", GROUPING(a."investmentId")::int AS "isTotal",
      (SUM(a.cost) FILTER (WHERE a.month = ${period}::date))::text AS cost,
      (SUM(a.benefit) FILTER (WHERE a.month = ${period}::date))::text AS benefit,
      COUNT(*) FILTER (WHERE a.month = ${period}::date) AS recorded,
      (SUM(a.cost) FILTER (WHERE a.month = ${previous}::date))::text AS "prevCost",
      (SUM(a.benefit) FILTER (WHERE a.month = ${previous}::date))::text AS "prevBenefit",
      COUNT(*) FILTER (WHERE a.month = ${previous}::date) AS "prevRecorded",
      SUM(a.cost)::text AS "cumCost",
      SUM(a.benefit)::text AS "cumBenefit",
      (SUM(a.cost) FILTER (WHERE a.month <= ${previous}::date))::text AS "prevCumCost",
      (SUM(a.benefit) FILTER (WHERE a.month <= ${previous}::date))::text AS "prevCumBenefit"
    FROM "ActualMonth" a JOIN "Investment" i ON i.id = a."investmentId" AND i."workspaceId" = a."workspaceId"
    WHERE a."workspaceId" = ${workspaceId} AND i."archivedAt" IS NULL AND a.month <= ${period}::date
    GROUP BY GROUPING SETS ((a."investmentId"), ())`;
  const total = rows.find((row) => row.isTotal === 1);
  return {
    total: total ? toSums(total) : EMPTY,
    byInvestment: new Map(rows.filter((row) => row.isTotal === 0 && row.investmentId !== null).map((row) => [row.investmentId as string, toSums(row)])),
  };
}

export type MonthAggregates = Awaited<ReturnType<typeof sumActualsAroundMonth>>;
