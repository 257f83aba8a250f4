"use client";

import { useTranslations } from "next-intl";
import { formatMoney } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";

/** The plan's figure for the month, under the actual one it is compared with. */
export function Forecast({
  id,
  value,
  locale,
  currency,
}: {
  id?: string;
  value: number | undefined;
  locale: UiLocale;
  currency: string;
}) {
  const t = useTranslations("actuals");
  return (
    <p id={id} className="mt-1 whitespace-nowrap text-xs text-gray-500">
      {value === undefined ? t("noForecast") : t("forecastOf", { amount: formatMoney(value, locale, currency) })}
    </p>
  );
}
