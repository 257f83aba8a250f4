import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { installTestClock, parseTestClock, shiftedDate } from "./support/test-clock.mjs";

const YEAR = 365 * 86_400_000;
const waitForRealTimer = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe("shiftedDate", () => {
  // Built from the process's Date, whatever TEST_CLOCK says: only the offset matters here.
  const offset = 5 * YEAR + 123_456;
  const Shifted = shiftedDate(Date, offset);

  it("moves Date.now(), new Date() and Date() by the offset", () => {
    const before = Date.now();
    const nowShifted = Shifted.now();
    const constructed = new Shifted().getTime();
    const called = Date.parse((Shifted as unknown as () => string)());
    const after = Date.now();
    for (const value of [nowShifted, constructed]) {
      expect(value).toBeGreaterThanOrEqual(before + offset);
      expect(value).toBeLessThanOrEqual(after + offset);
    }
    // Date() has second precision.
    expect(called).toBeGreaterThanOrEqual(before + offset - 1000);
    expect(called).toBeLessThanOrEqual(after + offset);
  });

  it("leaves dates built from a value, the static helpers and instanceof alone", () => {
    expect(new Shifted(Date.UTC(2031, 5, 15)).toISOString()).toBe("2031-06-15T00:00:00.000Z");
    expect(new Shifted("2026-01-01T00:00:00Z").getTime()).toBe(Date.UTC(2026, 0, 1));
    expect(new Shifted(2026, 0, 1).getFullYear()).toBe(2026);
    expect(Shifted.UTC(2030, 0, 1)).toBe(Date.UTC(2030, 0, 1));
    expect(Shifted.parse("2033-12-31T23:30:00Z")).toBe(Date.UTC(2033, 11, 31, 23, 30));
    expect(new Shifted()).toBeInstanceOf(Date);
    expect(new Date(0)).toBeInstanceOf(Shifted);
    class Stamp extends Shifted {}
    const stamp = new Stamp();
    expect(stamp).toBeInstanceOf(Stamp);
    expect(stamp.getTime()).toBeGreaterThanOrEqual(Date.now() + offset - 1000);
  });

  it("keeps running at the real pace while real timers keep firing", async () => {
    const start = Shifted.now();
    let ticks = 0;
    await new Promise<void>((resolve) => {
      const handle = setInterval(() => {
        ticks += 1;
        if (ticks === 3) {
          clearInterval(handle);
          resolve();
        }
      }, 10);
    });
    await waitForRealTimer(30);
    expect(ticks).toBe(3);
    expect(Shifted.now() - start).toBeGreaterThanOrEqual(50);
  });
});

describe("parseTestClock", () => {
  it("accepts ISO instants with a zone", () => {
    expect(parseTestClock("2031-06-15T09:30:00Z")).toBe(Date.UTC(2031, 5, 15, 9, 30));
    expect(parseTestClock("2030-01-01T00:30:00+01:00")).toBe(Date.UTC(2029, 11, 31, 23, 30));
  });

  it.each(["2031-06-15", "2031-06-15T09:30:00", "tomorrow", "2031-13-45T09:30:00Z"])("refuses %j", (value) => {
    expect(() => parseTestClock(value)).toThrow(/TEST_CLOCK must be an ISO instant with a time zone/);
  });
});

describe("the installed clock", () => {
  it("is installed exactly when TEST_CLOCK is set, and vi.useRealTimers cannot undo it", async () => {
    const { vi } = await import("vitest");
    const shift = installTestClock();
    if (!process.env.TEST_CLOCK) {
      expect(shift).toBeNull();
      return;
    }
    expect(shift?.instant).toBe(process.env.TEST_CLOCK);
    const expected = parseTestClock(process.env.TEST_CLOCK);
    // The worker started at TEST_CLOCK, a few seconds (not hours) ago.
    expect(Date.now()).toBeGreaterThanOrEqual(expected);
    expect(Date.now()).toBeLessThan(expected + 3_600_000);
    vi.useFakeTimers({ toFake: ["setTimeout"] });
    vi.useRealTimers();
    expect(Date.now()).toBeGreaterThanOrEqual(expected);
  });

  it("reaches the processes a test starts", () => {
    const child = spawnSync(process.execPath, ["-e", "process.stdout.write(new Date().toISOString())"], {
      encoding: "utf8",
    });
    expect(child.status).toBe(0);
    const childNow = Date.parse(child.stdout);
    if (process.env.TEST_CLOCK) {
      const expected = parseTestClock(process.env.TEST_CLOCK);
      expect(childNow).toBeGreaterThanOrEqual(expected);
      expect(childNow).toBeLessThan(expected + 3_600_000);
    } else {
      expect(Math.abs(childNow - Date.now())).toBeLessThan(60_000);
    }
  });
});
