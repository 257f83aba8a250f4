// The test clock: with TEST_CLOCK set (an ISO instant with a zone, e.g. 2031-06-15T09:30:00Z),
// Date.now(), new Date() and Date() in this process start at that instant and keep running
// at the real pace. Every other use of Date (new Date(value), Date.UTC, Date.parse,
// instanceof Date) is untouched, and timers (setTimeout, setInterval) stay real.
//
// It replaces globalThis.Date with a proxy that adds a fixed offset, instead of vitest's
// fake timers: vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true }) moves the
// clock in 20 ms steps and a single vi.useRealTimers() in any test silently puts the real
// date back, so a test could pass "in the future" while actually running today.
//
// Installed by tests/setup-clock.ts in every vitest worker, and by test-clock-preload.mjs
// (through NODE_OPTIONS=--import) in processes the tests start, so a command line under
// test sees the same date.
const INSTALLED = Symbol.for("realised.testClock");
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Parses a TEST_CLOCK value; throws a clear message for anything but an ISO instant with a zone. */
export function parseTestClock(value) {
  const ms = INSTANT.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new Error(`TEST_CLOCK must be an ISO instant with a time zone, such as 2031-06-15T09:30:00Z, not "${value}"`);
  }
  return ms;
}

/** A Date constructor whose current time is `offsetMs` ahead of RealDate's; everything else is RealDate's. */
export function shiftedDate(RealDate, offsetMs) {
  const now = function now() {
    return RealDate.now() + offsetMs;
  };
  return new Proxy(RealDate, {
    construct: (target, args, newTarget) => Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget),
    apply: () => new RealDate(now()).toString(),
    get: (target, property, receiver) => (property === "now" ? now : Reflect.get(target, property, receiver)),
  });
}

/** Shifts the clock of this process when env.TEST_CLOCK is set; idempotent. Returns the shift, or null. */
export function installTestClock(env = process.env) {
  if (globalThis[INSTALLED]) return globalThis[INSTALLED];
  const value = env.TEST_CLOCK;
  if (!value) return null;
  const RealDate = globalThis.Date;
  const offsetMs = parseTestClock(value) - RealDate.now();
  globalThis.Date = shiftedDate(RealDate, offsetMs);
  const shift = Object.freeze({ instant: value, offsetMs, RealDate });
  globalThis[INSTALLED] = shift;
  return shift;
}
