import { describe, expect, it } from "vitest";
import { duplicateMonths, sameMonthValues } from "./month-batch";

const month = { cost: "500.00", benefit: "2300.00", benefitByDriver: { Fee: "2000.00", Upsell: "300.00" }, note: "March" };

describe("sameMonthValues", () => {
  it("compares amounts by value, drivers by label and amount, and the note as text", () => {
    expect(sameMonthValues(month, { ...month, cost: "500", benefitByDriver: { Upsell: "300", Fee: "2000.0" } })).toBe(true);
    expect(sameMonthValues(month, { ...month, cost: "500.01" })).toBe(false);
    expect(sameMonthValues(month, { ...month, benefit: "2300.10" })).toBe(false);
    expect(sameMonthValues(month, { ...month, note: "march" })).toBe(false);
    expect(sameMonthValues(month, { ...month, benefitByDriver: null })).toBe(false);
    expect(sameMonthValues(month, { ...month, benefitByDriver: { Fee: "2000.00", Other: "300.00" } })).toBe(false);
    expect(sameMonthValues(month, { ...month, benefitByDriver: { Fee: "2000.00" } })).toBe(false);
    expect(sameMonthValues({ ...month, benefitByDriver: null }, { ...month, benefitByDriver: {} })).toBe(true);
  });
});

describe("duplicateMonths", () => {
  it("names each repeat with the place of the first mention, skipping items without a month", () => {
    expect(duplicateMonths([{ month: "2026-01" }, { month: "2026-02" }, { month: "2026-01" }, null, {}, {}, { month: "2026-01" }])).toEqual([
      { index: 2, firstIndex: 0 },
      { index: 6, firstIndex: 0 },
    ]);
    expect(duplicateMonths([{ month: "2026-01" }, { month: "2026-02" }])).toEqual([]);
  });
});
