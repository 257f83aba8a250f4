import { describe, expect, it } from "vitest";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { ISO_CURRENCY_MESSAGE } from "@/lib/shared/currencies";
import { CONCURRENT_RATE_EDIT_MESSAGE, existingRateMessage, importConflictMessage, moreConflictsMessage, RATE_IMPORT_CONFLICTS_MESSAGE, RATE_IMPORT_EMPTY_MESSAGE, RATE_IMPORT_INVALID_MESSAGE } from "./mutations";
import { confirmRateImportInput, deleteRateInput, importedRateProblem, previewRateImportInput, RATE_MESSAGES, readRate, saveRateInput } from "./schemas";

const valid = { from: "USD", to: "EUR", month: "2026-07", rate: "0.9240" };
const issuesOf = (input: unknown) => {
  const result = saveRateInput.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("saveRateInput", () => {
  it("reads a rate exactly, upper-casing the codes", () => {
    expect(saveRateInput.parse({ ...valid, from: " usd ", rate: "0.9240" })).toEqual({ from: "USD", to: "EUR", month: "2026-07", rate: "0.924", replace: false });
  });

  it("reads the rate in the notation of the user's language", () => {
    expect(saveRateInput.parse({ ...valid, rate: "1,0823", locale: "nl" }).rate).toBe("1.0823");
    expect(saveRateInput.parse({ ...valid, rate: "1.450,5", locale: "nl" }).rate).toBe("1450.5");
    expect(saveRateInput.parse({ ...valid, rate: "1,450.5", locale: "en" }).rate).toBe("1450.5");
    // A separator that does not fit the language is refused, never guessed.
    expect(issuesOf({ ...valid, rate: "1.0823", locale: "nl" })).toEqual({ rate: "Enter a rate such as 1,0823" });
    expect(issuesOf({ ...valid, rate: "1,0823", locale: "en" })).toEqual({ rate: "Enter a rate such as 1.0823" });
  });

  it("keeps 10 decimals and refuses 11", () => {
    expect(saveRateInput.parse({ ...valid, rate: "0.1234567891" }).rate).toBe("0.1234567891");
    expect(issuesOf({ ...valid, rate: "0.12345678912" })).toEqual({ rate: "Use at most 10 decimals" });
  });

  it.each([
    ["0", RATE_MESSAGES.positive],
    ["0.0000000000", RATE_MESSAGES.positive],
    ["-1.2", RATE_MESSAGES.positive],
    ["", RATE_MESSAGES.required],
    ["abc", "Enter a rate such as 1.0823"],
    ["1e3", "Enter a rate such as 1.0823"],
    ["1000000000000.5", RATE_MESSAGES.tooLarge],
  ])("refuses the rate %j", (rate, message) => {
    expect(issuesOf({ ...valid, rate })).toEqual({ rate: message });
  });

  it.each(["XYZ", "EURO", "", "HRK", "12"])("refuses the currency code %j", (code) => {
    expect(issuesOf({ ...valid, from: code })).toEqual({ from: ISO_CURRENCY_MESSAGE });
    expect(issuesOf({ ...valid, to: code })).toEqual({ to: ISO_CURRENCY_MESSAGE });
  });

  it("refuses the same currency on both sides", () => {
    expect(issuesOf({ ...valid, from: "eur", to: "EUR" })).toEqual({ to: "Choose two different currencies" });
  });

  it.each([["2026-7"], ["2026-13"], ["July 2026"], ["2026-07-01"]])("refuses the month %j", (month) => {
    expect(issuesOf({ ...valid, month })).toEqual({ month: RATE_MESSAGES.month });
  });

  it("names every wrong field at once", () => {
    expect(issuesOf({ from: "XYZ", to: "EUR", month: "x", rate: "0" })).toEqual({
      from: ISO_CURRENCY_MESSAGE,
      month: RATE_MESSAGES.month,
      rate: RATE_MESSAGES.positive,
    });
  });

  it("carries the edited row, the replace choice and the version the user saw", () => {
    const at = "2026-07-03T10:11:12.345Z";
    expect(saveRateInput.parse({ ...valid, id: "r1", replace: "on", expectedUpdatedAt: at })).toMatchObject({ id: "r1", replace: true, expectedUpdatedAt: at });
    expect(saveRateInput.parse({ ...valid, id: "", replace: "", expectedUpdatedAt: "" })).toEqual({ from: "USD", to: "EUR", month: "2026-07", rate: "0.924", replace: false });
    expect(issuesOf({ ...valid, expectedUpdatedAt: "yesterday" })).toEqual({ expectedUpdatedAt: RATE_MESSAGES.stale });
    expect(deleteRateInput.parse({ id: "r1" })).toEqual({ id: "r1" });
  });
});

describe("readRate", () => {
  it("never goes through a float", () => {
    expect(readRate("0.1000000001", "point")).toEqual({ ok: true, value: "0.1000000001" });
    expect(readRate("123456789012.0000000001", "point")).toEqual({ ok: true, value: "123456789012.0000000001" });
  });
});

describe("a file's rates", () => {
  it.each([
    [{ from: "EUR", to: "USD", period: "2026-07", rate: "1.0823" }, null],
    [{ from: "EUR", to: "XYZ", period: "2026-07", rate: "1.0823" }, ISO_CURRENCY_MESSAGE],
    [{ from: "EUR", to: "EUR", period: "2026-07", rate: "1" }, "Choose two different currencies"],
    [{ from: "EUR", to: "USD", period: "2026-7", rate: "1" }, RATE_MESSAGES.month],
    [{ from: "EUR", to: "USD", period: "1800-01", rate: "1" }, "Use a year between 1900 and 2199"],
    [{ from: "EUR", to: "USD", period: "2026-07", rate: "0" }, RATE_MESSAGES.positive],
    [{ from: "EUR", to: "USD", period: "2026-07", rate: "1.00000000001" }, RATE_MESSAGES.decimals],
  ])("%j → %j", (rate, problem) => {
    expect(importedRateProblem(rate)).toBe(problem);
  });

  it("limits the file's size with a clear message, and defaults to refusing conflicts", () => {
    const big = "x".repeat(5 * 1024 * 1024 + 1);
    const result = previewRateImportInput.safeParse({ csvText: big });
    expect(result.error?.issues.map((i) => i.message)).toEqual(["The file is larger than 5 MB; split it into smaller files"]);
    expect(confirmRateImportInput.parse({ csvText: "from,to,month,rate\n" })).toEqual({ csvText: "from,to,month,rate\n", fileName: "", monthly: "average", onConflict: "fail" });
  });
});

describe("in Dutch", () => {
  it("translates every message of lib/rates", () => {
    const messages = [
      ...Object.values(RATE_MESSAGES).flatMap((m) => (typeof m === "string" ? [m] : Object.values(m))),
      CONCURRENT_RATE_EDIT_MESSAGE,
      RATE_IMPORT_CONFLICTS_MESSAGE,
      RATE_IMPORT_EMPTY_MESSAGE,
      RATE_IMPORT_INVALID_MESSAGE,
      "This needs the editor role; you are viewer",
    ];
    expect(messages.filter((m) => translateServerMessage(m, "nl") === m)).toEqual([]);
  });

  it.each([
    ["Enter a rate such as 1,0823", "Vul een koers in, zoals 1,0823"],
    ["The rate must be greater than 0", "De koers moet groter zijn dan 0"],
    ["Use at most 10 decimals", "Gebruik hoogstens 10 decimalen"],
    ["Choose two different currencies", "Kies twee verschillende valuta's"],
    [existingRateMessage({ from: "USD", to: "EUR", month: "2026-07", rate: "0.924" }), "USD → EUR heeft voor 2026-07 al een koers: 0,924; vervang die of kies een andere maand"],
    [importConflictMessage({ from: "EUR", to: "USD", period: "2026-07", existing: "1.08", incoming: "1.09" }), "EUR → USD 2026-07: nu 1,08, in het bestand 1,09"],
    [moreConflictsMessage(12), "…en nog 12 maanden met een andere koers"],
    ["EUR → XYZ 2026-07: Use an ISO 4217 currency code such as EUR", "EUR → XYZ 2026-07: Gebruik een ISO 4217-valutacode, zoals EUR"],
  ])("%s", (english, dutch) => {
    expect(translateServerMessage(english, "nl")).toBe(dutch);
  });
});
