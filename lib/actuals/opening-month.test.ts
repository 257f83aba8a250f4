import { describe, expect, it } from "vitest";
import { openingMonth } from "./opening-month";

const month = (period: string, status: "recorded" | "missing" = "recorded") => ({ period, status });

describe("openingMonth", () => {
  it("opens on the current month when it has no actuals yet and every complete month is recorded", () => {
    const months = [month("2026-01"), month("2026-02"), month("2026-03", "missing")];
    expect(openingMonth(months, "2026-03")).toBe("2026-03");
  });

  it("opens on last month, not the month that has just begun, while last month is missing", () => {
    const months = [month("2026-01"), month("2026-02", "missing"), month("2026-03", "missing")];
    expect(openingMonth(months, "2026-03")).toBe("2026-02");
  });

  it("opens on the latest missing month, not the first one", () => {
    const months = [month("2025-11", "missing"), month("2025-12"), month("2026-01", "missing"), month("2026-02")];
    expect(openingMonth(months, "2026-02")).toBe("2026-01");
  });

  it("opens on the latest month when every month is recorded", () => {
    const months = [month("2026-01"), month("2026-02"), month("2026-03")];
    expect(openingMonth(months, "2026-03")).toBe("2026-03");
  });

  it("ignores months after the current one, missing or not", () => {
    const months = [month("2026-01"), month("2026-02"), month("2026-03", "missing"), month("2026-04", "missing")];
    expect(openingMonth(months, "2026-02")).toBe("2026-02");
    expect(openingMonth([month("2026-01", "missing"), ...months.slice(1)], "2026-02")).toBe("2026-01");
  });

  it("does not depend on the order the months come in", () => {
    const months = [month("2026-03"), month("2026-01", "missing"), month("2026-02", "missing")];
    expect(openingMonth(months, "2026-03")).toBe("2026-02");
  });

  it("falls back to the first month when none has begun, and to null without months", () => {
    expect(openingMonth([month("2026-05", "missing"), month("2026-06", "missing")], "2026-04")).toBe("2026-05");
    expect(openingMonth([], "2026-04")).toBeNull();
  });

  it("a finished investment opens on its last missing month, whatever today is", () => {
    const months = [month("2024-01"), month("2024-02", "missing"), month("2024-03")];
    expect(openingMonth(months, "2030-01")).toBe("2024-02");
  });
});
