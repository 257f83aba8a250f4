import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");

// Only wrong usage here: it is checked before the database is touched. Rendering from the
// database is covered by lib/pdf/report.integration.test.ts.
function runReport(args: string[]) {
  const result = spawnSync(tsx, ["scripts/report.ts", ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 30_000,
    env: { ...process.env, DATABASE_URL: "" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("report command line: wrong usage exits 2 with a clear message", () => {
  it.each([
    [[], "--workspace is required"],
    [["--workspace", "bakkerij-de-vries", "--out", "x.pdf"], "--period is required"],
    [["--workspace", "bakkerij-de-vries", "--period", "2026-10"], "--out is required"],
    [
      ["--workspace", "w", "--period", "2026-13", "--out", "x.pdf"],
      '--period must be YYYY-MM or YYYY-MM..YYYY-MM (for example 2026-01..2026-10), not "2026-13"',
    ],
    [
      ["--workspace", "w", "--period", "2026-05..2026-01", "--out", "x.pdf"],
      "--period: the first month 2026-05 is after the last month 2026-01",
    ],
    [
      ["--workspace", "w", "--period", "2026-01", "--locale", "de", "--out", "x.pdf"],
      '--locale must be nl or en, not "de"',
    ],
    [["--workspace", "w", "--period", "2026-01", "--scenario", "best", "--out", "x.pdf"], "--scenario must be"],
    [["--workspace", "w", "--bogus"], "Unknown option '--bogus'"],
  ])(
    "%j",
    (args, message) => {
      const { status, stderr } = runReport(args);
      expect(stderr).toContain(message);
      expect(stderr).toContain("Usage: npm run -s report --");
      expect(status).toBe(2);
    },
    30_000,
  );
});
