// Counts the database operations a piece of code issues, by swapping the one Prisma
// client for an extended copy while it runs. Includes are counted as Prisma issues them
// (a constant number per query), which is what "no N+1" needs.
import { getDb } from "@/lib/db/client";

type Global = { realisedPrisma?: unknown };

/** `operations` names each one ("WorkspaceEvent.createMany", "$executeRaw"), for tests that must tell them apart. */
export async function countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: number; operations: string[] }> {
  const base = getDb();
  let queries = 0;
  const operations: string[] = [];
  const counting = base.$extends({
    query: {
      async $allOperations({ model, operation, args, query }) {
        queries++;
        operations.push(model ? `${model}.${operation}` : operation);
        return query(args);
      },
    },
  });
  const g = globalThis as Global;
  g.realisedPrisma = counting;
  try {
    const result = await fn();
    return { result, queries, operations };
  } finally {
    g.realisedPrisma = base;
  }
}
