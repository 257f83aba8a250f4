import { useLocale, useTranslations } from "next-intl";
import { LeakLabel } from "@/components/dashboard/leak-label";
import { ReviewedLeaks } from "@/components/dashboard/reviewed-leaks";
import { formatMoney } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { renderLeakMessage } from "@/lib/leaks/leak-messages";
import type { PortfolioLeak } from "@/lib/portfolio/stored-figures";

type Leaks = { open: PortfolioLeak[]; openCount: number; reviewed: PortfolioLeak[]; reviewedCount: number };

/**
 * Leaks for stakeholders: the open ones, then the reviewed ones marked with who reviewed
 * them and why. In percentages-only mode without amounts (the leak's sentence names amounts).
 */
export function SharedLeaks({ leaks, percentOnly }: { leaks: Leaks; percentOnly: boolean }) {
  const t = useTranslations("leaks");
  const td = useTranslations("dashboard");
  const locale = useLocale() as UiLocale;
  const { open, openCount, reviewed, reviewedCount } = leaks;
  if (open.length === 0 && reviewed.length === 0) return <p className="text-sm text-gray-600">{t("none")}</p>;
  return (
    <div className="space-y-6">
      {open.length === 0 ? (
        <p className="text-sm text-gray-600">{td("leaksAllReviewed", { hidden: reviewedCount })}</p>
      ) : (
        <div className="space-y-2">
          <ul className="space-y-2" data-testid="shared-leaks">
            {open.map((leak) => (
              <li key={`${leak.investmentId}-${leak.code}-${leak.subject}`} className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm">
                <LeakLabel code={leak.code} /> · {leak.investmentName}
                {leak.kpi ? ` · ${leak.kpi}` : ""}
                {percentOnly ? null : (
                  <>
                    <span className="mt-1 block font-medium tabular-nums sm:float-right sm:mt-0 sm:font-normal">{t("atStake", { amount: formatMoney(leak.atStakeMonthly, locale, leak.currency) })}</span>
                    <p className="mt-1 text-gray-800">{renderLeakMessage(leak, locale, leak.currency)}</p>
                  </>
                )}
              </li>
            ))}
          </ul>
          {openCount > open.length ? <p className="text-xs text-gray-600">{td("leaksShowing", { shown: open.length, total: openCount })}</p> : null}
        </div>
      )}
      <ReviewedLeaks leaks={reviewed} count={reviewedCount} percentOnly={percentOnly} />
    </div>
  );
}
