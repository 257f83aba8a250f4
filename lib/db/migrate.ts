import { spawnSync } from "node:child_process";
import path from "node:path";

/** Applies committed migrations with Prisma's wasm schema engine (offline). */
export function applyMigrations(databaseUrl: string) {
  const result = spawnSync(process.execPath, [path.join(process.cwd(), "scripts", "prisma-cli.mjs"), "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`Migrations failed:\n${result.stdout}\n${result.stderr}`);
  }
}
