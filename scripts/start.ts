// `npm start`: the production server (after `npm run build`). Checks the required
// settings (exit 1 naming each one missing), applies the migrations, seeds the demo only
// with SEED_DEMO=true, then serves the build on PORT (default 3000) and HOSTNAME (default:
// all interfaces). SIGTERM/SIGINT: no new connections, requests in flight finish (up to
// SHUTDOWN_TIMEOUT_SECONDS, default 25), then exit 0. Run any number of copies against
// one database; `npm run worker` runs the scheduled jobs apart.
import { existsSync } from "node:fs";
import type { IncomingMessage } from "node:http";
import path from "node:path";
import { CLIENT_IP_HEADER, resolveClientIp, trustedProxyHops } from "@/lib/auth/client-ip";
import { createGracefulServer } from "@/lib/config/graceful-shutdown";
import { exitOnServerEnvProblems } from "@/lib/config/require-server-env";
import { applyStartupMigrations } from "@/lib/config/startup-migrations";

// Before Next is loaded: it reads both when it starts.
Object.assign(process.env, { NODE_ENV: "production" });
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

exitOnServerEnvProblems(process.env, { mode: "production", role: "web", what: "Realised" });
const databaseUrl = process.env.DATABASE_URL as string;

const distDir = process.env.NEXT_DIST_DIR ?? ".next";
if (!existsSync(path.join(distDir, "BUILD_ID"))) {
  console.error(`\nRealised cannot start: there is no production build in ${distDir}/. Run \`npm run build\` first.\n`);
  process.exit(1);
}

const port = Number.parseInt(process.env.PORT ?? "3000", 10);
const hostname = process.env.HOSTNAME || undefined;
const shutdownTimeoutMs = Number.parseInt(process.env.SHUTDOWN_TIMEOUT_SECONDS ?? "25", 10) * 1000;

// Stopped before serving: nothing is in flight, so there is nothing to wait for.
let shutdown: (signal: NodeJS.Signals) => void = (signal) => {
  console.log(`[start] ${signal} before serving: stopped`);
  process.exit(0);
};
process.on("SIGTERM", (signal) => shutdown(signal));
process.on("SIGINT", (signal) => shutdown(signal));

try {
  applyStartupMigrations(databaseUrl, () => console.log("[start] another instance is migrating; waiting for its lock again"));
} catch (error) {
  console.error(`\nRealised cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
console.log("[start] migrations applied");

const { disconnectDb, getDb } = await import("@/lib/db/client");
if (process.env.SEED_DEMO === "true") {
  const { seedDemo, DEMO_LOGIN } = await import("@/prisma/seed");
  const seeded = await seedDemo(getDb());
  const outcome = { seeded: `seeded, login ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}`, present: "already present", skipped: "skipped: the database has users" }[seeded];
  console.log(`[start] demo data (SEED_DEMO=true): ${outcome}`);
  await disconnectDb();
}

const { default: next } = await import("next");
const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();
const proxyHops = trustedProxyHops();

/** Stamps the client's address (the socket's peer, or behind TRUSTED_PROXY_HOPS proxies the one they saw), replacing whatever the client sent under that name. */
function stampClientIp(req: IncomingMessage) {
  const ip = resolveClientIp({ remoteAddress: req.socket.remoteAddress, forwardedFor: req.headers["x-forwarded-for"], trustedProxyHops: proxyHops });
  if (ip) req.headers[CLIENT_IP_HEADER] = ip;
  else delete req.headers[CLIENT_IP_HEADER];
}

const { server, close } = createGracefulServer((req, res) => {
  stampClientIp(req);
  handle(req, res).catch((error: unknown) => {
    console.error("[start] unhandled request error", error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});

// Longer than a load balancer's usual 60 s idle timeout, so the balancer never reuses a
// connection this server has just closed (which answers the client with a 502).
const keepAliveSeconds = Number.parseInt(process.env.KEEP_ALIVE_TIMEOUT_SECONDS ?? "65", 10);
server.keepAliveTimeout = keepAliveSeconds * 1000;
server.headersTimeout = (keepAliveSeconds + 5) * 1000;

await new Promise<void>((resolve, reject) => {
  server.once("error", reject);
  server.listen(port, hostname, () => resolve());
});
console.log(`[start] Realised listening on http://${hostname ?? "localhost"}:${port} (public URL ${process.env.NEXTAUTH_URL})`);

let stopping = false;
shutdown = (signal) => {
  if (stopping) return;
  stopping = true;
  void (async () => {
    console.log(`[start] ${signal}: no new connections; finishing requests in flight…`);
    const { forced } = await close({ timeoutMs: shutdownTimeoutMs });
    if (forced) console.warn(`[start] requests still open after ${shutdownTimeoutMs / 1000} s were cut`);
    await app.close().catch((error: unknown) => console.error("[start] closing Next:", error));
    await disconnectDb().catch(() => {});
    console.log("[start] stopped");
    process.exit(0);
  })();
};
