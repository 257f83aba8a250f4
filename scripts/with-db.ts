// Runs a command against a freshly migrated test database:
//   tsx scripts/with-db.ts [--database NAME] [--data-dir DIR] [--fresh] CMD ARGS…
// With DATABASE_URL unset it starts the embedded Postgres and stops it afterwards.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { dropDatabase } from "@/lib/db/database-admin";
import { findRunningCluster } from "@/lib/db/embedded-postgres";
import { prepareDatabase } from "@/lib/db/prepare-database";

const args = process.argv.slice(2);
// Unique per run, so parallel runs on one cluster never drop each other's databases.
let database = `realised_test_${process.pid}`;
let dataDir = ".data/pg-test";
while (args[0]?.startsWith("--")) {
  const flag = args.shift();
  if (flag === "--database") database = args.shift() ?? database;
  else if (flag === "--data-dir") dataDir = args.shift() ?? dataDir;
}

// Another run holds the test cluster (e.g. two test commands at once): use a private,
// throw-away cluster so neither stops the other's server mid-run.
const privateDir = findRunningCluster(path.resolve(dataDir)) ? `${dataDir}-${process.pid}` : null;
const db = await prepareDatabase({ dataDir: privateDir ?? dataDir, database, fresh: true });
const [command, ...rest] = args;
const child = spawn(command, rest, {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: db.databaseUrl, TEST_DATABASE_SERVER_URL: db.serverUrl },
  shell: process.platform === "win32",
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", async (code) => {
  await dropDatabase(db.serverUrl, database).catch(() => {});
  await db.stop();
  if (privateDir) rmSync(privateDir, { recursive: true, force: true });
  process.exit(code ?? 1);
});
