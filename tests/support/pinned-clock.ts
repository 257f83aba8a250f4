// Pins "now" for code that reads the clock itself. Most writes (createInvestment,
// changeStatus, savePlan, setArchived, …) take no `today`, and the stored figures they
// refresh are evaluated as of new Date(); a test that compares those figures with a
// recomputation as of a chosen day needs the writes to see that same day.
//
// Like tests/support/test-clock.mjs (and on top of it when TEST_CLOCK is set): the clock
// starts at `instant` and keeps running at the real pace; timers stay real. Not vitest's
// fake timers (see test-clock.mjs for why).
import { shiftedDate } from "./test-clock.mjs";

/** From now on new Date() and Date.now() start at `instant`; call the returned function to put the clock back. */
export function pinClock(instant: Date): () => void {
  const before = globalThis.Date;
  globalThis.Date = shiftedDate(before, instant.getTime() - before.now());
  return () => {
    globalThis.Date = before;
  };
}
