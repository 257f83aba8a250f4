import { describe, expect, it } from "vitest";
import { formatMoney } from "@/lib/i18n/format";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { investmentHeaderInput } from "@/lib/investments/schemas";
import { CURRENCIES as WORKSPACE_CURRENCIES } from "@/lib/workspaces/schemas";
import { ISO_CURRENCIES, ISO_CURRENCY_MESSAGE, ISO_CURRENCY_PATH_MESSAGE, isIsoCurrency } from "./currencies";

const header = { name: "CRM", category: "process", startMonth: "2026-01", horizonMonths: 12 };

describe("ISO 4217 currency codes", () => {
  it("is a sorted list of distinct three-capital codes", () => {
    expect(ISO_CURRENCIES.every((code) => /^[A-Z]{3}$/.test(code))).toBe(true);
    expect(new Set(ISO_CURRENCIES).size).toBe(ISO_CURRENCIES.length);
    expect([...ISO_CURRENCIES].sort()).toEqual(ISO_CURRENCIES);
  });

  it("accepts active codes and refuses made-up, withdrawn, lower-case and non-money codes", () => {
    for (const code of ["EUR", "USD", "GBP", "JPY", "CHF", "XCG", "ZWG", "SLE"]) expect(isIsoCurrency(code), code).toBe(true);
    for (const code of ["XYZ", "eur", "EU", "EURO", "", "HRK", "CUC", "ZWL", "XAU", "XTS", "XXX"]) expect(isIsoCurrency(code), code).toBe(false);
  });

  it("covers every currency a workspace can choose", () => {
    expect(WORKSPACE_CURRENCIES.filter((code) => !isIsoCurrency(code))).toEqual([]);
  });

  it("is what an investment header accepts, upper-casing what was typed", () => {
    expect(investmentHeaderInput.parse({ ...header, currency: " usd " }).currency).toBe("USD");
    const refused = investmentHeaderInput.safeParse({ ...header, currency: "XYZ" });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues).toEqual([expect.objectContaining({ path: ["currency"], message: ISO_CURRENCY_MESSAGE })]);
  });

  it("says so in Dutch too", () => {
    expect(translateServerMessage(ISO_CURRENCY_MESSAGE, "nl")).toBe("Gebruik een ISO 4217-valutacode, zoals EUR");
    expect(translateServerMessage(ISO_CURRENCY_PATH_MESSAGE, "nl")).toBe("moet een ISO 4217-valutacode zijn, zoals EUR");
  });

  it("formats every listed code, and a code stored before the check (shown as it is)", () => {
    for (const code of ISO_CURRENCIES) expect(() => formatMoney("1234.5", "nl", code), code).not.toThrow();
    expect(formatMoney("1234.5", "en", "XYZ")).toMatch(/XYZ/);
  });
});
