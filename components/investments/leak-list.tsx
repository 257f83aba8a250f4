import { useLocale, useTranslations } from "next-intl";
import { formatMoney } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { renderLeakMessage } from "@/lib/leaks/leak-messages";
import type { Leak } from "@/lib/roi";
import { LeakLabel } from "@/components/dashboard/leak-label";

export function LeakList({ leaks, currency }: { leaks: Leak[]; currency: string }) {
  const t = useTranslations("leaks");
  const locale = useLocale() as UiLocale;
  if (leaks.length === 0) return <p className="text-sm text-gray-600">{t("none")}</p>;
  return (
    <ul className="space-y-2">
      {leaks.map((leak) => (
        <li key={`${leak.code}-${leak.kpi ?? ""}`} className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm" data-testid={`leak-${leak.code}`}>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <LeakLabel code={leak.code} />
            <span className="tabular-nums">{t("atStake", { amount: formatMoney(leak.atStakeMonthly, locale, currency) })}</span>
          </div>
          <p className="mt-1 text-gray-800">{renderLeakMessage(leak, locale, currency)}</p>
          {leak.months.length > 0 ? <p className="mt-1 text-xs text-gray-600">{t("months", { months: leak.months.join(", ") })}</p> : null}
        </li>
      ))}
    </ul>
  );
}
