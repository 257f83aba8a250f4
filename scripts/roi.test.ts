import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const example = (name: string) => path.join(root, "lib", "roi", "examples", name);

function runRoi(args: string[], input?: string) {
  const result = spawnSync(tsx, ["scripts/roi.ts", ...args], { cwd: root, input, encoding: "utf8", timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const TIMEOUT = 30_000;

describe("roi command line", () => {
  it(
    "prints the output document for a file and exits 0",
    () => {
      const { status, stdout, stderr } = runRoi([example("product-example.json")]);
      expect(stderr).toBe("");
      expect(status).toBe(0);
      const output = JSON.parse(stdout);
      expect(Object.keys(output.scenarios)).toEqual(["conservative", "expected", "optimistic"]);
      expect(output.scenarios.expected.totals).toMatchObject({ cost: 25800, benefit: 229280, roiPct: 788.68 });
      expect(output.asOfMonth).toBe(7);
      expect(stdout.split("\n")).toHaveLength(2); // compact JSON plus the final newline
    },
    TIMEOUT,
  );

  it(
    "prints each leak with its params and its English sentence",
    () => {
      const { status, stdout } = runRoi([example("product-example.json")]);
      expect(status).toBe(0);
      const leaks = JSON.parse(stdout).leaks as { code: string; params: unknown; message: string }[];
      const missing = leaks.find((leak) => leak.code === "MISSING_ACTUALS");
      expect(missing?.params).toEqual({
        months: [2, 3, 4, 5, 6],
        periods: ["2026-02", "2026-03", "2026-04", "2026-05", "2026-06"],
      });
      expect(missing?.message).toMatch(
        /^No actual figures for months 2–6 \(February 2026, March 2026, .*June 2026\)\. Record cost/,
      );
      expect(leaks.find((leak) => leak.code === "PAYBACK_SLIP")?.message).toMatch(
        /will not pay back within the horizon, while month 2 /,
      );
    },
    TIMEOUT,
  );

  it(
    "reads standard input with -, limits to one scenario and indents with --pretty",
    () => {
      const input = readFileSync(example("ai-marketing-sme.json"), "utf8");
      const { status, stdout } = runRoi(["-", "--scenario", "expected", "--pretty", "--as-of", "2026-03"], input);
      expect(status).toBe(0);
      const output = JSON.parse(stdout);
      expect(Object.keys(output.scenarios)).toEqual(["expected"]);
      expect(output.scenarios.expected.totals.roiPct).toBe(397.35);
      expect(output.asOfMonth).toBe(3);
      expect(stdout).toContain('\n  "currency": "EUR"');
    },
    TIMEOUT,
  );

  it(
    "prints every error with its field path on stderr and exits 1",
    () => {
      const invalid = {
        name: "Broken",
        currency: "EUR",
        startMonth: "2026-01",
        horizonMonths: 12,
        costs: [{ kind: "oneTime", label: "Setup", amount: -100, month: 14 }],
        benefits: [{ kind: "magic", label: "?" }],
      };
      const { status, stdout, stderr } = runRoi(["-"], JSON.stringify(invalid));
      expect(status).toBe(1);
      expect(stdout).toBe("");
      const lines = stderr.trim().split("\n");
      expect(lines[0]).toBe("Invalid investment definition (3 problems):");
      expect(lines.slice(1)).toEqual(
        expect.arrayContaining([
          "costs.0.amount: must not be negative",
          "costs.0.month: must be between 1 and 12 (the horizon)",
          expect.stringMatching(/^benefits\.0\.kind: unknown kind "magic"/),
        ]),
      );
    },
    TIMEOUT,
  );

  it(
    "rejects invalid JSON and unreadable files with exit 1",
    () => {
      const broken = runRoi(["-"], "{ not json");
      expect(broken.status).toBe(1);
      expect(broken.stderr).toMatch(/\(document\): is not valid JSON/);
      const missing = runRoi([example("does-not-exist.json")]);
      expect(missing.status).toBe(1);
      expect(missing.stderr).toMatch(/cannot read .*does-not-exist\.json/);
    },
    TIMEOUT,
  );

  it(
    "exits 2 with usage on wrong arguments",
    () => {
      const unknownScenario = runRoi([example("product-example.json"), "--scenario", "pessimistic"]);
      expect(unknownScenario.status).toBe(2);
      expect(unknownScenario.stderr).toMatch(/Unknown scenario "pessimistic"[\s\S]*Usage:/);
      const noFile = runRoi([]);
      expect(noFile.status).toBe(2);
    },
    TIMEOUT,
  );
});
