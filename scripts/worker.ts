// `npm run worker`: the pg-boss worker as its own process (scale it like the web app:
// any number of copies against one database; deliveries are idempotent). Uses
// DATABASE_URL, or the embedded Postgres in .data/pg like `npm run dev` when it is unset.
// Ctrl+C / SIGTERM lets running jobs finish (up to 10 s), then stops.
import { prepareDatabase } from "@/lib/db/prepare-database";

const db = await prepareDatabase({ dataDir: ".data/pg" });
process.env.DATABASE_URL = db.databaseUrl;

const { startBoss, stopBoss } = await import("@/lib/jobs/boss");
const { registerWorkers } = await import("@/lib/jobs/workers");
const { disconnectDb } = await import("@/lib/db/client");

const boss = await startBoss();
await registerWorkers(boss);
console.log(`[jobs] worker started (${db.embedded ? "embedded Postgres in .data/pg" : "DATABASE_URL"}); daily mail tick at 06:00 Europe/Amsterdam`);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  console.log("[jobs] stopping…");
  await stopBoss();
  await disconnectDb();
  await db.stop();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown());
process.on("SIGTERM", () => void shutdown());
