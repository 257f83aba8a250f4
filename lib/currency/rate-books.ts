import { getDb } from "@/lib/db/client";
import { dateToPeriod } from "@/lib/investments/months";
import { RateBook, type RateEntry } from "./rate-book";

/** The rate entries of a workspace, oldest month first. */
export async function rateEntriesOf(workspaceIds: string[]): Promise<(RateEntry & { workspaceId: string })[]> {
  if (workspaceIds.length === 0) return [];
  const rows = await getDb().exchangeRate.findMany({
    where: { workspaceId: { in: workspaceIds } },
    select: { workspaceId: true, fromCurrency: true, toCurrency: true, month: true, rate: true },
    orderBy: [{ month: "asc" }, { fromCurrency: "asc" }, { toCurrency: "asc" }],
  });
  return rows.map((r) => ({ workspaceId: r.workspaceId, from: r.fromCurrency, to: r.toCurrency, period: dateToPeriod(r.month), rate: r.rate.toString() }));
}

/** Each workspace's rate book (one query; a workspace without rates gets an empty book). */
export async function loadRateBooks(workspaceIds: string[]): Promise<Map<string, RateBook>> {
  const entries = await rateEntriesOf(workspaceIds);
  const books = new Map<string, RateBook>();
  for (const id of workspaceIds) books.set(id, new RateBook(entries.filter((e) => e.workspaceId === id)));
  return books;
}
