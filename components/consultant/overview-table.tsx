import Link from "next/link";
import { Fragment } from "react";
import { useLocale, useTranslations } from "next-intl";
import { AccuracyCell } from "@/components/accuracy/accuracy-figures";
import { ConversionNotice } from "@/components/currency/conversion-notice";
import { ScrollRegion, stickyCell } from "@/components/ui/scroll-region";
import { canWrite } from "@/lib/auth/roles";
import { nextSortOf, type OverviewSort, type OverviewSortKey } from "@/lib/dashboard/consultant-sort";
import { isBelowForecast } from "@/lib/dashboard/roi-comparison";
import type { ConsultantOverview, OverviewFigures } from "@/lib/dashboard/consultant-overview";
import { formatDate, formatMoney, formatPercent } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";

const COLUMNS: { key: OverviewSortKey; numeric: boolean }[] = [
  { key: "name", numeric: false },
  { key: "role", numeric: false },
  { key: "actualRoi", numeric: true },
  { key: "forecastRoi", numeric: true },
  { key: "net", numeric: true },
  { key: "openLeaks", numeric: true },
  { key: "atStake", numeric: true },
  { key: "missingMonths", numeric: true },
  { key: "lastUpdate", numeric: true },
  // Per client workspace (not per currency: means of percentages), sorted by MAPE.
  { key: "accuracy", numeric: true },
];

const cell = "py-2 pr-3";
const num = `${cell} text-right tabular-nums`;

/** A column header that links to the same page sorted by it, so every order has a URL. */
function SortHeader({ column, numeric, sort }: { column: OverviewSortKey; numeric: boolean; sort: OverviewSort }) {
  const t = useTranslations("consultant");
  const ta = useTranslations("accuracy");
  const sorted = sort.sort === column;
  const next = nextSortOf(column, sort);
  const arrow = sorted ? (sort.direction === "asc" ? "▲" : "▼") : "↕";
  return (
    <th scope="col" className={`${cell} ${numeric ? "text-right" : ""} ${column === "name" ? stickyCell() : ""}`} aria-sort={sorted ? (sort.direction === "asc" ? "ascending" : "descending") : undefined}>
      <Link href={`/workspaces?sort=${next.sort}&dir=${next.direction}`} className={`inline-flex items-center gap-1 hover:text-gray-900 ${sorted ? "text-gray-900" : ""}`}>
        {column === "accuracy" ? ta("overviewColumn") : t(`columns.${column}`)}
        <span aria-hidden="true" className={sorted ? "" : "text-gray-500"}>{arrow}</span>
        <span className="sr-only">{t("sortHint", { direction: next.direction })}</span>
      </Link>
    </th>
  );
}

/**
 * The figure cells shared by a workspace row, its other-currency lines and a total row.
 * `converted`: an other-currency line's figures in the overview currency, shown under its own.
 */
function FigureCells({ figures, currency, converted }: { figures: OverviewFigures; currency: string; converted?: OverviewFigures }) {
  const t = useTranslations("consultant");
  const locale = useLocale() as UiLocale;
  const money = (value: number) => formatMoney(value, locale, currency);
  const inOverview = (value: number) =>
    converted ? <span className="block text-gray-500" data-testid="consultant-converted">{t("convertedAs", { amount: formatMoney(value, locale, converted.currency) })}</span> : null;
  const below = isBelowForecast(figures);
  return (
    <>
      <td className={`${num} ${below ? "font-medium text-red-700" : ""}`}>
        {formatPercent(figures.actualRoiPct, locale)}
        {/* In words as well as in red: colour alone says nothing to everyone. */}
        {below ? <span className="block text-xs font-normal">{t("belowForecast")}</span> : null}
      </td>
      <td className={num}>{formatPercent(figures.forecastRoiPct, locale)}</td>
      <td className={`${num} ${figures.net < 0 ? "text-red-700" : ""}`}>
        {money(figures.net)}
        {converted ? inOverview(converted.net) : null}
      </td>
      <td className={num}>{figures.openLeaks}</td>
      <td className={num}>
        {money(figures.atStakeMonthly)}
        {converted && figures.atStakeMonthly !== 0 ? inOverview(converted.atStakeMonthly) : null}
      </td>
      <td className={num}>{figures.missingMonths}</td>
      <td className={num}>{figures.lastUpdate ? formatDate(figures.lastUpdate, locale) : "—"}</td>
    </>
  );
}

/**
 * One row per client workspace in the overview currency (other currencies converted with
 * the workspace's own rates, and shown in their own currency on lines below it), sortable
 * by every column, with one total row. A workspace whose rate table lacks a rate is marked
 * incomplete and says which rates, with a link to add them for its owners and editors.
 */
export function OverviewTable({ overview }: { overview: ConsultantOverview }) {
  const t = useTranslations("consultant");
  const tw = useTranslations("workspaces");
  const { rows, total, sort } = overview;
  return (
    <ScrollRegion label={t("caption")}>
      <table className="min-w-full text-left text-sm" data-testid="consultant-overview">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="border-b text-xs uppercase text-gray-500">
          <tr>
            {COLUMNS.map(({ key, numeric }) => (
              <SortHeader key={key} column={key} numeric={numeric} sort={sort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const notice = !row.conversion.complete || row.conversion.fallbacks.length > 0;
            const lines = row.otherCurrencies.length;
            return (
              <Fragment key={row.workspaceId}>
                <tr className={lines > 0 ? "" : "border-b last:border-0"} data-testid="consultant-row">
                  <th scope="row" className={`${cell} ${stickyCell()} font-medium`}>
                    <Link className="text-blue-700 underline" href={`/w/${row.slug}`}>
                      {row.name}
                    </Link>
                    <span className="block text-xs font-normal text-gray-500">{t("investmentCount", { count: row.countedInvestments })}</span>
                    {row.drafts > 0 ? <span className="block text-xs font-normal text-gray-500">{t("draftCount", { count: row.drafts })}</span> : null}
                    {row.conversion.complete ? null : (
                      <span className="mt-0.5 inline-block rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900" data-testid="consultant-incomplete">
                        {t("incomplete", { count: row.conversion.missing.length })}
                      </span>
                    )}
                    {notice ? (
                      // Which rates are missing (each a link to add it, for owners and editors) and which forecasts used the latest rate.
                      <details className="mt-1 max-w-md text-xs font-normal" open={!row.conversion.complete}>
                        <summary className="cursor-pointer text-blue-700">{t("conversionDetails")}</summary>
                        <div className="mt-1">
                          <ConversionNotice conversion={row.conversion} slug={row.slug} canEdit={canWrite(row.role)} />
                        </div>
                      </details>
                    ) : null}
                  </th>
                  <td className={cell}>{tw(`roles.${row.role}`)}</td>
                  <FigureCells figures={row} currency={row.currency} />
                  <td className={`${cell} text-right`}>
                    <AccuracyCell summary={row.accuracy} />
                  </td>
                </tr>
                {row.otherCurrencies.map((line, i) => (
                  <tr key={line.currency} className={i === lines - 1 ? "border-b" : ""} data-testid="consultant-other-currency">
                    <th scope="row" className={`${cell} ${stickyCell()} pl-4 text-xs font-normal text-gray-600`}>
                      {t("ofWhich", { currency: line.currency })}
                      <span className="block">{t("investmentCount", { count: line.investments })}</span>
                    </th>
                    <td className={cell} />
                    <FigureCells figures={line} currency={line.currency} converted={line.converted} />
                    <td className={cell} />
                  </tr>
                ))}
              </Fragment>
            );
          })}
        </tbody>
        {total ? (
          <tfoot className="border-t-2 border-gray-300 font-semibold">
            <tr data-testid="consultant-total">
              <th scope="row" className={`${cell} ${stickyCell()}`}>
                {t("totalIn", { currency: total.currency })}
                {total.conversion.complete ? null : (
                  <span className="block text-xs font-normal text-amber-900" data-testid="consultant-total-incomplete">
                    {t("totalIncomplete", { count: total.incomplete.length, workspaces: total.incomplete.map((w) => w.name).join(", ") })}
                  </span>
                )}
              </th>
              <td className={`${cell} font-normal text-gray-600`}>{t("workspaceCount", { count: total.workspaces })}</td>
              <FigureCells figures={total} currency={total.currency} />
              <td className={cell} />
            </tr>
          </tfoot>
        ) : null}
      </table>
    </ScrollRegion>
  );
}
