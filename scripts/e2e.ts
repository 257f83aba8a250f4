// `npm run test:e2e`: a fresh e2e database (embedded Postgres unless DATABASE_URL is
// set), a local SMTP sink, a production build, then the app as it runs in production:
// two instances started with scripts/start.ts (`npm start`) and one worker
// (scripts/worker.ts), all on that one database, and Playwright in Chromium against them.
// E2E_BASE_URL is instance A (it seeds the demo), E2E_BASE_URL_B instance B. At the end
// every process gets SIGTERM and must exit 0 (graceful shutdown) or the run fails.
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { startTsProcess, waitForHealth, type ManagedProcess } from "@/e2e/support/processes";
import { findRunningCluster } from "@/lib/db/embedded-postgres";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { startSmtpSink } from "@/tests/support/smtp-sink";

const MAIL_DIR = ".data/e2e-mail";
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 3100));
    });
  });
}

// Its own embedded cluster (unless DATABASE_URL is set): one shared with integration runs
// could be stopped by them in the middle of this run. A second e2e run at the same time
// gets a private, throw-away one.
const E2E_DATA_DIR = ".data/pg-e2e";
const privateDataDir = findRunningCluster(path.resolve(E2E_DATA_DIR)) ? `${E2E_DATA_DIR}-${process.pid}` : null;
const db = await prepareDatabase({ dataDir: privateDataDir ?? E2E_DATA_DIR, database: "realised_e2e", fresh: true });
rmSync(MAIL_DIR, { recursive: true, force: true });
const sink = await startSmtpSink({ saveDir: MAIL_DIR });
const [portA, portB] = [await freePort(), await freePort()];
const baseUrl = `http://127.0.0.1:${portA}`;
const baseUrlB = `http://127.0.0.1:${portB}`;
// What every instance and the worker share, as replicas behind one load balancer do.
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: db.databaseUrl,
  NEXTAUTH_URL: baseUrl,
  APP_URL: baseUrl,
  NEXTAUTH_SECRET: "e2e-secret-not-for-production-0123456789",
  SMTP_URL: sink.url,
  // One proxy hop is trusted, as behind a load balancer: X-Forwarded-For's last entry is
  // the client (the multi-instance spec gives its sign-in attempts their own addresses).
  TRUSTED_PROXY_HOPS: "1",
  HOSTNAME: "127.0.0.1",
  E2E_BASE_URL: baseUrl,
  E2E_BASE_URL_B: baseUrlB,
  E2E_MAIL_DIR: MAIL_DIR,
  NEXT_DIST_DIR: ".next-e2e",
  NEXT_TELEMETRY_DISABLED: "1",
  NODE_ENV: "production",
  // The API spec's webhook receiver listens on 127.0.0.1 over http: allowed for this run
  // only (production otherwise delivers to public https addresses alone).
  WEBHOOK_ALLOW_LOOPBACK: "1",
};

const processes: ManagedProcess[] = [];
let exitCode = 1;
try {
  const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit", env });
  if (build.status !== 0) throw new Error("next build failed");
  // Started together, as replicas are: both migrate (serialised by Prisma's lock), A seeds the demo.
  const appA = startTsProcess("app-a", "scripts/start.ts", { ...env, PORT: String(portA), SEED_DEMO: "true" });
  const appB = startTsProcess("app-b", "scripts/start.ts", { ...env, PORT: String(portB) });
  // No daily tick: jobs run only when a spec queues one, so no spec gets a mail it did not ask for.
  const worker = startTsProcess("worker", "scripts/worker.ts", { ...env, JOBS_SCHEDULE: "false" });
  processes.push(appA, appB, worker);
  await Promise.all([
    waitForHealth(baseUrl, appA, START_TIMEOUT_MS),
    waitForHealth(baseUrlB, appB, START_TIMEOUT_MS),
    worker.waitForLine(/\[jobs\] worker started/, START_TIMEOUT_MS),
  ]);
  // Async on purpose: the SMTP sink lives in this process and must keep serving.
  const run = spawn(process.execPath, ["node_modules/@playwright/test/cli.js", "test", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...env, NODE_ENV: "test" },
  });
  exitCode = await new Promise<number>((resolve) => run.on("exit", (code) => resolve(code ?? 1)));
} catch (error) {
  console.error(error);
} finally {
  const endings = await Promise.all(processes.map((p) => p.stop(STOP_TIMEOUT_MS)));
  const unclean = processes.flatMap((p, i) => (endings[i] === "exit 0" ? [] : [`${p.name} (${endings[i]})`]));
  if (unclean.length > 0) {
    console.error(`Graceful shutdown failed: ${unclean.join(", ")}; every process must exit 0 on SIGTERM.`);
    exitCode ||= 1;
  } else if (processes.length > 0) {
    console.log(`Stopped ${processes.map((p) => p.name).join(", ")}: each exited 0 on SIGTERM.`);
  }
  await sink.close();
  await db.stop();
  if (privateDataDir) rmSync(privateDataDir, { recursive: true, force: true });
}
process.exit(exitCode);
