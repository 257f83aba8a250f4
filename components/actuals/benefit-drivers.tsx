import { useTranslations } from "next-intl";
import { formatMoney, formatPeriod } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";

type Props = { drivers: Record<string, string> | null | undefined; period: string; locale: UiLocale; currency: string };

/** A recorded month's benefit per driver, under its benefit (read-only table row and phone card). */
export function BenefitDrivers({ drivers, period, locale, currency }: Props) {
  const t = useTranslations("actuals");
  const entries = drivers ? Object.entries(drivers) : [];
  if (entries.length === 0) return null;
  return (
    <ul className="mt-1 text-xs text-gray-500" aria-label={t("driversOf", { month: formatPeriod(period, locale) })}>
      {entries.map(([label, amount]) => (
        <li key={label}>
          {label}: {formatMoney(amount, locale, currency)}
        </li>
      ))}
    </ul>
  );
}
