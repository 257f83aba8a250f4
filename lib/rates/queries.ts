import Decimal from "decimal.js";
import { getDb, type Tx } from "@/lib/db/client";
import { dateToPeriod, periodToDate } from "@/lib/investments/months";
import type { ImportedRate } from "./schemas";

export type RateRow = {
  id: string;
  from: string;
  to: string;
  /** "2026-07" */
  month: string;
  /** The exact stored rate without trailing zeros ("1.0823"). */
  rate: string;
  source: string;
  sourceDetail: string;
  enteredById: string | null;
  enteredByName: string;
  createdAt: Date;
  updatedAt: Date;
};

export type RateFilter = { from?: string; to?: string; year?: number };

/** The table shows at most this many rows; a filter by pair or year narrows a long history. */
export const RATE_LIST_LIMIT = 600;

/** The columns a rate row is read with (the page, the mutations and the API). */
export const RATE_SELECT = {
  id: true,
  fromCurrency: true,
  toCurrency: true,
  month: true,
  rate: true,
  source: true,
  sourceDetail: true,
  enteredById: true,
  enteredByName: true,
  createdAt: true,
  updatedAt: true,
} as const;
const rateSelect = RATE_SELECT;

type StoredRate = { fromCurrency: string; toCurrency: string; month: Date; rate: { toString(): string } };

/** The stored Decimal(30,10) as its exact value: "1.0823000000" → "1.0823". */
export const rateText = (rate: { toString(): string }) => new Decimal(rate.toString()).toFixed();

/** A rate as plain JSON (the rates page's table and the API): what a reader sees of it, dates as ISO 8601. */
export const rateJson = (row: RateRow) => ({
  from: row.from,
  to: row.to,
  month: row.month,
  rate: row.rate,
  source: row.source,
  sourceDetail: row.sourceDetail,
  enteredByName: row.enteredByName,
  updatedAt: row.updatedAt.toISOString(),
});

export function toRateRow(row: StoredRate & Omit<RateRow, "from" | "to" | "month" | "rate">): RateRow {
  return {
    id: row.id,
    from: row.fromCurrency,
    to: row.toCurrency,
    month: dateToPeriod(row.month),
    rate: rateText(row.rate),
    source: row.source,
    sourceDetail: row.sourceDetail,
    enteredById: row.enteredById,
    enteredByName: row.enteredByName,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function whereOf(workspaceId: string, filter: RateFilter) {
  return {
    workspaceId,
    ...(filter.from ? { fromCurrency: filter.from } : {}),
    ...(filter.to ? { toCurrency: filter.to } : {}),
    ...(filter.year ? { month: { gte: periodToDate(`${filter.year}-01`), lte: periodToDate(`${filter.year}-12`) } } : {}),
  };
}

/** A workspace's rates, newest month first (then by pair), with who entered each and where it came from. */
export async function listRates(workspaceId: string, filter: RateFilter = {}, limit = RATE_LIST_LIMIT): Promise<RateRow[]> {
  const rows = await getDb().exchangeRate.findMany({
    where: whereOf(workspaceId, filter),
    select: rateSelect,
    orderBy: [{ month: "desc" }, { fromCurrency: "asc" }, { toCurrency: "asc" }],
    take: limit,
  });
  return rows.map(toRateRow);
}

export async function countRates(workspaceId: string, filter: RateFilter = {}): Promise<number> {
  return getDb().exchangeRate.count({ where: whereOf(workspaceId, filter) });
}

/** The currency pairs and years a workspace has rates for: the choices of the table's filter. */
export async function rateFilterChoices(workspaceId: string): Promise<{ pairs: { from: string; to: string }[]; years: number[] }> {
  const db = getDb();
  const [pairs, years] = await Promise.all([
    db.exchangeRate.groupBy({ by: ["fromCurrency", "toCurrency"], where: { workspaceId }, orderBy: [{ fromCurrency: "asc" }, { toCurrency: "asc" }] }),
    db.$queryRaw<{ year: number }[]>`
      SELECT DISTINCT EXTRACT(YEAR FROM "month")::int AS year FROM "ExchangeRate" WHERE "workspaceId" = ${workspaceId} ORDER BY year DESC`,
  ]);
  return { pairs: pairs.map((p) => ({ from: p.fromCurrency, to: p.toCurrency })), years: years.map((y) => Number(y.year)) };
}

/** A month of a file whose pair already has another rate stored. */
export type RateConflict = {
  from: string;
  to: string;
  period: string;
  /** The stored rate and the file's. */
  existing: string;
  incoming: string;
  existingId: string;
  existingSource: string;
  existingEnteredByName: string;
};

export type RateComparison = {
  /** Pair-months without a stored rate. */
  fresh: ImportedRate[];
  /** Pair-months whose stored rate is the same value. */
  unchanged: ImportedRate[];
  conflicts: RateConflict[];
};

const keyOf = (from: string, to: string, period: string) => `${from}>${to}@${period}`;

/**
 * How a file's rates meet the stored ones: new, the same value (nothing to do), or a
 * conflict (another value), per currency pair and month. Read-only; inside a transaction
 * pass its client so the answer holds for the writes that follow.
 */
export async function rateConflicts(workspaceId: string, rates: readonly ImportedRate[], db: Tx = getDb()): Promise<RateComparison> {
  const months = [...new Set(rates.map((r) => r.period))];
  const currencies = [...new Set(rates.flatMap((r) => [r.from, r.to]))];
  const stored =
    months.length === 0
      ? []
      : await db.exchangeRate.findMany({
          where: { workspaceId, month: { in: months.map(periodToDate) }, fromCurrency: { in: currencies }, toCurrency: { in: currencies } },
          select: { id: true, fromCurrency: true, toCurrency: true, month: true, rate: true, source: true, enteredByName: true },
        });
  const byKey = new Map(stored.map((row) => [keyOf(row.fromCurrency, row.toCurrency, dateToPeriod(row.month)), row]));
  const result: RateComparison = { fresh: [], unchanged: [], conflicts: [] };
  for (const rate of rates) {
    const row = byKey.get(keyOf(rate.from, rate.to, rate.period));
    if (!row) result.fresh.push(rate);
    else if (new Decimal(row.rate.toString()).eq(rate.rate)) result.unchanged.push(rate);
    else
      result.conflicts.push({
        from: rate.from,
        to: rate.to,
        period: rate.period,
        existing: rateText(row.rate),
        incoming: new Decimal(rate.rate).toFixed(),
        existingId: row.id,
        existingSource: row.source,
        existingEnteredByName: row.enteredByName,
      });
  }
  return result;
}
