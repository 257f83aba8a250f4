import { formatPercent } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";

/** An error or bias in %, with its sign spelled out (+12.50% = the forecast ran above). */
export function formatSignedPercent(value: number | null, locale: UiLocale): string {
  if (value === null) return "—";
  return value > 0 ? `+${formatPercent(value, locale)}` : formatPercent(value, locale);
}
