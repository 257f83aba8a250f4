// The production app for `npm run bench:dashboard`: `next build` into its own folder (as
// scripts/e2e.ts does with .next-e2e), `npm start` semantics (scripts/start.ts) on its own
// port, and the resident memory of the server's process tree sampled while it serves.
import { spawn } from "node:child_process";
import { createWriteStream, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { startTsProcess, waitForHealth, type ManagedProcess } from "@/e2e/support/processes";
import { onCleanup } from "./cleanup";

export const BENCH_DIST_DIR = ".next-bench-dashboard";

/**
 * `next build` adds its folder's type globs to tsconfig.json and points next-env.d.ts at
 * it. Both are shared with everyone working in this checkout, so the benchmark puts back
 * what it found (keeping anything else that changed meanwhile).
 */
function guardProjectFiles(distDir: string) {
  const originals = new Map(
    ["tsconfig.json", "next-env.d.ts"].filter((f) => existsSync(f)).map((f) => [f, readFileSync(f, "utf8")]),
  );
  return () => {
    for (const [file, original] of originals) {
      const now = readFileSync(file, "utf8");
      if (now === original || !now.includes(distDir)) continue;
      if (file === "next-env.d.ts") {
        writeFileSync(file, original);
        continue;
      }
      const cleaned = now
        .split("\n")
        .filter((line) => !line.includes(`"${distDir}/`))
        .join("\n")
        .replace(/,(\s*\])/g, "$1");
      writeFileSync(
        file,
        JSON.stringify(JSON.parse(cleaned)) === JSON.stringify(JSON.parse(original)) ? original : cleaned,
      );
    }
  };
}

/** Builds into `distDir` unless `reuse` and a build is there; the output goes to a log file. Returns seconds spent (0 when reused). */
export async function ensureBuild(options: {
  distDir: string;
  reuse: boolean;
  env: NodeJS.ProcessEnv;
  logFile: string;
}): Promise<number> {
  if (options.reuse && existsSync(path.join(options.distDir, "BUILD_ID"))) return 0;
  const started = Date.now();
  const restore = onCleanup("restore tsconfig.json and next-env.d.ts", guardProjectFiles(options.distDir));
  const log = createWriteStream(options.logFile);
  const build = spawn(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    env: { ...options.env, NEXT_DIST_DIR: options.distDir, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  build.stdout.pipe(log);
  build.stderr.pipe(log);
  const stopBuild = onCleanup("stop next build", () => {
    if (build.exitCode === null) build.kill("SIGTERM");
  });
  const code = await new Promise<number | null>((resolve) => build.on("exit", resolve));
  await stopBuild();
  await restore();
  await new Promise((resolve) => log.end(resolve));
  if (code !== 0) {
    const tail = readFileSync(options.logFile, "utf8").split("\n").slice(-40).join("\n");
    throw new Error(`next build failed (exit ${code}); the end of ${options.logFile}:\n${tail}`);
  }
  return (Date.now() - started) / 1000;
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** The first free port from `from` on (the e2e run uses random ports, so 3310+ does not collide with it). */
export async function findPort(from: number): Promise<number> {
  for (let port = from; port < from + 100; port++) if (await isPortFree(port)) return port;
  throw new Error(`No free port in ${from}..${from + 99}`);
}

/** Starts scripts/start.ts as `npm start` does and waits until /api/health answers. */
export async function startServer(options: {
  distDir: string;
  port: number;
  databaseUrl: string;
}): Promise<{ app: ManagedProcess; baseUrl: string }> {
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const app = startTsProcess("app", "scripts/start.ts", {
    ...process.env,
    DATABASE_URL: options.databaseUrl,
    NEXTAUTH_URL: baseUrl,
    APP_URL: baseUrl,
    NEXTAUTH_SECRET: "bench-dashboard-secret-not-for-production-0123",
    NEXT_DIST_DIR: options.distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    HOSTNAME: "127.0.0.1",
    PORT: String(options.port),
  });
  onCleanup("stop the app", async () => {
    const how = await app.stop(15_000);
    if (how !== "exit 0") console.error(`[bench] app ended: ${how}`);
  });
  await waitForHealth(baseUrl, app, 180_000);
  return { app, baseUrl };
}

function readStatus(pid: number): { ppid: number; rssKb: number; hwmKb: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? 0);
    return { ppid: field("PPid"), rssKb: field("VmRSS"), hwmKb: field("VmHWM") };
  } catch {
    return null;
  }
}

/** The process and all its descendants (Linux /proc). */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!pid) continue;
    const status = readStatus(pid);
    if (status) children.set(status.ppid, [...(children.get(status.ppid) ?? []), pid]);
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]) ?? []));
  return tree;
}

/**
 * Samples the summed VmRSS of the server's process tree every `intervalMs`; `stop()`
 * returns the largest sum seen and the largest VmHWM (the kernel's own peak) of any one
 * process in the tree, in MB.
 */
export function sampleRss(rootPid: number, intervalMs = 50) {
  let peakKb = 0;
  let hwmKb = 0;
  let tree = processTree(rootPid);
  let ticks = 0;
  const sample = () => {
    // The tree rarely changes: rescan /proc only now and then.
    if (++ticks % 40 === 0) tree = processTree(rootPid);
    let sum = 0;
    for (const pid of tree) {
      const status = readStatus(pid);
      if (!status) continue;
      sum += status.rssKb;
      hwmKb = Math.max(hwmKb, status.hwmKb);
    }
    peakKb = Math.max(peakKb, sum);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { peakRssMb: peakKb / 1024, peakHwmMb: hwmKb / 1024, processes: tree.length };
    },
  };
}
