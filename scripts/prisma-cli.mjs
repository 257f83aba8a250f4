// Runs the Prisma CLI offline. The CLI reads the schema's datasource URL even for
// `generate` and `migrate diff`; without one it falls back to downloading a native
// engine, which this network cannot. A placeholder is enough for commands that do
// not connect.
import { spawnSync } from "node:child_process";
import path from "node:path";

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
env.DATABASE_URL ??= "postgresql://placeholder@127.0.0.1:1/placeholder";
const cli = path.join(process.cwd(), "node_modules", "prisma", "build", "index.js");
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { stdio: "inherit", env });
process.exit(result.status ?? 1);
