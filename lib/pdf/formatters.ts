// A 50-investment report formats the same amounts, months and percentages thousands of
// times: the PDF remembers each result (same input, same text).
import * as format from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";

const cache = new Map<string, string>();

function remember(key: string, compute: () => string): string {
  let text = cache.get(key);
  if (text === undefined) {
    if (cache.size > 50_000) cache.clear();
    text = compute();
    cache.set(key, text);
  }
  return text;
}

type Value = { toString(): string };

export const formatMoney = (value: Value, locale: UiLocale, currency = "EUR") =>
  remember(`m|${locale}|${currency}|${value}`, () => format.formatMoney(value, locale, currency));
export const formatAmount = (value: Value, locale: UiLocale) =>
  remember(`a2|${locale}|${value}`, () => format.formatAmount(value, locale));
export const formatPercent = (value: Value | null, locale: UiLocale) =>
  remember(`p|${locale}|${value}`, () => format.formatPercent(value, locale));
export const formatNumber = (value: Value, locale: UiLocale) =>
  remember(`n|${locale}|${value}`, () => format.formatNumber(value, locale));
export const formatPeriod = (period: string, locale: UiLocale) =>
  remember(`d|${locale}|${period}`, () => format.formatPeriod(period, locale));
export const formatDateTime = (value: Date, locale: UiLocale) =>
  remember(`t|${locale}|${value.toISOString()}`, () => format.formatDateTime(value, locale));
export const formatDate = (value: Date, locale: UiLocale) =>
  remember(`a|${locale}|${value.toISOString()}`, () => format.formatDate(value, locale));
