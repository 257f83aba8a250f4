import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { leakActionHref } from "@/lib/dashboard/leak-action";
import type { MonthViewData } from "@/lib/dashboard/month-view";
import { formatMoney, formatPeriod } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { renderLeakMessage } from "@/lib/leaks/leak-messages";
import { MonthSection } from "./month-section";

type Props = { slug: string; period: string; newLeaks: MonthViewData["newLeaks"] };

/** (c) Leaks that appeared this month (absent when evaluating as of the month before). */
export function NewLeaks({ slug, period, newLeaks }: Props) {
  const t = useTranslations("month.newLeaks");
  const tl = useTranslations("leaks");
  const locale = useLocale() as UiLocale;
  const month = formatPeriod(period, locale);
  const { leaks, hidden } = newLeaks;
  return (
    <MonthSection id="month-new-leaks" title={t("title", { month })}>
      <p className="mb-3 text-sm text-gray-600">{t("intro")}</p>
      {leaks.length === 0 ? (
        <p className="text-sm text-gray-700">{t("none", { month })}</p>
      ) : (
        <ul className="space-y-2">
          {leaks.map((leak) => (
            <li key={`${leak.investmentId}-${leak.code}-${leak.kpi ?? ""}`} className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm" data-testid="month-new-leak">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <span>
                  <strong>{tl(`codes.${leak.code}`)}</strong> · {leak.investmentName}
                  {leak.kpi ? ` · ${leak.kpi}` : ""}
                </span>
                <span className="font-semibold tabular-nums">{tl("atStake", { amount: formatMoney(leak.atStakeMonthly, locale, leak.currency) })}</span>
              </div>
              <p className="mt-1 text-gray-800">{renderLeakMessage(leak, locale, leak.currency)}</p>
              {leak.periods.length > 0 ? <p className="mt-1 text-xs text-gray-600">{tl("months", { months: leak.periods.map((p) => formatPeriod(p, locale)).join(", ") })}</p> : null}
              <Link href={leakActionHref(slug, leak.investmentId, leak.code)} className="mt-2 inline-block text-xs font-medium text-blue-700 underline">
                {t("goAct")}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {newLeaks.count > leaks.length ? <p className="mt-2 text-xs text-gray-600" data-testid="month-new-leaks-more">{t("showingLargest", { shown: leaks.length, count: newLeaks.count })}</p> : null}
      {hidden > 0 ? <p className="mt-2 text-xs text-gray-500">{t("hidden", { count: hidden })}</p> : null}
      <Link href={`/w/${slug}`} className="mt-3 inline-block text-sm text-blue-700 underline">
        {t("allLeaks")}
      </Link>
    </MonthSection>
  );
}
