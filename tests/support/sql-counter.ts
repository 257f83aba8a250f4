// Counts the SQL statements a piece of code sends to Postgres: while it runs, the one Prisma
// client is swapped for a second client whose pg pool counts every statement its
// connections execute. Unlike counting Prisma operations (query-counter.ts), this also sees
// the statements an include or a nested write turns into, so "a fixed number of queries"
// means a fixed number of round trips to the database.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { getDb, type Db } from "@/lib/db/client";
import { PrismaClient } from "@/lib/generated/prisma/client";

type Global = { realisedPrisma?: unknown };
type Query = (...args: unknown[]) => unknown;

const textOf = (query: unknown) =>
  typeof query === "string" ? query : ((query as { text?: string } | null)?.text ?? String(query));

export async function countStatements<T>(
  fn: () => Promise<T>,
): Promise<{ result: T; statements: number; texts: string[] }> {
  const base = getDb();
  const texts: string[] = [];
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as Query;
    (client as unknown as { query: Query }).query = (...args: unknown[]) => {
      texts.push(textOf(args[0]));
      return query(...args);
    };
  });
  const counting = new PrismaClient({ adapter: new PrismaPg(pool) }) as unknown as Db;
  const g = globalThis as Global;
  g.realisedPrisma = counting;
  try {
    const result = await fn();
    return { result, statements: texts.length, texts };
  } finally {
    g.realisedPrisma = base;
    await counting.$disconnect();
    await pool.end().catch(() => {});
  }
}
