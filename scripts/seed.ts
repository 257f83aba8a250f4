// `npm run db:seed`: the demo data (prisma/seed.ts), only on an empty database, so it
// never touches real data. Uses DATABASE_URL, or with it unset the embedded Postgres in
// .data/pg like `npm run dev` (in production DATABASE_URL is required). Migrates first.
import { exitOnServerEnvProblems } from "@/lib/config/require-server-env";
import { serverModeOf } from "@/lib/config/server-env";
import { prepareDatabase } from "@/lib/db/prepare-database";

exitOnServerEnvProblems(process.env, { mode: serverModeOf(process.env), role: "task", what: "db:seed" });
const db = await prepareDatabase({ dataDir: ".data/pg" });
process.env.DATABASE_URL = db.databaseUrl;
const { getDb, disconnectDb } = await import("@/lib/db/client");
const { seedDemo, DEMO_LOGIN } = await import("@/prisma/seed");
try {
  const seeded = await seedDemo(getDb());
  const where = db.embedded ? "embedded Postgres in .data/pg" : "DATABASE_URL";
  if (seeded === "seeded") console.log(`Demo seeded (${where}). Login: ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}`);
  else if (seeded === "present") console.log(`The demo is already there (${where}). Login: ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}`);
  else console.log(`Not seeded: the database (${where}) already has users, and the demo is only added to an empty one.`);
} finally {
  await disconnectDb();
  await db.stop();
}
