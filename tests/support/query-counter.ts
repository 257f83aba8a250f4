// Counts the database operations a piece of code issues, by swapping the one Prisma
// client for an extended copy while it runs. Includes are counted as Prisma issues them
// (a constant number per query), which is what "no N+1" needs.
import { getDb } from "@/lib/db/client";

type Global = { realisedPrisma?: unknown };

export async function countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const base = getDb();
  let queries = 0;
  const counting = base.$extends({
    query: {
      async $allOperations({ args, query }) {
        queries++;
        return query(args);
      },
    },
  });
  const g = globalThis as Global;
  g.realisedPrisma = counting;
  try {
    const result = await fn();
    return { result, queries };
  } finally {
    g.realisedPrisma = base;
  }
}
