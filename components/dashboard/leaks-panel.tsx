import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatMoney } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { leakActionHref } from "@/lib/dashboard/leak-action";
import type { VisibleLeak } from "@/lib/dashboard/summarise-investment";
import { periodOfMonthNumber } from "@/lib/investments/months";
import { LeakReviewForm } from "./leak-review-form";

type Props = { slug: string; leaks: VisibleLeak[]; hidden: number; canReview: boolean; currentPeriod: string; startMonths: Record<string, string> };

export function LeaksPanel({ slug, leaks, hidden, canReview, currentPeriod, startMonths }: Props) {
  const t = useTranslations("dashboard");
  const tl = useTranslations("leaks");
  const locale = useLocale() as UiLocale;
  if (leaks.length === 0) return <p className="text-sm text-gray-600">{hidden > 0 ? t("leaksAllReviewed", { hidden }) : tl("none")}</p>;
  return (
    <div className="space-y-2">
      <ol className="space-y-2" data-testid="leaks-panel">
        {leaks.map((leak) => (
          <li key={`${leak.investmentId}-${leak.code}-${leak.kpi ?? ""}`} className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm" data-testid="leak">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <span>
                <strong>{tl(`codes.${leak.code}`)}</strong> · {leak.investmentName}
                {leak.kpi ? ` · ${leak.kpi}` : ""}
              </span>
              <span className="font-semibold tabular-nums">{tl("atStake", { amount: formatMoney(leak.atStakeMonthly, locale, leak.currency) })}</span>
            </div>
            <p className="mt-1 text-gray-800">{leak.message}</p>
            {leak.months.length > 0 ? (
              <p className="mt-1 text-xs text-gray-600">
                {t("leakMonths", { months: leak.months.map((m) => periodOfMonthNumber(startMonths[leak.investmentId] ?? currentPeriod, m)).join(", ") })}
              </p>
            ) : null}
            <div className="mt-2 flex flex-wrap items-center gap-3">
              <Link href={leakActionHref(slug, leak.investmentId, leak.code)} className="text-xs font-medium text-blue-700 underline">
                {t("goAct")}
              </Link>
              {canReview ? (
                <LeakReviewForm slug={slug} investmentId={leak.investmentId} code={leak.code} subject={leak.kpi ?? ""} defaultUntil={periodOfMonthNumber(currentPeriod, 4)} />
              ) : null}
            </div>
          </li>
        ))}
      </ol>
      {hidden > 0 ? <p className="text-xs text-gray-500">{t("leaksHidden", { hidden })}</p> : null}
    </div>
  );
}
