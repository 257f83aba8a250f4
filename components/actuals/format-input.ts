import { roundHalfUp } from "@/lib/i18n/format";
import { FORMAT_LOCALE, type UiLocale } from "@/lib/i18n/locales";

// Intl formats a decimal *string* exactly; the cast only tells TypeScript so.
type ExactFormat = { format(value: string): string };

/**
 * A stored decimal string as the user types numbers in their locale ("1234.5" →
 * "1.234,50" in Dutch), so an untouched cell reads back to the same value.
 */
export function decimalForInput(
  value: string | null | undefined,
  locale: UiLocale,
  places: { min: number; max: number },
): string {
  if (value === null || value === undefined || value === "") return "";
  const nf = new Intl.NumberFormat(FORMAT_LOCALE[locale], {
    minimumFractionDigits: places.min,
    maximumFractionDigits: places.max,
  });
  return (nf as unknown as ExactFormat).format(roundHalfUp(value, places.max));
}

export const moneyForInput = (value: string | null | undefined, locale: UiLocale) =>
  decimalForInput(value, locale, { min: 2, max: 2 });
export const kpiForInput = (value: string | null | undefined, locale: UiLocale) =>
  decimalForInput(value, locale, { min: 0, max: 4 });
