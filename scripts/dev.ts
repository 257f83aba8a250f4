// `npm run dev`: embedded Postgres (unless DATABASE_URL is set), migrations, demo seed,
// then `next dev` on http://localhost:3000. Ctrl+C stops Next and Postgres cleanly.
import { spawn } from "node:child_process";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { ensureLocalSecret } from "./local-secret";

const db = await prepareDatabase({ dataDir: ".data/pg" });
process.env.DATABASE_URL = db.databaseUrl;
process.env.NEXTAUTH_SECRET ??= ensureLocalSecret();
process.env.NEXTAUTH_URL ??= "http://localhost:3000";
// No network at run time beyond loopback: Next.js telemetry stays off.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

const { getDb, disconnectDb } = await import("@/lib/db/client");
const { seedDemo, DEMO_LOGIN } = await import("@/prisma/seed");
const seeded = await seedDemo(getDb());
await disconnectDb();

console.log(`\n  Database: ${db.embedded ? "embedded Postgres in .data/pg" : "DATABASE_URL"} (migrations applied)`);
if (seeded !== "skipped") {
  console.log(`  Demo login (${seeded === "seeded" ? "just seeded" : "from an earlier run"}): ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}`);
}
console.log("  Mail without SMTP is written to .data/mail/");

// Scheduled e-mails run in this process in dev (the Next server stays job-free, as in
// production where `npm run worker` runs apart). RUN_JOBS_IN_DEV=false turns it off.
const jobs = process.env.RUN_JOBS_IN_DEV === "false" ? null : await import("@/lib/jobs/boss");
if (jobs) {
  const { registerWorkers } = await import("@/lib/jobs/workers");
  await registerWorkers(await jobs.startBoss());
  console.log("  Jobs: pg-boss worker running in this process (RUN_JOBS_IN_DEV=false to turn off)");
}
console.log("");

const next = spawn(process.execPath, ["node_modules/next/dist/bin/next", "dev", "--port", process.env.PORT ?? "3000", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: process.env,
});
let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (next.exitCode === null) next.kill("SIGTERM");
  await jobs?.stopBoss({ timeout: 3000 }).catch(() => {});
  await db.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
next.on("exit", (code) => void shutdown(code ?? 0));
