// Creates a migration from the schema change since the last one:
//   npm run db:new-migration -- NAME
// Adapter mode has no `migrate dev`, so the diff is taken between a snapshot of the
// schema as of the last migration (kept beside the migrations) and the current schema.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:new-migration -- snake_case_name");
  process.exit(1);
}
const snapshot = path.join("prisma", "migrations", "schema-at-last-migration.prisma");
const from = existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
// In adapter mode even a datamodel-to-datamodel diff connects through the adapter.
const server = process.env.DATABASE_URL ? null : await startEmbeddedPostgres(".data/pg-tooling");
const url = process.env.DATABASE_URL ?? `${server?.serverUrl}/postgres`;
let sql: string;
try {
  sql = execFileSync(
    process.execPath,
    ["scripts/prisma-cli.mjs", "migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    { encoding: "utf8", env: { ...process.env, DATABASE_URL: url } },
  );
} finally {
  await server?.stop();
}
if (!sql.trim() || /^-- This is an empty migration/m.test(sql)) {
  console.log("No schema changes since the last migration.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
copyFileSync("prisma/schema.prisma", snapshot);
console.log(`Created ${dir}/migration.sql`);
