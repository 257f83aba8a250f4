import { useLocale, useTranslations } from "next-intl";
import { formatMoney } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import type { VisibleLeak } from "@/lib/dashboard/summarise-investment";

/** Leaks for stakeholders: in percentages-only mode without euros (the engine's message names amounts). */
export function SharedLeaks({ leaks, percentOnly }: { leaks: VisibleLeak[]; percentOnly: boolean }) {
  const t = useTranslations("leaks");
  const locale = useLocale() as UiLocale;
  if (leaks.length === 0) return <p className="text-sm text-gray-600">{t("none")}</p>;
  return (
    <ul className="space-y-2" data-testid="shared-leaks">
      {leaks.map((leak) => (
        <li key={`${leak.investmentId}-${leak.code}-${leak.kpi ?? ""}`} className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm">
          <strong>{t(`codes.${leak.code}`)}</strong> · {leak.investmentName}
          {percentOnly ? null : (
            <>
              <span className="float-right tabular-nums">{t("atStake", { amount: formatMoney(leak.atStakeMonthly, locale, leak.currency) })}</span>
              <p className="mt-1 text-gray-800">{leak.message}</p>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
