import { useLocale, useTranslations } from "next-intl";
import { formatMoney } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import type { PortfolioLeak } from "@/lib/portfolio/stored-figures";
import { LeakLabel } from "./leak-label";
import { ReviewNote } from "./review-note";
import { UndoReviewButton } from "./undo-review-button";

type Props = {
  leaks: PortfolioLeak[];
  /** How many reviewed leaks there are (the list may be cut off). */
  count: number;
  percentOnly?: boolean;
  /** The workspace to undo reviews in; absent: read-only (viewers, share links). */
  undoIn?: string | null;
};

/** Leaks someone reviewed: still listed, with who, when, why and until when, never silently dropped. */
export function ReviewedLeaks({ leaks, count, percentOnly = false, undoIn = null }: Props) {
  const t = useTranslations("dashboard");
  const tl = useTranslations("leaks");
  const locale = useLocale() as UiLocale;
  if (leaks.length === 0) return null;
  return (
    <section className="space-y-2" aria-labelledby="reviewed-leaks-title">
      <h3 id="reviewed-leaks-title" className="text-sm font-semibold text-gray-900">
        {t("reviewedTitle")}
      </h3>
      <p className="text-xs text-gray-600">{t("reviewedHint")}</p>
      <ul className="space-y-2" data-testid="reviewed-leaks">
        {leaks.map((leak) => (
          <li key={`${leak.investmentId}-${leak.code}-${leak.subject}`} className="rounded-md border border-gray-200 bg-gray-50 p-3 text-sm" data-testid="reviewed-leak">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <span>
                <LeakLabel code={leak.code} reviewed /> · {leak.investmentName}
                {leak.kpi ? ` · ${leak.kpi}` : ""}
              </span>
              {percentOnly ? null : <span className="tabular-nums text-gray-700">{tl("atStake", { amount: formatMoney(leak.atStakeMonthly, locale, leak.currency) })}</span>}
            </div>
            {leak.review ? (
              <p className="mt-1 text-gray-700" data-testid="review-note">
                <ReviewNote review={leak.review} />
              </p>
            ) : null}
            {undoIn && leak.review ? (
              <div className="mt-2">
                <UndoReviewButton slug={undoIn} reviewId={leak.review.id} />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {count > leaks.length ? <p className="text-xs text-gray-600">{t("reviewedShowing", { shown: leaks.length, total: count })}</p> : null}
    </section>
  );
}
