import { useLocale, useTranslations } from "next-intl";
import { formatDate, formatPeriod } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import type { LeakReviewInfo } from "@/lib/portfolio/stored-figures";

/** "Reviewed by X on date: reason (snoozed until …)": who took a leak off the open list, and why. */
export function ReviewNote({ review }: { review: LeakReviewInfo }) {
  const t = useTranslations("dashboard");
  const locale = useLocale() as UiLocale;
  return (
    <>
      {t("reviewNote", {
        by: review.by || "—",
        date: formatDate(new Date(review.at), locale),
        hasReason: review.reason ? "yes" : "no",
        reason: review.reason,
        kind: review.kind,
        until: review.snoozedUntil ? formatPeriod(review.snoozedUntil.slice(0, 7), locale) : "",
      })}
    </>
  );
}
