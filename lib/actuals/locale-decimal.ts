import Decimal from "decimal.js";
import type { UiLocale } from "@/lib/i18n/locales";

// Numbers typed in the grid are read in the user's own notation and turned into exact
// decimal strings; a JS float never sits in between. Reading is strict on purpose:
// "1.234" means 1234 in Dutch and 1.234 in English, so a separator that does not fit
// the locale is an error rather than a guess.

export type ParsedDecimal = { ok: true; value: string } | { ok: false; reason: "EMPTY" | "FORMAT" };

// A private clone: Prisma may change the global Decimal settings.
const Dec = Decimal.clone({ precision: 40 });

const SEPARATORS: Record<UiLocale, { decimal: string; group: string; example: string }> = {
  nl: { decimal: ",", group: ".", example: "1.234,56" },
  en: { decimal: ".", group: ",", example: "1,234.56" },
};

const escape = (char: string) => char.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const PATTERNS = Object.fromEntries(
  Object.entries(SEPARATORS).map(([locale, { decimal, group }]) => {
    const g = escape(group);
    const d = escape(decimal);
    return [locale, new RegExp(`^(\\d{1,3}(?:${g}\\d{3})+|\\d+)?(?:${d}(\\d+))?$`)];
  }),
) as Record<UiLocale, RegExp>;

const SPACES = /[ \u00a0\u202f\u2009]/g;
const CURRENCY = /[€$£]|\b(?:EUR|USD|GBP)\b/g;

/** "1.234,56" (nl) or "1,234.56" (en) → "1234.56". Currency signs and spaces used as grouping are allowed. */
export function parseLocaleDecimal(text: string, locale: UiLocale): ParsedDecimal {
  if (text.length > 64) return { ok: false, reason: "FORMAT" };
  let rest = text.replace(CURRENCY, "").trim();
  if (rest === "") return text.trim() === "" ? { ok: false, reason: "EMPTY" } : { ok: false, reason: "FORMAT" };
  let negative = false;
  if (/^[-−]/.test(rest)) {
    negative = true;
    rest = rest.slice(1).trim();
  }
  const match = PATTERNS[locale].exec(rest.replace(SPACES, SEPARATORS[locale].group));
  if (!match || (match[1] === undefined && match[2] === undefined)) return { ok: false, reason: "FORMAT" };
  const whole = (match[1] ?? "0")
    .split(SEPARATORS[locale].group)
    .join("")
    .replace(/^0+(?=\d)/, "");
  const value = match[2] === undefined ? whole : `${whole}.${match[2]}`;
  const isZero = /^[0.]+$/.test(value);
  return { ok: true, value: negative && !isZero ? `-${value}` : value };
}

export const numberExample = (locale: UiLocale) => SEPARATORS[locale].example;

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
