import { buildDatabaseUrl, createDatabaseIfMissing, dropDatabase, splitDatabaseUrl } from "./database-admin";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { applyMigrations } from "./migrate";

export type PreparedDatabase = {
  databaseUrl: string;
  serverUrl: string;
  embedded: boolean;
  stop: () => Promise<void>;
};

type PrepareOptions = {
  /** Where the embedded cluster keeps its data when DATABASE_URL is unset. */
  dataDir: string;
  /** Database name; defaults to the one in DATABASE_URL, or "realised". */
  database?: string;
  /** Drop and recreate the database first (test runs). */
  fresh?: boolean;
};

/**
 * With DATABASE_URL set, uses that server and never starts one; otherwise starts the
 * embedded Postgres. Then creates the database if needed and applies migrations.
 */
export async function prepareDatabase(options: PrepareOptions): Promise<PreparedDatabase> {
  const external = process.env.DATABASE_URL;
  let serverUrl: string;
  let database: string;
  let search = "";
  let stop = async () => {};
  if (external) {
    const parts = splitDatabaseUrl(external);
    serverUrl = parts.serverUrl;
    search = parts.search;
    database = options.database ?? parts.database;
  } else {
    const running = await startEmbeddedPostgres(options.dataDir);
    serverUrl = running.serverUrl;
    stop = running.stop;
    database = options.database ?? "realised";
  }
  try {
    if (options.fresh) await dropDatabase(serverUrl, database);
    await createDatabaseIfMissing(serverUrl, database);
    const databaseUrl = buildDatabaseUrl(serverUrl, database, search);
    applyMigrations(databaseUrl);
    return { databaseUrl, serverUrl, embedded: !external, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
