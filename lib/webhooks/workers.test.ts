import { describe, expect, it } from "vitest";
import { secondsUntil } from "./workers";

describe("secondsUntil", () => {
  const now = new Date("2031-06-15T09:30:00Z");
  it("turns a moment into a delay from now, whole seconds rounded up", () => {
    expect(secondsUntil(new Date("2031-06-15T09:30:30Z"), now)).toBe(30);
    expect(secondsUntil(new Date("2031-06-15T09:30:00.200Z"), now)).toBe(1);
  });
  it("is 0 for a moment that has come, however far the clocks differ", () => {
    expect(secondsUntil(now, now)).toBe(0);
    expect(secondsUntil(new Date("2026-01-01T00:00:00Z"), now)).toBe(0);
  });
});
