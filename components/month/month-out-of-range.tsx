import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { MonthRange } from "@/lib/dashboard/month-period";
import { formatPeriod } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { MonthSection } from "./month-section";

type Props = { slug: string; period: string; reason: "before-first" | "after-current"; range: MonthRange };

/** A well-formed month outside the workspace's life: say why, and offer the months that exist. */
export function MonthOutOfRange({ slug, period, reason, range }: Props) {
  const t = useTranslations("month.outOfRange");
  const locale = useLocale() as UiLocale;
  const name = (p: string) => formatPeriod(p, locale);
  const links = reason === "before-first" ? [range.first, range.current] : [range.current, range.first];
  return (
    <MonthSection id="month-out-of-range" title={t("title", { month: name(period) })}>
      <p className="text-sm text-gray-700">
        {reason === "before-first" ? t("beforeFirst", { month: name(period), first: name(range.first) }) : t("afterCurrent", { month: name(period), current: name(range.current) })}
      </p>
      <ul className="mt-3 flex flex-wrap gap-2">
        {[...new Set(links)].map((p) => (
          <li key={p}>
            <Link href={`/w/${slug}/month/${p}`} className="inline-block rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm text-blue-700 hover:bg-gray-50">
              {p === range.current ? t("goCurrent", { month: name(p) }) : t("goFirst", { month: name(p) })}
            </Link>
          </li>
        ))}
      </ul>
    </MonthSection>
  );
}
