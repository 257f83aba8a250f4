import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, negotiateLocale, toUiLocale } from "./locales";

describe("negotiateLocale", () => {
  it.each([
    ["nl-NL,nl;q=0.9,en;q=0.8", "nl"],
    ["en-US,en;q=0.9,nl;q=0.8", "en"],
    // q-values decide, not the order in the header.
    ["en;q=0.5, nl;q=0.9", "nl"],
    ["de-DE,de;q=0.9,en;q=0.7,nl;q=0.8", "nl"],
    ["fr, en-GB;q=0.3", "en"],
    ["nl-BE", "nl"],
    ["NL", "nl"],
    // q=0 means "not acceptable".
    ["nl;q=0, en;q=0.1", "en"],
    ["de, fr;q=0.8", "en"],
    ["*", "en"],
    ["", "en"],
    ["garbage;;;q=x", "en"],
  ])("%j → %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });

  it("falls back to English without a header", () => {
    expect(DEFAULT_LOCALE).toBe("en");
    expect(negotiateLocale(null)).toBe("en");
    expect(negotiateLocale(undefined)).toBe("en");
  });

  it("keeps header order between equal q-values", () => {
    expect(negotiateLocale("nl;q=0.8, en;q=0.8")).toBe("nl");
    expect(negotiateLocale("en;q=0.8, nl;q=0.8")).toBe("en");
  });
});

describe("toUiLocale", () => {
  it.each([
    ["nl", "nl"],
    ["nl-NL", "nl"],
    ["nl_BE", "nl"],
    [" EN-gb ", "en"],
    ["en", "en"],
    ["de", null],
    ["", null],
    [null, null],
    [undefined, null],
    ["english", null],
  ])("%j → %j", (value, expected) => {
    expect(toUiLocale(value)).toBe(expected);
  });
});
