import { describe, expect, it } from "vitest";
import { periodToDate } from "@/lib/investments/months";
import { factsUpTo } from "./as-of";

const month = (period: string) => ({ month: periodToDate(period) });

describe("factsUpTo", () => {
  it("keeps actuals and KPI measurements up to and including the month, everything else as it is", () => {
    const investment = {
      name: "Shop",
      actuals: [month("2026-01"), month("2026-03"), month("2026-04")],
      kpis: [{ name: "CAC", measurements: [month("2026-02"), month("2026-05")] }],
    };
    const clipped = factsUpTo(investment, "2026-03");
    expect(clipped.name).toBe("Shop");
    expect(clipped.actuals).toEqual([month("2026-01"), month("2026-03")]);
    expect(clipped.kpis).toEqual([{ name: "CAC", measurements: [month("2026-02")] }]);
    expect(investment.actuals).toHaveLength(3); // the input is left alone
  });
});
