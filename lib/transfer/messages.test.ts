import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import nl from "@/lib/i18n/messages/nl.json";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { CSV_ERROR_CODES } from "./csv-errors";
import { RATES_CONFLICT_MESSAGE } from "./import";
import { RATE_SOURCE_MESSAGE, RATE_TWICE_MESSAGE } from "./workspace-format";

const keysOf = (value: unknown, prefix = ""): string[] =>
  typeof value === "object" && value !== null
    ? Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key))
    : [prefix];

const params = { line: 3, field: "x", header: "Kosten", value: "1,2", format: "DD-MM-YYYY", period: "2026-03", first: "2026-01", last: "2027-12", firstLine: 2 };

describe("transfer messages", () => {
  it("has the same keys in English and Dutch", () => {
    expect(keysOf(nl.transfer).sort()).toEqual(keysOf(en.transfer).sort());
  });

  it.each([
    ["en", en],
    ["nl", nl],
  ] as const)("formats every CSV problem in %s", (locale, messages) => {
    const t = createTranslator({ locale, messages, namespace: "transfer.csvErrors" });
    for (const code of [...CSV_ERROR_CODES, "NOT_UTF8_LINE", "MISSING_COLUMN_NAMED", "MONTH_UNREADABLE_FORMAT"]) {
      const text = t(code as "FILE_TOO_LARGE", params);
      expect(text, code).not.toMatch(/transfer\.|\{/);
    }
  });

  it.each([
    ["en", en],
    ["nl", nl],
  ] as const)("formats the plural messages in %s", (locale, messages) => {
    const t = createTranslator({ locale, messages, namespace: "transfer" });
    expect(t("csv.previewCount", { rows: 1, errors: 0 })).toMatch(/1/);
    expect(t("csv.commit", { count: 12 })).toMatch(/12/);
    expect(t("csv.done", { count: 2, created: 1, replaced: 1 })).toMatch(/2/);
    const done = t("page.importWorkspaceDone", { investments: 2, versions: 3, kpis: 2, actuals: 3, exchangeRates: 41 });
    expect(done).toMatch(/2/);
    expect(done).toMatch(/41/);
  });

  it("says every refusal of a workspace file's exchange rates in Dutch", () => {
    for (const message of [RATES_CONFLICT_MESSAGE, RATE_SOURCE_MESSAGE, RATE_TWICE_MESSAGE, "must be 1, 2 or 3 (this app reads versions 1 to 3)", "EUR → USD 2026-02: 1.1 now, 1.09 in the file"]) {
      expect(translateServerMessage(message, "nl"), message).not.toBe(message);
    }
  });
});
