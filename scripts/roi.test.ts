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
        // Month 0 (a month beyond the horizon is valid: it contributes nothing, warning BEYOND_HORIZON).
        costs: [{ kind: "oneTime", label: "Setup", amount: -100, month: 0 }],
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
          "costs.0.month: must be at least 1",
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

  it(
    "prints NPV, IRR, discounted payback, the tornado and the seeded simulation by default",
    () => {
      const { status, stdout, stderr } = runRoi([example("uncertain-automation.json")]);
      expect(stderr).toBe("");
      expect(status).toBe(0);
      const output = JSON.parse(stdout);
      expect(output).toMatchObject({ discountRatePct: 10, discountRateSource: "definition" });
      // Cost 40,000 + 24 × 800 + 6 × 20 h × 65 = 67,000; benefit 4,500 × (¼ + ½ + ¾) + 20 × 4,500
      // + 21 × 1,000 = 117,750; ROI = 50,750 ÷ 67,000 = 75.75%.
      expect(output.scenarios.expected.totals).toMatchObject({ cost: 67000, benefit: 117750, roiPct: 75.75 });
      for (const key of ["npv", "irrPct", "irrNullReason", "irrRootsPct", "discountedPaybackMonth"]) {
        expect(output.scenarios.expected.totals).toHaveProperty(key);
      }
      expect(output.risk.sensitivity).toHaveProperty("drivers");
      expect(output.risk.simulation).toMatchObject({
        seed: 1,
        draws: 10000,
        distribution: "triangular",
        rangedItems: 5,
      });
      const { roiPct, npv, paybackProbabilityPct } = output.risk.simulation;
      expect(roiPct.p10).toBeLessThanOrEqual(roiPct.p50);
      expect(npv.p50).toBeLessThanOrEqual(npv.p90);
      expect(paybackProbabilityPct).toBeGreaterThan(0);
      expect(paybackProbabilityPct).toBeLessThan(100);
    },
    TIMEOUT,
  );

  it(
    "takes --seed, --draws and --discount-rate, and leaves risk out with --no-risk",
    () => {
      const args = [example("uncertain-automation.json"), "--seed", "7", "--draws", "500"];
      const first = runRoi(args);
      expect(first.status).toBe(0);
      expect(runRoi(args).stdout).toBe(first.stdout);
      expect(JSON.parse(first.stdout).risk.simulation).toMatchObject({ seed: 7, draws: 500 });

      // --discount-rate acts as the workspace default: a definition without its own rate takes it,
      const plain = JSON.parse(runRoi([example("product-example.json"), "--discount-rate", "5.5"]).stdout);
      expect(plain).toMatchObject({ discountRatePct: 5.5, discountRateSource: "workspace" });
      // while a definition's own discountRatePct (10) still wins.
      const own = JSON.parse(
        runRoi([example("uncertain-automation.json"), "--discount-rate", "5.5", "--no-risk"]).stdout,
      );
      expect(own).toMatchObject({ discountRatePct: 10, discountRateSource: "definition" });
      expect(own).not.toHaveProperty("risk");
    },
    TIMEOUT,
  );

  it(
    "prints a text summary with --summary",
    () => {
      const { status, stdout } = runRoi([example("uncertain-automation.json"), "--summary", "--scenario", "expected"]);
      expect(status).toBe(0);
      expect(stdout).toMatch(/^Invoice automation with uncertainty \(EUR, from 2026-01, 24 months\)\n/);
      expect(stdout).toContain("Discount rate 10.00% a year (the definition's)");
      expect(stdout).toContain("Expected scenario (benefits × 1)");
      expect(stdout).not.toContain("Conservative scenario");
      expect(stdout).toMatch(/\n {2}Cost {18}€67,000\.00\n/);
      expect(stdout).toMatch(/\n {2}ROI {19}75\.75%\n/);
      expect(stdout).toMatch(/\n {2}NPV at 10\.00% {9}-?€[\d,]+\.\d\d\n/);
      expect(stdout).toMatch(/\n {2}IRR {19}(-?[\d,]+\.\d\d%|none: .+|ambiguous: .+)\n/);
      expect(stdout).toMatch(/\n {2}Discounted payback {4}(month \d+ \(\d{4}-\d\d\)|not within the horizon)\n/);
      expect(stdout).toContain("Sensitivity of the expected scenario (each driver at -20% and +20%");
      expect(stdout).toContain("Simulation (estimate, seed 1, 10,000 draws, triangular over 5 ranged items)");
      expect(stdout).toMatch(/\n {2}ROI {19}P10 -?[\d.]+% · P50 -?[\d.]+% · P90 -?[\d.]+%\n/);
      expect(stdout).toMatch(/\n {2}Payback probability {3}[\d.]+% within 24 months\n/);
      const noRisk = runRoi([example("product-example.json"), "--summary", "--no-risk"]);
      expect(noRisk.stdout).toContain("Sensitivity and simulation: not computed (--no-risk).");
    },
    TIMEOUT,
  );

  it(
    "exits 2 on a wrong --seed, --draws or --discount-rate",
    () => {
      const file = example("uncertain-automation.json");
      const cases: [string[], RegExp][] = [
        [["--draws", "99"], /number of draws must be a whole number from 100 to 100000, got 99/],
        [["--draws", "1e4"], /--draws must be a whole number, got "1e4"/],
        [["--seed", "4294967296"], /seed must be a whole number from 0 to 4294967295/],
        [["--seed=-1"], /--seed must be a whole number, got "-1"/],
        [["--discount-rate", "101"], /--discount-rate must be a percentage from 0 to 100, got "101"/],
        [["--no-risk", "--seed", "3"], /--seed and --draws need the simulation/],
      ];
      for (const [args, message] of cases) {
        const { status, stdout, stderr } = runRoi([file, ...args]);
        expect(status, args.join(" ")).toBe(2);
        expect(stdout).toBe("");
        expect(stderr).toMatch(message);
        expect(stderr).toContain("Usage:");
      }
    },
    TIMEOUT * 2,
  );
});
