import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;

function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

const globalForPrisma = globalThis as unknown as { realisedPrisma?: PrismaClient };

/** The one Prisma client. Kept on globalThis so dev hot reloads don't open new pools. */
export function getDb(): PrismaClient {
  globalForPrisma.realisedPrisma ??= createClient();
  return globalForPrisma.realisedPrisma;
}

export async function disconnectDb() {
  await globalForPrisma.realisedPrisma?.$disconnect();
  globalForPrisma.realisedPrisma = undefined;
}
