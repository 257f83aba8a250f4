import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { addRateHref, ConversionNotice } from "@/components/currency/conversion-notice";
import { ScrollRegion, stickyCell } from "@/components/ui/scroll-region";
import { formatMoney, formatNumber, formatPercent, formatPeriod } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import type { ConversionFigures, InvestmentConversionView, MonthRate } from "@/lib/portfolio/investment-conversion";

type Props = {
  view: InvestmentConversionView;
  /** The workspace, for "add this rate" links (null on a share link). */
  slug: string | null;
  /** Owners and editors get a link to add a missing rate; everyone else the text only. */
  canEdit: boolean;
  /** Share links that show percentages only: no amounts, no month table. */
  percentOnly?: boolean;
};

type FigureRow = { id: string; label: string; money: boolean; value: (f: ConversionFigures) => number | null };

/**
 * An investment in another currency than its workspace's reporting currency: its headline
 * figures in its own currency beside the reporting currency's, and every month with the
 * rate it was converted at (investment-conversion.ts computes them; this only formats).
 */
export function ReportingCurrencyFigures({ view, slug, canEdit, percentOnly = false }: Props) {
  const t = useTranslations("investmentCurrency");
  const tc = useTranslations("conversion");
  const locale = useLocale() as UiLocale;
  const all: FigureRow[] = [
    { id: "invested", label: t("invested"), money: true, value: (f) => f.invested },
    { id: "realised", label: t("realised"), money: true, value: (f) => f.realised },
    { id: "net", label: t("net"), money: true, value: (f) => f.net },
    { id: "actual-roi", label: t("actualRoi"), money: false, value: (f) => f.actualRoiPct },
    { id: "forecast-cost", label: t("forecastCost"), money: true, value: (f) => f.forecastCost },
    { id: "forecast-benefit", label: t("forecastBenefit"), money: true, value: (f) => f.forecastBenefit },
    { id: "forecast-roi", label: t("forecastRoi"), money: false, value: (f) => f.forecastRoiPct },
    { id: "planned-cost", label: t("plannedCost"), money: true, value: (f) => f.plannedCost },
    { id: "planned-benefit", label: t("plannedBenefit"), money: true, value: (f) => f.plannedBenefit },
    { id: "planned-roi", label: t("plannedRoi"), money: false, value: (f) => f.plannedRoiPct },
  ];
  const rows = all.filter((row) => !(percentOnly && row.money));
  const show = (row: FigureRow, f: ConversionFigures) => {
    const value = row.value(f);
    return row.money ? formatMoney(value ?? 0, locale, f.currency) : formatPercent(value, locale);
  };
  const rateText = (rate: MonthRate) => {
    const legs = rate.legs
      .map((leg) => tc(leg.inverted ? "divided" : "direct", { from: leg.from, to: leg.to, rate: formatNumber(leg.rate, locale, 10) }))
      .join(" × ");
    return rate.fallback ? `${legs} · ${tc("atLatest", { period: rate.usedPeriod })}` : legs;
  };
  const cell = "whitespace-nowrap py-1 pr-3";
  return (
    <div className="space-y-4" data-testid="reporting-currency">
      <p className="text-sm text-gray-600">{t("intro", { own: view.currency, target: view.target })}</p>
      <ConversionNotice conversion={view.conversion} slug={slug} canEdit={canEdit} />
      <ScrollRegion label={t("figuresCaption", { target: view.target })}>
        <table className="min-w-full text-left text-sm" data-testid="reporting-currency-figures">
          <caption className="sr-only">{t("figuresCaption", { target: view.target })}</caption>
          <thead className="border-b text-xs uppercase text-gray-500">
            <tr>
              <th scope="col" className={`${cell} ${stickyCell()}`}>{t("figure")}</th>
              <th scope="col" className={`${cell} text-right`}>{t("ownColumn", { currency: view.currency })}</th>
              <th scope="col" className={`${cell} text-right`}>{t("targetColumn", { currency: view.target })}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b last:border-0" data-testid={`converted-${row.id}`}>
                <th scope="row" className={`${cell} ${stickyCell()} font-normal`}>{row.label}</th>
                <td className={`${cell} text-right tabular-nums`}>{show(row, view.own)}</td>
                <td className={`${cell} text-right font-medium tabular-nums`} data-testid={`converted-${row.id}-value`}>{show(row, view.converted)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {percentOnly ? null : view.months.length === 0 ? (
        <p className="text-sm text-gray-600">{t("noMonths")}</p>
      ) : (
        <ScrollRegion label={t("monthsCaption")} testId="conversion-months">
          <table className="min-w-full text-left text-sm">
            <caption className="pb-1 text-left text-xs font-semibold text-gray-600">{t("monthsCaption")}</caption>
            <thead className="border-b text-xs uppercase text-gray-500">
              <tr>
                <th scope="col" className={`${cell} ${stickyCell()}`}>{t("month")}</th>
                <th scope="col" className={`${cell} text-right`}>{t("costIn", { currency: view.currency })}</th>
                <th scope="col" className={`${cell} text-right`}>{t("benefitIn", { currency: view.currency })}</th>
                <th scope="col" className={cell}>{tc("rateUsed")}</th>
                <th scope="col" className={`${cell} text-right`}>{t("costIn", { currency: view.target })}</th>
                <th scope="col" className={`${cell} text-right`}>{t("benefitIn", { currency: view.target })}</th>
              </tr>
            </thead>
            <tbody>
              {view.months.map((m) => (
                <tr key={m.period} className={`border-b last:border-0 ${m.kind === "plan" ? "text-gray-600" : ""}`} data-testid={`conversion-month-${m.period}`}>
                  <th scope="row" className={`${cell} ${stickyCell()} font-normal`}>
                    {formatPeriod(m.period, locale)} <span className="text-xs text-gray-500">{t(`kinds.${m.kind}`)}</span>
                  </th>
                  <td className={`${cell} text-right tabular-nums`}>{formatMoney(m.own.cost, locale, view.currency)}</td>
                  <td className={`${cell} text-right tabular-nums`}>{formatMoney(m.own.benefit, locale, view.currency)}</td>
                  <td className={`${cell} text-xs`}>
                    {m.missing ? (
                      <span className="text-amber-900" data-testid="month-rate-missing">
                        {tc("missing", m.missing)}
                        {canEdit && slug ? (
                          <>
                            {" · "}
                            <Link href={addRateHref(slug, m.missing)} className="text-blue-800 underline">
                              {tc("addRate")}
                            </Link>
                          </>
                        ) : null}
                      </span>
                    ) : m.rate ? (
                      <span data-testid="month-rate">{rateText(m.rate)}</span>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td className={`${cell} text-right tabular-nums`}>{m.converted ? formatMoney(m.converted.cost, locale, view.target) : "—"}</td>
                  <td className={`${cell} text-right tabular-nums`}>{m.converted ? formatMoney(m.converted.benefit, locale, view.target) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </div>
  );
}
