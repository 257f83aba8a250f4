import { useLocale, useTranslations } from "next-intl";
import { ConversionNotice } from "@/components/currency/conversion-notice";
import type { MonthViewData } from "@/lib/dashboard/month-view";
import { formatMoney, formatPercent, formatPeriod } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import type { FigureChange, MonthChange, RoiChange } from "@/lib/portfolio/month-figures";
import { KpiChanges } from "./kpi-changes";
import { MonthSection } from "./month-section";
import { signedMoney, signedNumber } from "./signed";
import { ScrollRegion, stickyCell } from "@/components/ui/scroll-region";

type Props = {
  period: string;
  previous: string;
  changes: MonthViewData["changes"];
  /** For "add this rate" links (owners and editors). */
  slug?: string | null;
  canEditRates?: boolean;
};

/** Figures in the reporting currency under a line's own: money of the month, or which rate is missing. */
type Beside = {
  currency: string;
  cost: FigureChange;
  benefit: FigureChange;
  missing?: { from: string; to: string; period: string }[];
};

const num = "py-2 pr-3 text-right tabular-nums";

/**
 * (b) Cost, benefit and cumulative ROI against the month before, per investment and in total
 * (approved-and-later plans only: drafts are listed, never added); then the KPIs. Each
 * investment and currency line stays in its own currency, with its month in the reporting
 * currency beside it; the last total line adds every currency in the reporting currency
 * (converted at each month's own rate; a missing rate is named and left out).
 */
export function MonthChanges({ period, previous, changes, slug = null, canEditRates = false }: Props) {
  const t = useTranslations("month.changes");
  const tc = useTranslations("conversion");
  const locale = useLocale() as UiLocale;
  const month = formatPeriod(period, locale);
  const before = formatPeriod(previous, locale);
  const { total } = changes;
  // One currency and it is the reporting one: that line is the total.
  const showTotal = total !== null && (changes.totals.length > 1 || changes.totals[0]?.currency !== total.currency);

  // Six cells of a row (called as a function: the same columns for investments and the total).
  function cells(row: MonthChange, cur: string, beside?: Beside) {
    const converted = (f: FigureChange | undefined) => {
      if (!beside || !f) return null;
      const missing = beside.missing?.find((m) => m.period === period);
      if (missing)
        return (
          <span className="block text-xs text-amber-900" data-testid="month-rate-missing">
            {tc("missing", missing)}
          </span>
        );
      return f.current === null ? null : (
        <span className="block text-xs text-gray-500" data-testid="month-converted">
          {t("converted", { amount: formatMoney(f.current, locale, beside.currency) })}
        </span>
      );
    };
    const money = (f: FigureChange, key: "b" | "c") => [
      <td key={`${key}-value`} className={num}>
        {f.current === null ? (
          <span className="text-gray-500">{t("notRecorded")}</span>
        ) : (
          formatMoney(f.current, locale, cur)
        )}
        {f.current === null ? null : converted(key === "b" ? beside?.benefit : beside?.cost)}
      </td>,
      <td key={`${key}-change`} className={num}>
        {f.change === null ? "—" : signedMoney(f.change, locale, cur)}
        {f.previous !== null ? (
          <span className="block text-xs text-gray-500">
            {t("was", { value: formatMoney(f.previous, locale, cur) })}
          </span>
        ) : null}
      </td>,
    ];
    const roi = (r: RoiChange) => [
      <td key="r" className={num}>
        {formatPercent(r.current, locale)}
      </td>,
      <td key="rc" className={num}>
        {r.changePp === null ? "—" : t("points", { value: signedNumber(r.changePp, locale) })}
      </td>,
    ];
    return [...money(row.benefit, "b"), ...money(row.cost, "c"), ...roi(row.roi)];
  }

  return (
    <MonthSection id="month-changes" title={t("title", { previous: before })}>
      {changes.rows.length === 0 ? (
        <p className="text-sm text-gray-700">{t("none", { month, previous: before })}</p>
      ) : (
        <ScrollRegion label={t("caption", { month, previous: before })}>
          <table className="min-w-full text-left text-sm" data-testid="month-changes-table">
            <caption className="mb-2 text-left text-sm text-gray-600">
              {t("caption", { month, previous: before })}
              {changes.rowCount > changes.rows.length ? (
                <span className="block text-xs" data-testid="month-changes-more">
                  {t("showingLargest", { shown: changes.rows.length, count: changes.rowCount })}
                </span>
              ) : null}
            </caption>
            <thead className="border-b text-xs uppercase text-gray-500">
              <tr>
                <th scope="col" className={`py-2 pr-3 ${stickyCell()}`}>
                  {t("investment")}
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  {t("benefit", { month })}
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  {t("change")}
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  {t("cost", { month })}
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  {t("change")}
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  {t("roi")}
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  {t("roiChange")}
                </th>
              </tr>
            </thead>
            <tbody>
              {changes.rows.map((row) => (
                <tr key={row.investmentId} className="border-b">
                  <th scope="row" className={`py-2 pr-3 font-medium ${stickyCell()}`}>
                    {row.name}
                    {row.counted ? null : <span className="block text-xs font-normal text-gray-500">{t("draft")}</span>}
                  </th>
                  {cells(row, row.currency, row.converted)}
                </tr>
              ))}
            </tbody>
            {changes.totals.length === 0 ? null : (
              <tfoot className="border-t-2 border-gray-300 font-semibold">
                {changes.totals.map((line) => (
                  <tr key={line.currency} data-testid="month-changes-total">
                    <th scope="row" className={`py-2 pr-3 ${stickyCell()}`}>
                      {showTotal ? t("totalIn", { currency: line.currency }) : t("total")}
                      <span className="block text-xs font-normal text-gray-500">
                        {t("recordedCount", {
                          recorded: line.recorded,
                          previousRecorded: line.previousRecorded,
                          month,
                          previous: before,
                        })}
                      </span>
                    </th>
                    {cells(
                      line,
                      line.currency,
                      line.converted ? { ...line.converted, missing: line.converted.conversion.missing } : undefined,
                    )}
                  </tr>
                ))}
                {showTotal && total ? (
                  <tr className="border-t border-gray-300" data-testid="month-changes-grand-total">
                    <th scope="row" className={`py-2 pr-3 ${stickyCell()}`}>
                      {t("totalAllIn", { currency: total.currency })}
                      <span className="block text-xs font-normal text-gray-500">
                        {t("recordedCount", {
                          recorded: total.recorded,
                          previousRecorded: total.previousRecorded,
                          month,
                          previous: before,
                        })}
                      </span>
                      {total.conversion.complete ? null : (
                        <span className="block text-xs font-normal text-amber-900">
                          {tc("incomplete", { count: total.conversion.missing.length })}
                        </span>
                      )}
                    </th>
                    {cells(total, total.currency)}
                  </tr>
                ) : null}
              </tfoot>
            )}
          </table>
        </ScrollRegion>
      )}
      {showTotal && total ? (
        <div className="mt-3">
          <ConversionNotice conversion={total.conversion} slug={slug} canEdit={canEditRates} />
        </div>
      ) : null}
      <KpiChanges period={period} kpis={changes.kpis} />
    </MonthSection>
  );
}
