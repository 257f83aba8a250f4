import { useLocale, useTranslations } from "next-intl";
import { formatSignedPercent } from "@/lib/accuracy/format";
import { FEW_OBSERVATIONS, type AccuracySummary } from "@/lib/accuracy/summary";
import type { VersionAccuracy } from "@/lib/accuracy/version-accuracy";
import { formatPercent } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";

/** Bias and MAPE of a summary as two labelled figures, with n and a caution when n is small. */
export function AccuracyHeadline({ summary }: { summary: AccuracySummary }) {
  const t = useTranslations("accuracy");
  const locale = useLocale() as UiLocale;
  return (
    <div className="space-y-3" data-testid="accuracy-headline">
      <dl className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <div>
          <dt className="text-sm text-gray-600">{t("bias")}</dt>
          <dd className="text-2xl font-semibold tabular-nums">{formatSignedPercent(summary.biasPct, locale)}</dd>
          <dd className="text-xs text-gray-600">{t("biasHelp")}</dd>
        </div>
        <div>
          <dt className="text-sm text-gray-600">{t("mape")} ({t("mapeShort")})</dt>
          <dd className="text-2xl font-semibold tabular-nums">{formatPercent(summary.mapePct, locale)}</dd>
          <dd className="text-xs text-gray-600">{t("mapeHelp")}</dd>
        </div>
        <div>
          <dt className="text-sm text-gray-600">n</dt>
          <dd className="text-2xl font-semibold tabular-nums">{summary.n}</dd>
          <dd className="text-xs text-gray-600">{t("observations", { count: summary.n })}</dd>
        </div>
      </dl>
      {summary.n > 0 && summary.n < FEW_OBSERVATIONS ? (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900" role="note">{t("fewObservations", { count: summary.n })}</p>
      ) : null}
      {summary.notMeasurable > 0 ? <p className="text-xs text-gray-600">{t("notMeasurable", { count: summary.notMeasurable })}</p> : null}
    </div>
  );
}

/** A compact cell: "Bias +8.80% · MAPE 31.55%" and "n = 4" (or that nothing is measurable yet). */
export function AccuracyCell({ summary }: { summary: AccuracySummary }) {
  const t = useTranslations("accuracy");
  const locale = useLocale() as UiLocale;
  if (summary.n === 0) return <span className="text-gray-500">{t("overviewNone")}</span>;
  return (
    <span data-testid="accuracy-cell">
      {t("overviewCell", { bias: formatSignedPercent(summary.biasPct, locale), mape: formatPercent(summary.mapePct, locale) })}
      <span className="block text-xs text-gray-500">{t("overviewN", { count: summary.n })}</span>
    </span>
  );
}

/** One plan version's error with its direction in words (never colour alone), or why there is none. */
export function VersionError({ errorPct, gap }: Pick<VersionAccuracy, "errorPct" | "gap">) {
  const t = useTranslations("accuracy");
  const locale = useLocale() as UiLocale;
  if (errorPct === null) return <span className="text-gray-500">{gap ? t(`gap.${gap}`) : "—"}</span>;
  return (
    <span>
      <span className="tabular-nums">{formatSignedPercent(errorPct, locale)}</span>
      {errorPct !== 0 ? <span className="block text-xs text-gray-500">{t(errorPct > 0 ? "aboveForecast" : "belowForecast")}</span> : null}
    </span>
  );
}
