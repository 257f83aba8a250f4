import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { previousPeriodOf } from "@/lib/dashboard/month-period";
import { formatPeriod } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";

type Props = {
  slug: string;
  period: string;
  previous: string | null;
  next: string | null;
  current: string;
  /** The workspace's first month; the last complete month is offered only from there on. */
  first?: string;
  showIntro?: boolean;
};

const link = "rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm text-blue-700 hover:bg-gray-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2";
// The shown month is marked by weight and a thicker border too, not by colour alone.
const shownLink = "rounded-md border-2 border-gray-900 bg-gray-100 px-3 py-1.5 text-sm font-semibold text-gray-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2";

/** The month's name, the way to the month before and after, and straight to the last complete and the current month. */
export function MonthHeader({ slug, period, previous, next, current, first, showIntro = true }: Props) {
  const t = useTranslations("month");
  const locale = useLocale() as UiLocale;
  const href = (p: string) => `/w/${slug}/month/${p}`;
  const lastComplete = previousPeriodOf(current);
  // "YYYY-MM" strings compare in calendar order.
  const offerLastComplete = first === undefined || lastComplete >= first;
  const shortcut = (target: string, label: string) => (
    <Link href={href(target)} className={target === period ? shownLink : link} aria-current={target === period ? "date" : undefined}>
      {label}
    </Link>
  );
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div>
        <h2 className="text-xl font-semibold text-gray-900">{t("title", { month: formatPeriod(period, locale) })}</h2>
        {showIntro ? <p className="mt-1 text-sm text-gray-600">{period === current ? t("introCurrent") : t("introPast")}</p> : null}
      </div>
      <nav aria-label={t("nav.label")} className="flex flex-wrap gap-2">
        {previous ? (
          <Link href={href(previous)} rel="prev" className={link} aria-label={t("nav.previousLabel", { month: formatPeriod(previous, locale) })}>
            ← {formatPeriod(previous, locale)}
          </Link>
        ) : null}
        {offerLastComplete ? shortcut(lastComplete, t("nav.lastComplete", { month: formatPeriod(lastComplete, locale) })) : null}
        {shortcut(current, t("nav.currentMonth", { month: formatPeriod(current, locale) }))}
        {next ? (
          <Link href={href(next)} rel="next" className={link} aria-label={t("nav.nextLabel", { month: formatPeriod(next, locale) })}>
            {formatPeriod(next, locale)} →
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
