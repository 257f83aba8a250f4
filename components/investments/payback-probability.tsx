import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import { formatMoney, formatNumber, formatPercent } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import type { SimulationResult } from "@/lib/roi";
import { ScrollRegion, stickyCell } from "@/components/ui/scroll-region";

type Props = {
  simulation: SimulationResult | null;
  currency: string;
  /** The plan editor, where ranges are added; null when the reader may not edit. */
  editHref?: string | null;
  /** Only the probability, no percentile table (the live forecast's narrow panel). */
  compact?: boolean;
  hideAmounts?: boolean;
};

/** The seeded simulation: probability of payback and P10/P50/P90 of ROI and NPV, labelled as an estimate. */
export function PaybackProbability({ simulation, currency, editHref = null, compact = false, hideAmounts = false }: Props) {
  const t = useTranslations("risk");
  const locale = useLocale() as UiLocale;
  const headingId = useId();
  const heading = compact ? (
    <h3 id={headingId} className="text-xs font-semibold text-gray-700">{t("simulationTitle")}</h3>
  ) : (
    <h3 id={headingId} className="text-sm font-semibold">{t("simulationTitle")}</h3>
  );
  if (!simulation) {
    return (
      <section aria-labelledby={headingId} className="space-y-1" data-testid="payback-probability">
        {heading}
        <p className="text-xs text-gray-600">{t("noRanges")}</p>
        {editHref ? (
          <Link href={editHref} className="text-xs text-blue-700 underline">
            {t("editPlan")}
          </Link>
        ) : null}
      </section>
    );
  }
  const money = (value: number | null) => (value === null ? t("unavailable") : formatMoney(value, locale, currency));
  const pct = (value: number | null) => (value === null ? t("unavailable") : formatPercent(value, locale));
  return (
    <section aria-labelledby={headingId} className="space-y-2" data-testid="payback-probability">
      {heading}
      <p className="text-sm">
        {t("paybackProbability")}: <strong className="tabular-nums" data-testid="payback-probability-value">{formatPercent(simulation.paybackProbabilityPct, locale)}</strong>
      </p>
      <p className="text-xs text-gray-600">{t("estimate", { draws: formatNumber(simulation.draws, locale, 0), seed: simulation.seed, items: simulation.rangedItems })}</p>
      {compact ? null : (
        <div>
          <ScrollRegion label={t("percentilesCaption")}>
            <table className="min-w-full text-left text-sm" data-testid="percentiles-table">
              <caption className="pb-1 text-left text-xs font-semibold text-gray-600">{t("percentilesCaption")}</caption>
              <thead className="border-b text-xs uppercase text-gray-500">
                <tr>
                  <th scope="col" className={`py-1 pr-3 ${stickyCell()}`}>{t("figure")}</th>
                  <th scope="col" className="py-1 pr-3 text-right">{t("p10")}</th>
                  <th scope="col" className="py-1 pr-3 text-right">{t("p50")}</th>
                  <th scope="col" className="py-1 text-right">{t("p90")}</th>
                </tr>
              </thead>
              <tbody>
                <tr className="border-b">
                  <th scope="row" className={`py-1 pr-3 font-normal ${stickyCell()}`}>{t("roi")}</th>
                  <td className="py-1 pr-3 text-right tabular-nums">{pct(simulation.roiPct.p10)}</td>
                  <td className="py-1 pr-3 text-right tabular-nums">{pct(simulation.roiPct.p50)}</td>
                  <td className="py-1 text-right tabular-nums">{pct(simulation.roiPct.p90)}</td>
                </tr>
                {hideAmounts ? null : (
                  <tr>
                    <th scope="row" className={`py-1 pr-3 font-normal ${stickyCell()}`}>{t("npv")}</th>
                    <td className="py-1 pr-3 text-right tabular-nums">{money(simulation.npv.p10)}</td>
                    <td className="py-1 pr-3 text-right tabular-nums">{money(simulation.npv.p50)}</td>
                    <td className="py-1 text-right tabular-nums">{money(simulation.npv.p90)}</td>
                  </tr>
                )}
              </tbody>
            </table>
          </ScrollRegion>
          <p className="mt-1 text-xs text-gray-500">{t("percentilesNote")}</p>
        </div>
      )}
    </section>
  );
}
