import { formatMoney, formatNumber } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";

// Changes carry an explicit sign, so "+€120.00" cannot be read as a level.
const plus = (value: number | string, text: string) => (Number(value) > 0 ? `+${text}` : text);

export const signedMoney = (value: number, locale: UiLocale, currency: string) => plus(value, formatMoney(value, locale, currency));
export const signedNumber = (value: number | string, locale: UiLocale, places = 2) => plus(value, formatNumber(value, locale, places));
