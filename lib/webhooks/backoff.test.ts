import { describe, expect, it } from "vitest";
import { GIVE_UP_AFTER_MS, MAX_ATTEMPTS, nextAttemptAt, nextAttemptDelay, RETRY_SCHEDULE_MS } from "./backoff";

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

describe("nextAttemptDelay", () => {
  it("follows the documented schedule: 30 s, 2 min, 10 min, 30 min, 1 h, 2 h, 4 h, 8 h, 8 h", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map(nextAttemptDelay)).toEqual([30 * SECOND, 2 * MINUTE, 10 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR, 4 * HOUR, 8 * HOUR, 8 * HOUR]);
  });

  it("gives up after the tenth attempt, within a day of the first", () => {
    expect(MAX_ATTEMPTS).toBe(10);
    expect(nextAttemptDelay(10)).toBeNull();
    const total = RETRY_SCHEDULE_MS.reduce((sum, ms) => sum + ms, 0);
    expect(total).toBe(23 * HOUR + 42 * MINUTE + 30 * SECOND);
    expect(total).toBeLessThan(GIVE_UP_AFTER_MS);
  });

  it("refuses attempt numbers that are not positive integers", () => {
    expect(() => nextAttemptDelay(0)).toThrow(/positive integer/);
    expect(() => nextAttemptDelay(1.5)).toThrow(/positive integer/);
  });
});

describe("nextAttemptAt", () => {
  const createdAt = new Date("2026-03-01T10:00:00Z");

  it("adds the delay to the attempt's moment", () => {
    expect(nextAttemptAt({ attemptNumber: 1, now: new Date("2026-03-01T10:00:05Z"), createdAt })).toEqual(new Date("2026-03-01T10:00:35Z"));
  });

  it("gives up when the next try would fall more than 24 h after the delivery was created", () => {
    // Attempt 8 ran late (the worker was down): its 8 h wait would end past the day.
    expect(nextAttemptAt({ attemptNumber: 8, now: new Date("2026-03-02T03:00:00Z"), createdAt })).toBeNull();
    expect(nextAttemptAt({ attemptNumber: 8, now: new Date("2026-03-02T02:00:00Z"), createdAt })).toEqual(new Date("2026-03-02T10:00:00Z"));
  });
});
