import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = ReturnType<typeof createClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

function createClient() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString }),
    // Secrets never leave the database unless a query asks for them by name.
    omit: { user: { passwordHash: true }, passwordResetToken: { tokenHash: true }, signUpRequest: { tokenHash: true, passwordHash: true }, invitation: { tokenHash: true }, shareLink: { tokenHash: true }, apiToken: { tokenHash: true }, workspace: { logo: true }, report: { pdf: true } },
  });
}

const globalForPrisma = globalThis as unknown as { realisedPrisma?: Db };

/** The one Prisma client. Kept on globalThis so dev hot reloads don't open new pools. */
export function getDb(): Db {
  globalForPrisma.realisedPrisma ??= createClient();
  return globalForPrisma.realisedPrisma;
}

export async function disconnectDb() {
  await globalForPrisma.realisedPrisma?.$disconnect();
  globalForPrisma.realisedPrisma = undefined;
}
