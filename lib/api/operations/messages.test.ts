import { describe, expect, it } from "vitest";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { INVALID_CURSOR_MESSAGE } from "../cursor";
import { keptFieldMessage } from "./investments";
import { ACTUALS_NOT_WRITTEN_MESSAGE, CATEGORY_MESSAGE, FORMAT_V1_ONLY_MESSAGE, KPIS_NOT_WRITTEN_MESSAGE } from "./plan-input";
import { INVESTMENT_ID_REQUIRED_MESSAGE, INVESTMENT_ID_UNEXPECTED_MESSAGE, REPORT_KIND_MESSAGE, REPORT_LOCALE_MESSAGE, REPORT_SCENARIO_MESSAGE } from "./reports";
import {
  duplicateRateMessage,
  existingRateApiMessage,
  IF_MATCH_RATE_MESSAGE,
  NO_RATE_YET_MESSAGE,
  NO_RATES_MESSAGE,
  ON_CONFLICT_MESSAGE,
  RATE_BATCH_CONFLICT_MESSAGE,
  RATE_TEXT_MESSAGE,
  rateRequiredMessage,
  SAME_CURRENCY_MESSAGE,
  staleRateMessage,
  TOO_MANY_RATES_MESSAGE,
  YEAR_MESSAGE,
} from "./exchange-rates";

// Every refusal these operations word themselves reaches a Dutch reader in Dutch.
describe("the investments, portfolio, reports and exchange-rate operations' messages", () => {
  it.each([
    INVALID_CURSOR_MESSAGE,
    FORMAT_V1_ONLY_MESSAGE,
    CATEGORY_MESSAGE,
    KPIS_NOT_WRITTEN_MESSAGE,
    ACTUALS_NOT_WRITTEN_MESSAGE,
    REPORT_KIND_MESSAGE,
    REPORT_LOCALE_MESSAGE,
    REPORT_SCENARIO_MESSAGE,
    INVESTMENT_ID_REQUIRED_MESSAGE,
    INVESTMENT_ID_UNEXPECTED_MESSAGE,
    keptFieldMessage("EUR"),
    keptFieldMessage(24),
    "must be a whole number from 1 to 100",
    "must be true or false",
    "An investment cannot go from approved to completed",
    "Give a reason for changing an approved plan",
    "period: the last month 2026-07 is after the current month 2026-06",
    RATE_TEXT_MESSAGE,
    SAME_CURRENCY_MESSAGE,
    RATE_BATCH_CONFLICT_MESSAGE,
    IF_MATCH_RATE_MESSAGE,
    NO_RATE_YET_MESSAGE,
    NO_RATES_MESSAGE,
    ON_CONFLICT_MESSAGE,
    TOO_MANY_RATES_MESSAGE,
    YEAR_MESSAGE,
    duplicateRateMessage(3),
    existingRateApiMessage({ from: "USD", to: "EUR", period: "2026-07", existing: "0.9234" }),
    rateRequiredMessage({ from: "USD", to: "EUR", month: "2026-07" }, "0.9234"),
    staleRateMessage("0.9234"),
  ])("%s", (message) => {
    const dutch = translateServerMessage(message, "nl");
    expect(dutch).not.toBe(message);
    expect(translateServerMessage(message, "en")).toBe(message);
  });

  it("keeps values in the Dutch wording", () => {
    expect(translateServerMessage(keptFieldMessage("EUR"), "nl")).toBe('moet "EUR" zijn, zoals de investering het heeft; deze bewerking wijzigt alleen het plan');
    expect(translateServerMessage("must be a whole number from 1 to 500", "nl")).toBe("moet een geheel getal van 1 tot en met 500 zijn");
  });
});
