// Runs the unit and integration projects with the clock years ahead, to prove that no test
// depends on the date it runs (tests pass "today" explicitly):
//   tsx scripts/test-future-clock.ts [--clock 2031-06-15T09:30:00Z] [vitest filters…]
// The clock is --clock, else TEST_CLOCK, else 2031-06-15T09:30:00Z; it must be an ISO
// instant with a time zone. Both projects run whole, so a new test is covered without
// being listed anywhere. tests/setup-clock.ts shifts the clock of every test process.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseTestClock } from "../tests/support/test-clock.mjs";

const DEFAULT_CLOCK = "2031-06-15T09:30:00Z";
const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

const { values, positionals: filters } = parseArgs({ options: { clock: { type: "string" } }, allowPositionals: true });
const clock = values.clock ?? (process.env.TEST_CLOCK || DEFAULT_CLOCK);
try {
  parseTestClock(clock);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

const env = { ...process.env, TEST_CLOCK: clock };
// With filters, one of the projects may have no matching file; that is not a failure.
const vitestArgs = (project: string) => [
  "run",
  "--project",
  project,
  ...(filters.length > 0 ? ["--passWithNoTests", ...filters] : []),
];
const steps = [
  { name: "unit", command: bin("vitest"), args: vitestArgs("unit") },
  // Through with-db.ts, like `npm run test:integration`: a fresh, migrated database.
  {
    name: "integration",
    command: bin("tsx"),
    args: ["scripts/with-db.ts", bin("vitest"), ...vitestArgs("integration")],
  },
];

console.log(`[future-clock] TEST_CLOCK=${clock}`);
const failed: string[] = [];
for (const step of steps) {
  console.log(`[future-clock] ${step.name} tests with TEST_CLOCK=${clock}`);
  const result = spawnSync(step.command, step.args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0)
    failed.push(`${step.name} (${result.error?.message ?? `exit ${result.status ?? result.signal}`})`);
}
if (failed.length > 0) {
  console.error(`[future-clock] FAILED with TEST_CLOCK=${clock}: ${failed.join(", ")}`);
  process.exit(1);
}
console.log(`[future-clock] unit and integration tests pass with TEST_CLOCK=${clock}`);
