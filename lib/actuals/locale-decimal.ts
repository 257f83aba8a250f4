import Decimal from "decimal.js";
import type { UiLocale } from "@/lib/i18n/locales";
import { notationOfLocale, parseDecimalInput, type ParsedDecimal } from "@/lib/shared/decimal-input";

// Numbers typed in the grid are read in the user's own notation and turned into exact
// decimal strings; a JS float never sits in between. Reading is strict on purpose:
// "1.234" means 1234 in Dutch and 1.234 in English, so a separator that does not fit
// the locale is an error rather than a guess.

export type { ParsedDecimal } from "@/lib/shared/decimal-input";

// A private clone: Prisma may change the global Decimal settings.
const Dec = Decimal.clone({ precision: 40 });

const EXAMPLES: Record<UiLocale, string> = { nl: "1.234,56", en: "1,234.56" };

/** "1.234,56" (nl) or "1,234.56" (en) → "1234.56"; read by the app's one decimal reader. */
export const parseLocaleDecimal = (text: string, locale: UiLocale): ParsedDecimal =>
  parseDecimalInput(text, notationOfLocale(locale));

export const numberExample = (locale: UiLocale) => EXAMPLES[locale];

export type DecimalRule = { negative: boolean; decimals: number; fixed: boolean };
/** Money in the grid: never negative, cents, always shown with two decimals. */
export const MONEY: DecimalRule = { negative: false, decimals: 2, fixed: true };
/** KPI values may be negative (e.g. a net promoter score) and finer than cents. */
export const KPI_VALUE: DecimalRule = { negative: true, decimals: 4, fixed: false };

export const LIMIT = new Dec("1e12");
export const DECIMAL_MESSAGES = {
  format: { en: "Enter a number like 1,234.56", nl: "Enter a number like 1.234,56" } as Record<UiLocale, string>,
  negative: "Amounts cannot be negative",
  tooLarge: "This number is too large (at most 1,000,000,000,000)",
  decimals: (places: number) => `Use at most ${places} decimals`,
};

export type ReadDecimal = { ok: true; value: string | null } | { ok: false; message: string };

/**
 * Reads a typed number under a rule; empty gives null (the caller decides whether
 * that is allowed). Money comes back with two decimals ("1234.50").
 */
export function readDecimal(text: string, locale: UiLocale, rule: DecimalRule): ReadDecimal {
  const parsed = parseLocaleDecimal(text, locale);
  if (!parsed.ok)
    return parsed.reason === "EMPTY"
      ? { ok: true, value: null }
      : { ok: false, message: DECIMAL_MESSAGES.format[locale] };
  const value = new Dec(parsed.value);
  if (value.isNegative() && !rule.negative) return { ok: false, message: DECIMAL_MESSAGES.negative };
  if (value.abs().greaterThan(LIMIT)) return { ok: false, message: DECIMAL_MESSAGES.tooLarge };
  if (value.decimalPlaces() > rule.decimals) return { ok: false, message: DECIMAL_MESSAGES.decimals(rule.decimals) };
  return { ok: true, value: rule.fixed ? value.toFixed(rule.decimals) : value.toFixed() };
}
