// A throw-away embedded Postgres for one benchmark run: its own data directory (one per
// process, removed at the end), a free port, the project's migrations applied.
import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { buildDatabaseUrl, createDatabaseIfMissing } from "@/lib/db/database-admin";
import { findRunningCluster, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/migrate";
import { onCleanup } from "./cleanup";

export const BENCH_ROOT = ".data/bench-dashboard";
const DATABASE = "realised_bench_dashboard";

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Data directories left by runs that were killed outright (SIGKILL): their process and cluster are gone. */
function removeAbandonedDataDirs() {
  let entries: string[] = [];
  try {
    entries = readdirSync(BENCH_ROOT);
  } catch {
    return;
  }
  for (const entry of entries) {
    const pid = Number(/^pg-(\d+)$/.exec(entry)?.[1]);
    const dir = path.resolve(BENCH_ROOT, entry);
    if (pid && pid !== process.pid && !isAlive(pid) && !findRunningCluster(dir))
      rmSync(dir, { recursive: true, force: true });
  }
}

export async function startBenchDatabase(): Promise<{ databaseUrl: string }> {
  removeAbandonedDataDirs();
  const dataDir = path.join(BENCH_ROOT, `pg-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  onCleanup("remove the data directory", () => rmSync(dataDir, { recursive: true, force: true }));
  const postgres = await startEmbeddedPostgres(dataDir);
  onCleanup("stop Postgres", async () => {
    // After Ctrl-C the terminal's SIGINT has usually stopped it already, and stop() would
    // wait for an exit that has happened; a stuck stop must not hold up the rest either.
    if (!findRunningCluster(path.resolve(dataDir))) return;
    await Promise.race([postgres.stop(), new Promise<void>((resolve) => setTimeout(resolve, 15_000).unref())]);
  });
  await createDatabaseIfMissing(postgres.serverUrl, DATABASE);
  const databaseUrl = buildDatabaseUrl(postgres.serverUrl, DATABASE);
  applyMigrations(databaseUrl);
  return { databaseUrl };
}
