// `npm run db:migrate`: applies the committed migrations to DATABASE_URL (creating the
// database if it is missing), or, with DATABASE_URL unset, to the embedded Postgres in
// .data/pg like `npm run dev` (in production DATABASE_URL is required). `npm start` and
// `npm run dev` migrate by themselves; this is for a release step that migrates first.
import { exitOnServerEnvProblems } from "@/lib/config/require-server-env";
import { serverModeOf } from "@/lib/config/server-env";
import { prepareDatabase } from "@/lib/db/prepare-database";

exitOnServerEnvProblems(process.env, { mode: serverModeOf(process.env), role: "task", what: "db:migrate" });
const db = await prepareDatabase({ dataDir: ".data/pg" });
console.log(`Migrations applied (${db.embedded ? "embedded Postgres in .data/pg" : "DATABASE_URL"}).`);
await db.stop();
