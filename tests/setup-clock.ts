// Vitest setup file of the unit and integration projects: with TEST_CLOCK set
// (TEST_CLOCK=2031-06-15T09:30:00Z), the clock of the test process and of every process
// it starts begins at that instant and keeps running. See tests/support/test-clock.mjs.
// `npx tsx scripts/test-future-clock.ts` runs both projects that way; tests that depend on
// "today" must pass it explicitly (the engine and the lib functions take `today`/`now`).
import path from "node:path";
import { pathToFileURL } from "node:url";
import { installTestClock } from "./support/test-clock.mjs";

const shift = installTestClock();
if (shift) {
  const preload = `--import=${pathToFileURL(path.join(import.meta.dirname, "support", "test-clock-preload.mjs")).href}`;
  const options = process.env.NODE_OPTIONS ?? "";
  if (!options.includes(preload)) process.env.NODE_OPTIONS = `${options} ${preload}`.trim();
}
