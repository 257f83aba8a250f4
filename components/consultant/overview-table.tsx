import Link from "next/link";
import { Fragment } from "react";
import { useLocale, useTranslations } from "next-intl";
import { AccuracyCell } from "@/components/accuracy/accuracy-figures";
import { nextSortOf, type OverviewSort, type OverviewSortKey } from "@/lib/dashboard/consultant-sort";
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
    <th scope="col" className={`${cell} ${numeric ? "text-right" : ""}`} aria-sort={sorted ? (sort.direction === "asc" ? "ascending" : "descending") : undefined}>
      <Link href={`/workspaces?sort=${next.sort}&dir=${next.direction}`} className={`inline-flex items-center gap-1 hover:text-gray-900 ${sorted ? "text-gray-900" : ""}`}>
        {column === "accuracy" ? ta("overviewColumn") : t(`columns.${column}`)}
        <span aria-hidden="true" className={sorted ? "" : "text-gray-300"}>{arrow}</span>
        <span className="sr-only">{t("sortHint", { direction: next.direction })}</span>
      </Link>
    </th>
  );
}

/** The figure cells shared by a workspace row, its other-currency lines and a total row. */
function FigureCells({ figures, currency }: { figures: OverviewFigures; currency: string }) {
  const t = useTranslations("consultant");
  const locale = useLocale() as UiLocale;
  const money = (value: number) => formatMoney(value, locale, currency);
  const below = figures.actualRoiPct !== null && figures.forecastRoiPct !== null && figures.actualRoiPct < figures.forecastRoiPct;
  return (
    <>
      <td className={`${num} ${below ? "font-medium text-red-700" : ""}`}>
        {formatPercent(figures.actualRoiPct, locale)}
        {below ? <span className="sr-only"> ({t("belowForecast")})</span> : null}
      </td>
      <td className={num}>{formatPercent(figures.forecastRoiPct, locale)}</td>
      <td className={`${num} ${figures.net < 0 ? "text-red-700" : ""}`}>{money(figures.net)}</td>
      <td className={num}>{figures.openLeaks}</td>
      <td className={num}>{money(figures.atStakeMonthly)}</td>
      <td className={num}>{figures.missingMonths}</td>
      <td className={num}>{figures.lastUpdate ? formatDate(figures.lastUpdate, locale) : "—"}</td>
    </>
  );
}

/**
 * One row per client workspace (its own currency; other currencies on lines below it, never
 * added), sortable by every column, with a total row per currency.
 */
export function OverviewTable({ overview }: { overview: ConsultantOverview }) {
  const t = useTranslations("consultant");
  const tw = useTranslations("workspaces");
  const { rows, totals, sort } = overview;
  return (
    <div className="overflow-x-auto">
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
          {rows.map((row) => (
            <Fragment key={row.workspaceId}>
              <tr className={row.otherCurrencies.length > 0 ? "" : "border-b last:border-0"}>
                <th scope="row" className={`${cell} font-medium`}>
                  <Link className="text-blue-700 underline" href={`/w/${row.slug}`}>
                    {row.name}
                  </Link>
                  <span className="block text-xs font-normal text-gray-500">{t("investmentCount", { count: row.countedInvestments })}</span>
                  {row.drafts > 0 ? <span className="block text-xs font-normal text-gray-500">{t("draftCount", { count: row.drafts })}</span> : null}
                </th>
                <td className={cell}>{tw(`roles.${row.role}`)}</td>
                <FigureCells figures={row} currency={row.currency} />
                <td className={`${cell} text-right`}>
                  <AccuracyCell summary={row.accuracy} />
                </td>
              </tr>
              {row.otherCurrencies.map((line, i) => (
                <tr key={line.currency} className={i === row.otherCurrencies.length - 1 ? "border-b" : ""} data-testid="consultant-other-currency">
                  <th scope="row" className={`${cell} pl-4 text-xs font-normal text-gray-600`}>
                    {t("otherCurrency", { currency: line.currency })}
                    <span className="block">{t("investmentCount", { count: line.investments })}</span>
                  </th>
                  <td className={cell} />
                  <FigureCells figures={line} currency={line.currency} />
                  <td className={cell} />
                </tr>
              ))}
            </Fragment>
          ))}
        </tbody>
        <tfoot className="border-t-2 border-gray-300 font-semibold">
          {totals.map((total) => (
            <tr key={total.currency}>
              <th scope="row" className={cell}>
                {totals.length > 1 ? t("totalIn", { currency: total.currency }) : t("total")}
              </th>
              <td className={`${cell} font-normal text-gray-600`}>{t("workspaceCount", { count: total.workspaces })}</td>
              <FigureCells figures={total} currency={total.currency} />
              <td className={cell} />
            </tr>
          ))}
        </tfoot>
      </table>
    </div>
  );
}
