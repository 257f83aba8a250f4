// `npm run test:e2e`: a fresh e2e database (embedded Postgres unless DATABASE_URL is
// set), a local SMTP sink, a production build of the app, then Playwright in Chromium.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import net from "node:net";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { startSmtpSink } from "@/tests/support/smtp-sink";

const MAIL_DIR = ".data/e2e-mail";

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 3100));
    });
  });
}

async function waitForHealth(url: string, app: ChildProcess) {
  for (let i = 0; i < 120; i++) {
    if (app.exitCode !== null) throw new Error("The app exited before it became healthy");
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("The app did not become healthy in 60 s");
}

const db = await prepareDatabase({ dataDir: ".data/pg-test", database: "realised_e2e", fresh: true });
{
  process.env.DATABASE_URL = db.databaseUrl;
  const { getDb, disconnectDb } = await import("@/lib/db/client");
  const { seedDemo } = await import("@/prisma/seed");
  await seedDemo(getDb());
  await disconnectDb();
}
rmSync(MAIL_DIR, { recursive: true, force: true });
const sink = await startSmtpSink({ saveDir: MAIL_DIR });
const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: db.databaseUrl,
  NEXTAUTH_URL: baseUrl,
  APP_URL: baseUrl,
  NEXTAUTH_SECRET: "e2e-secret-not-for-production",
  SMTP_URL: sink.url,
  E2E_BASE_URL: baseUrl,
  E2E_MAIL_DIR: MAIL_DIR,
  NEXT_DIST_DIR: ".next-e2e",
  NEXT_TELEMETRY_DISABLED: "1",
  NODE_ENV: "production",
};

let app: ChildProcess | null = null;
let exitCode = 1;
try {
  const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit", env });
  if (build.status !== 0) throw new Error("next build failed");
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    stdio: ["ignore", "inherit", "inherit"],
    env,
  });
  app = server;
  await waitForHealth(baseUrl, server);
  // Async on purpose: the SMTP sink lives in this process and must keep serving.
  const run = spawn(process.execPath, ["node_modules/@playwright/test/cli.js", "test", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...env, NODE_ENV: "test" },
  });
  exitCode = await new Promise<number>((resolve) => run.on("exit", (code) => resolve(code ?? 1)));
} catch (error) {
  console.error(error);
} finally {
  app?.kill("SIGTERM");
  await sink.close();
  await db.stop();
}
process.exit(exitCode);
