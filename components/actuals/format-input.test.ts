import { describe, expect, it } from "vitest";
import { parseLocaleDecimal } from "@/lib/actuals/locale-decimal";
import { kpiForInput, moneyForInput } from "./format-input";

describe("input formatting", () => {
  it("shows money with two decimals in the user's notation", () => {
    expect(moneyForInput("1234.5", "nl")).toBe("1.234,50");
    expect(moneyForInput("1234.5", "en")).toBe("1,234.50");
    expect(moneyForInput("999999999999.99", "nl")).toBe("999.999.999.999,99");
    expect(moneyForInput(null, "en")).toBe("");
  });

  it("shows KPI values without padding", () => {
    expect(kpiForInput("2.1", "nl")).toBe("2,1");
    expect(kpiForInput("-12.3456", "en")).toBe("-12.3456");
  });

  it("reads back to the same value (an untouched cell saves unchanged)", () => {
    for (const locale of ["nl", "en"] as const) {
      for (const value of ["0.00", "1234.56", "999999999999.99", "1000000.10"]) {
        expect(parseLocaleDecimal(moneyForInput(value, locale), locale)).toEqual({
          ok: true,
          value: value.replace(/^0+(?=\d)/, ""),
        });
      }
    }
  });
});
