import { useLocale, useTranslations } from "next-intl";
import { formatMoney, formatNumber, formatPercent, formatPeriod } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { discountedRowsOf, type IrrView } from "@/lib/investments/discounted-figures";
import type { RoiResult } from "@/lib/roi";
import { ScrollRegion, stickyCell } from "@/components/ui/scroll-region";

/**
 * NPV at the rate used, IRR and discounted payback per scenario, each with its formula in
 * words and the rate's source. `hideAmounts` (a percentages-only share link) drops the NPV.
 */
export function DiscountedFigures({ result, hideAmounts = false }: { result: RoiResult; hideAmounts?: boolean }) {
  const t = useTranslations("discounted");
  const tForecast = useTranslations("forecast");
  const locale = useLocale() as UiLocale;
  const rows = discountedRowsOf(result);
  if (rows.length === 0) return null;
  const rate = `${formatNumber(result.discountRatePct, locale)}%`;
  // Without an IRR the cell says so in a word; why is said once under the table, per reason.
  const irrText = (irr: IrrView) => (irr.kind === "rate" ? formatPercent(irr.pct, locale) : t(`irrShort.${irr.reason}`));
  const reasonOf = (irr: IrrView) =>
    irr.kind === "rate"
      ? null
      : t(`irrNone.${irr.reason}`, { roots: irr.rootsPct.map((pct) => formatPercent(pct, locale)).join(locale === "nl" ? " en " : " and ") });
  const irrNotes = new Map<string, string[]>();
  for (const row of rows) {
    const reason = reasonOf(row.irr);
    if (reason !== null) irrNotes.set(reason, [...(irrNotes.get(reason) ?? []), tForecast(`scenarios.${row.scenario}`)]);
  }
  return (
    <div className="space-y-2" data-testid="discounted-figures">
      <ScrollRegion label={t("caption")}>
        <table className="min-w-full text-left text-sm">
          <caption className="pb-1 text-left text-xs font-semibold text-gray-600">{t("caption")}</caption>
          <thead className="border-b text-xs uppercase text-gray-500">
            <tr>
              <th scope="col" className={`py-1 pr-3 ${stickyCell()}`}>{t("scenario")}</th>
              {hideAmounts ? null : <th scope="col" className="py-1 pr-3 text-right">{t("npvAt", { rate })}</th>}
              <th scope="col" className="py-1 pr-3 text-right">{t("irr")}</th>
              <th scope="col" className="py-1 text-right">{t("discountedPayback")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.scenario} className="border-b last:border-0" data-testid={`discounted-${row.scenario}`}>
                <th scope="row" className={`py-1 pr-3 font-medium ${stickyCell()}`}>{tForecast(`scenarios.${row.scenario}`)}</th>
                {hideAmounts ? null : <td className="py-1 pr-3 text-right tabular-nums">{formatMoney(row.npv, locale, result.currency)}</td>}
                <td className="py-1 pr-3 text-right tabular-nums">{irrText(row.irr)}</td>
                <td className="py-1 text-right">
                  {row.discountedPayback
                    ? t("paybackAt", { period: formatPeriod(row.discountedPayback.period, locale), month: row.discountedPayback.month })
                    : t("noDiscountedPayback")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <div className="space-y-1 text-xs text-gray-600" data-testid="discounted-formulas">
        {[...irrNotes].map(([reason, scenarios]) => (
          <p key={reason} data-testid="irr-note">
            {t("irrNoteLine", { scenarios: scenarios.join(", "), reason })}
          </p>
        ))}
        <p>{t("rateLine", { rate, source: t(`rateSources.${result.discountRateSource}`) })}</p>
        {hideAmounts ? null : <p>{t("npvFormula")}</p>}
        <p>{t("irrFormula")}</p>
        <p>{t("discountedPaybackFormula")}</p>
      </div>
    </div>
  );
}
