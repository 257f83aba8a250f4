import pg from "pg";

/** Splits a database URL into the server URL (no path) and the database name. */
export function splitDatabaseUrl(url: string): { serverUrl: string; database: string; search: string } {
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, "")) || "postgres";
  const search = parsed.search;
  parsed.pathname = "";
  parsed.search = "";
  return { serverUrl: parsed.toString().replace(/\/$/, ""), database, search };
}

export function buildDatabaseUrl(serverUrl: string, database: string, search = ""): string {
  return `${serverUrl}/${encodeURIComponent(database)}${search}`;
}

function assertSafeName(name: string) {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe database name: ${name}`);
}

async function withAdminClient<T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: buildDatabaseUrl(serverUrl, "postgres") });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createDatabaseIfMissing(serverUrl: string, name: string, template?: string) {
  assertSafeName(name);
  if (template) assertSafeName(template);
  await withAdminClient(serverUrl, async (client) => {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount) return;
    await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
  });
}

export async function dropDatabase(serverUrl: string, name: string) {
  assertSafeName(name);
  await withAdminClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
