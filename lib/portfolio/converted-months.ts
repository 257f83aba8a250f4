import Decimal from "decimal.js";
import { convertMonths, MONEY_COLUMNS, mergeNotes, sumMonths, type ConversionNotes, type ConvertedMonth, type MonthMoneyColumn } from "@/lib/currency/convert";
import type { RateBook } from "@/lib/currency/rate-book";
import { loadRateBooks } from "@/lib/currency/rate-books";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { dateToPeriod } from "@/lib/investments/months";
import type { FiguresFilter } from "./stored-figures";

// The months of investments in a currency other than the one their figures are shown in
// (the workspace's reporting currency, or a consultant's), converted month by month with
// the workspace's rates (lib/currency). Investments already in the target currency are not
// read: their stored figures are the answer. Bounded by those investments × their months.

export type ConvertedInvestment = {
  investmentId: string;
  workspaceId: string;
  currency: string;
  category: string;
  counted: boolean;
  target: string;
  /** Column sums of the converted months, in `target`. */
  sums: Record<MonthMoneyColumn, Decimal>;
  months: (ConvertedMonth & { recorded: boolean })[];
  notes: ConversionNotes;
};

type Row = { investmentId: string; workspaceId: string; currency: string; category: string; counted: boolean; month: Date; recorded: boolean } & Record<MonthMoneyColumn, string>;

const columns = Prisma.raw(MONEY_COLUMNS.map((c) => `m."${c}"::text AS "${c}"`).join(", "));

/**
 * Each non-archived investment of the given workspaces whose currency differs from its
 * workspace's target, with its months converted into that target. `targets` maps a
 * workspace to the currency its figures are shown in.
 */
export async function convertForeignInvestments(
  filter: FiguresFilter & { investmentId?: string },
  targets: Map<string, string>,
  books: Map<string, RateBook>,
): Promise<ConvertedInvestment[]> {
  const ids = filter.workspaceIds.filter((id) => targets.has(id));
  if (ids.length === 0) return [];
  const rows = await getDb().$queryRaw<Row[]>`
    SELECT m."investmentId", m."workspaceId", f.currency, f.category::text AS category, f.counted, m.month, m.recorded, ${columns}
    FROM unnest(${ids}::text[], ${ids.map((id) => targets.get(id) as string)}::text[]) AS t("workspaceId", target)
    JOIN "InvestmentFigures" f ON f."workspaceId" = t."workspaceId" AND f.currency <> t.target AND NOT f.archived
    JOIN "InvestmentMonth" m ON m."investmentId" = f."investmentId"
    WHERE ${filter.category ? Prisma.sql`f.category::text = ${filter.category}` : Prisma.sql`true`}
      ${filter.investmentId ? Prisma.sql`AND f."investmentId" = ${filter.investmentId}` : Prisma.empty}
    ORDER BY m."investmentId", m.month`;
  const byInvestment = new Map<string, Row[]>();
  for (const row of rows) {
    const list = byInvestment.get(row.investmentId);
    if (list) list.push(row);
    else byInvestment.set(row.investmentId, [row]);
  }
  return [...byInvestment.values()].map((list) => {
    const first = list[0];
    const target = targets.get(first.workspaceId) as string;
    const amounts = list.map((r) => ({
      period: dateToPeriod(r.month),
      recorded: r.recorded,
      ...(Object.fromEntries(MONEY_COLUMNS.map((c) => [c, new Decimal(r[c])])) as Record<MonthMoneyColumn, Decimal>),
    }));
    const converted = convertMonths(amounts, first.currency, target, books.get(first.workspaceId) as RateBook);
    return {
      investmentId: first.investmentId,
      workspaceId: first.workspaceId,
      currency: first.currency,
      category: first.category,
      counted: first.counted,
      target,
      sums: sumMonths(converted.months),
      months: converted.months.map((m, i) => ({ ...m, recorded: amounts[i].recorded })),
      notes: converted.notes,
    };
  });
}

/** Sums converted investments per key (e.g. workspace, currency and counted). */
export function sumConverted<K extends string>(investments: readonly ConvertedInvestment[], keyOf: (i: ConvertedInvestment) => K) {
  const groups = new Map<K, { sums: Record<MonthMoneyColumn, Decimal>; notes: ConversionNotes; investments: ConvertedInvestment[] }>();
  for (const i of investments) {
    const k = keyOf(i);
    const g = groups.get(k) ?? { sums: sumMonths([]), notes: { missing: [], fallbacks: [] }, investments: [] };
    for (const c of MONEY_COLUMNS) g.sums[c] = g.sums[c].plus(i.sums[c]);
    g.notes = mergeNotes([g.notes, i.notes]);
    g.investments.push(i);
    groups.set(k, g);
  }
  return groups;
}

/**
 * One investment's months in its workspace's reporting currency (null when it is in that
 * currency already, or unknown): every month with the rate used, for its page and share view.
 */
export async function convertInvestment(workspace: { id: string; currency: string }, investmentId: string, books?: Map<string, RateBook>) {
  const rateBooks = books ?? (await loadRateBooks([workspace.id]));
  const [converted] = await convertForeignInvestments({ workspaceIds: [workspace.id], investmentId }, new Map([[workspace.id, workspace.currency]]), rateBooks);
  return converted ?? null;
}
