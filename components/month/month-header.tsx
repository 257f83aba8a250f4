import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatPeriod } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";

type Props = { slug: string; period: string; previous: string | null; next: string | null; current: string; showIntro?: boolean };

/** The month's name and the way to the month before and after. */
export function MonthHeader({ slug, period, previous, next, current, showIntro = true }: Props) {
  const t = useTranslations("month");
  const locale = useLocale() as UiLocale;
  const href = (p: string) => `/w/${slug}/month/${p}`;
  const link = "rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm text-blue-700 hover:bg-gray-50";
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
        {period !== current ? (
          <Link href={href(current)} className={link}>
            {t("nav.current")}
          </Link>
        ) : null}
        {next ? (
          <Link href={href(next)} rel="next" className={link} aria-label={t("nav.nextLabel", { month: formatPeriod(next, locale) })}>
            {formatPeriod(next, locale)} →
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
