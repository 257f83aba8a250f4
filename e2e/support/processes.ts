// The long-running processes of an e2e run (app instances, the worker), for scripts/e2e.ts:
// output prefixed with the process's name, waiting for a line or for health, and a stop
// that sends SIGTERM and reports how the process ended.
import { spawn, type ChildProcess } from "node:child_process";
import readline from "node:readline";

export type ManagedProcess = {
  name: string;
  child: ChildProcess;
  /** Resolves when the process prints a line matching `pattern`; rejects if it exits first or the deadline passes. */
  waitForLine: (pattern: RegExp, timeoutMs: number) => Promise<void>;
  /** SIGTERM, then waits up to `timeoutMs` (SIGKILL after that): how the process ended, as one line ("exit 0", "signal SIGTERM", …). */
  stop: (timeoutMs: number) => Promise<string>;
};

/** Runs a TypeScript entry point the way `npm start` / `npm run worker` do (node --import tsx). */
export function startTsProcess(name: string, script: string, env: NodeJS.ProcessEnv): ManagedProcess {
  const child = spawn(process.execPath, ["--import", "tsx", script], { env, stdio: ["ignore", "pipe", "pipe"] });
  const lines: string[] = [];
  const listeners = new Set<(line: string) => void>();
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream! }).on("line", (line) => {
      console.log(`[${name}] ${line}`);
      lines.push(line);
      for (const listener of listeners) listener(line);
    });
  }
  const exited = new Promise<string>((resolve) => child.on("exit", (code, signal) => resolve(code === null ? `signal ${signal}` : `exit ${code}`)));

  function waitForLine(pattern: RegExp, timeoutMs: number) {
    if (lines.some((line) => pattern.test(line))) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const done = (error?: Error) => {
        clearTimeout(timer);
        listeners.delete(onLine);
        if (error) reject(error);
        else resolve();
      };
      const onLine = (line: string) => {
        if (pattern.test(line)) done();
      };
      const timer = setTimeout(() => done(new Error(`${name} printed no line matching ${pattern} within ${timeoutMs / 1000} s`)), timeoutMs);
      listeners.add(onLine);
      void exited.then((how) => done(new Error(`${name} ended (${how}) before printing ${pattern}`)));
    });
  }

  async function stop(timeoutMs: number) {
    if (child.exitCode !== null || child.signalCode !== null) return exited;
    child.kill("SIGTERM");
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    const how = await exited;
    clearTimeout(timer);
    return timedOut ? `still running ${timeoutMs / 1000} s after SIGTERM, killed` : how;
  }

  return { name, child, waitForLine, stop };
}

/** Polls GET /api/health until it answers 200; fails early if the process exits. */
export async function waitForHealth(url: string, app: ManagedProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (app.child.exitCode !== null) throw new Error(`${app.name} exited (code ${app.child.exitCode}) before it became healthy`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${app.name} did not become healthy within ${timeoutMs / 1000} s`);
}
