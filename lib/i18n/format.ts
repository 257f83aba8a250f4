import Decimal from "decimal.js";
import { minorUnitOf } from "@/lib/shared/currencies";
import { FORMAT_LOCALE, type UiLocale } from "./locales";

type DecimalLike = Decimal.Value | { toString(): string };

const HalfUp = Decimal.clone({ rounding: Decimal.ROUND_HALF_UP, precision: 40 });

/** Rounds half-up (away from zero) to `places` decimals, exactly, as a string. */
export function roundHalfUp(value: DecimalLike, places = 2): string {
  const rounded = new HalfUp(value.toString()).toDecimalPlaces(places, HalfUp.ROUND_HALF_UP);
  // -0.004 rounds to zero; showing "-€0.00" would suggest a loss that isn't there.
  return (rounded.isZero() ? rounded.abs() : rounded).toFixed(places);
}

// Intl formats a decimal *string* exactly (no float conversion); the value is already
// rounded, so Intl only adds grouping, symbol and sign.
type ExactFormat = { format(value: string): string };
const exact = (nf: Intl.NumberFormat) => nf as unknown as ExactFormat;

// Building an Intl formatter costs far more than using one; they are immutable, so each
// locale and option set is built once per process.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
// Money in English is written the American way ($1,234.56, CA$, €, £); en-GB would write
// US$1,234.56. Grouping and decimals are the same in both.
const MONEY_LOCALE: Record<UiLocale, string> = { ...FORMAT_LOCALE, en: "en-US" };
function numberFormat(locale: UiLocale, options: Intl.NumberFormatOptions): ExactFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let nf = formatters.get(key) as Intl.NumberFormat | undefined;
  const tag = options.style === "currency" ? MONEY_LOCALE[locale] : FORMAT_LOCALE[locale];
  if (nf === undefined) formatters.set(key, (nf = new Intl.NumberFormat(tag, options)));
  return exact(nf);
}
function dateFormat(locale: UiLocale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let df = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (df === undefined) formatters.set(key, (df = new Intl.DateTimeFormat(FORMAT_LOCALE[locale], options)));
  return df;
}

/**
 * nl: € 1.234,56 · US$ 1.234,56 · en: €1,234.56 · $1,234.56; rounded half-up to the
 * currency's minor unit (JPY: ¥1,235).
 */
export function formatMoney(value: DecimalLike, locale: UiLocale, currency = "EUR"): string {
  const places = minorUnitOf(currency);
  const nf = numberFormat(locale, { style: "currency", currency, minimumFractionDigits: places, maximumFractionDigits: places });
  return nf.format(roundHalfUp(value, places));
}

/** The value is a percentage already (83.33 → "83,33%" in nl). */
export function formatPercent(value: DecimalLike | null, locale: UiLocale): string {
  if (value === null) return "—";
  const nf = numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${nf.format(roundHalfUp(value, 2))}%`;
}

/** An amount without currency symbol, with the currency's minor unit (default cents): nl 1.234,50 · en 1,234.50 (table columns name the currency once). */
export function formatAmount(value: DecimalLike, locale: UiLocale, currency?: string): string {
  const places = currency ? minorUnitOf(currency) : 2;
  const nf = numberFormat(locale, { minimumFractionDigits: places, maximumFractionDigits: places });
  return nf.format(roundHalfUp(value, places));
}

export function formatNumber(value: DecimalLike, locale: UiLocale, places = 2): string {
  const nf = numberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: places });
  return nf.format(roundHalfUp(value, places));
}

export function formatDate(value: Date, locale: UiLocale, style: "short" | "long" = "short"): string {
  return dateFormat(locale, { dateStyle: style === "short" ? "medium" : "long", timeZone: "Europe/Amsterdam" }).format(value);
}

export function formatDateTime(value: Date, locale: UiLocale): string {
  return dateFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Amsterdam" }).format(value);
}

/** "2026-03" → "maart 2026" / "March 2026". */
export function formatPeriod(period: string, locale: UiLocale): string {
  const [year, month] = period.split("-").map((part) => Number.parseInt(part, 10));
  return dateFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(year, month - 1, 1)));
}
