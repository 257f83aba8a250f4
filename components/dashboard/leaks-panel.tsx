import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { renderLeakMessage } from "@/lib/leaks/leak-messages";
import { leakActionHref } from "@/lib/dashboard/leak-action";
import { periodOfMonthNumber } from "@/lib/investments/months";
import type { WorkspacePortfolio } from "@/lib/portfolio/workspace-portfolio";
import { LeakLabel } from "./leak-label";
import { LeakReviewForm } from "./leak-review-form";

type Props = { slug: string; leaks: WorkspacePortfolio["leaks"]; canReview: boolean; currentPeriod: string };

/** The open leaks, largest money at stake first (reviewed ones are listed by ReviewedLeaks). */
export function LeaksPanel({ slug, leaks, canReview, currentPeriod }: Props) {
  const t = useTranslations("dashboard");
  const tl = useTranslations("leaks");
  const tc = useTranslations("conversion");
  const locale = useLocale() as UiLocale;
  const { open, openCount, reviewedCount } = leaks;
  if (open.length === 0) return <p className="text-sm text-gray-600">{reviewedCount > 0 ? t("leaksAllReviewed", { hidden: reviewedCount }) : tl("none")}</p>;
  return (
    <div className="space-y-2">
      <ol className="space-y-2" data-testid="leaks-panel">
        {open.map((leak) => (
          <li key={`${leak.investmentId}-${leak.code}-${leak.subject}`} className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm" data-testid="leak">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <span>
                <LeakLabel code={leak.code} /> · {leak.investmentName}
                {leak.kpi ? ` · ${leak.kpi}` : ""}
              </span>
              <span className="text-right font-semibold tabular-nums">
                {tl("atStake", { amount: formatMoney(leak.atStakeMonthly, locale, leak.currency) })}
                {leak.converted ? (
                  <span className="block text-xs font-normal text-gray-700" data-testid="leak-converted">
                    {leak.converted.atStakeMonthly === null
                      ? tc("missing", { period: currentPeriod, from: leak.currency, to: leak.converted.currency })
                      : `≈ ${formatMoney(leak.converted.atStakeMonthly, locale, leak.converted.currency)}${leak.converted.fallback && leak.converted.ratePeriod ? ` (${tc("atLatest", { period: leak.converted.ratePeriod })})` : ""}`}
                  </span>
                ) : null}
              </span>
            </div>
            <p className="mt-1 text-gray-800">{renderLeakMessage(leak, locale, leak.currency)}</p>
            {leak.months.length > 0 ? (
              <p className="mt-1 text-xs text-gray-600">{t("leakMonths", { months: leak.months.map((m) => periodOfMonthNumber(leak.startMonth, m)).join(", ") })}</p>
            ) : null}
            {leak.review ? (
              <p className="mt-1 text-xs text-gray-600" data-testid="leak-reviewed-before">
                {t("reviewedBefore", { by: leak.review.by || "—", date: formatDate(new Date(leak.review.at), locale) })}
              </p>
            ) : null}
            <div className="mt-2 flex flex-wrap items-center gap-3">
              <Link href={leakActionHref(slug, leak.investmentId, leak.code)} className="text-xs font-medium text-blue-700 underline">
                {t("goAct")}
              </Link>
              {canReview ? (
                <LeakReviewForm slug={slug} investmentId={leak.investmentId} code={leak.code} subject={leak.subject} defaultUntil={periodOfMonthNumber(currentPeriod, 4)} />
              ) : null}
            </div>
          </li>
        ))}
      </ol>
      {openCount > open.length ? <p className="text-xs text-gray-600" data-testid="leaks-showing">{t("leaksShowing", { shown: open.length, total: openCount })}</p> : null}
      {reviewedCount > 0 ? <p className="text-xs text-gray-500">{t("leaksHidden", { hidden: reviewedCount })}</p> : null}
    </div>
  );
}
