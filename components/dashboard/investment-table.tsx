import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { RoiSparkline } from "@/components/charts/roi-sparkline";
import { StatusBadge } from "@/components/investments/status-badge";
import { ScrollRegion, stickyCell } from "@/components/ui/scroll-region";
import { nextSortOf, PERCENT_ONLY_SORTS } from "@/lib/dashboard/dashboard-query";
import { isBelowForecast } from "@/lib/dashboard/roi-comparison";
import { formatMoney, formatPercent, formatPeriod } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import type { InvestmentRow, InvestmentSort, InvestmentSortKey } from "@/lib/portfolio/stored-figures";
import type { ConvertedRowFigures } from "@/lib/portfolio/workspace-portfolio";

type Props = {
  /** null: names without links (stakeholder links have no way into the app). */
  slug: string | null;
  rows: (InvestmentRow & { converted?: ConvertedRowFigures })[];
  sort: InvestmentSort;
  /** The link that sorts the table by `sort` (back on page 1, other settings kept). */
  sortHref: (sort: InvestmentSort) => string;
  percentOnly?: boolean;
};

/** A trend needs no more points than this; the row's figures carry the exact values. */
const SPARK_POINTS = 24;
const sparkOf = <T,>(points: T[]) => {
  if (points.length <= SPARK_POINTS) return points;
  const step = Math.ceil(points.length / SPARK_POINTS);
  return points.filter((_, i) => (points.length - 1 - i) % step === 0);
};

/** "8 of 9"; an investment that records months before any were due shows how many it has. */
function MonthsRecorded({ row }: { row: InvestmentRow }) {
  const t = useTranslations("dashboard");
  if (row.expectedMonths > 0) return <>{t("monthsOf", { recorded: Math.min(row.recordedMonths, row.expectedMonths), expected: row.expectedMonths })}</>;
  if (row.recordedMonths > 0) return <>{t("monthsRecorded", { recorded: row.recordedMonths })}</>;
  return <>—</>;
}

export function InvestmentTable({ slug, rows, sort, sortHref, percentOnly = false }: Props) {
  const t = useTranslations("dashboard");
  const locale = useLocale() as UiLocale;
  const pct = (v: number | null) => formatPercent(v, locale);
  const month = (m: number | null) => (m === null ? "—" : t("monthN", { month: m }));
  const sortable = (key: InvestmentSortKey) => !percentOnly || PERCENT_ONLY_SORTS.includes(key);
  const header = (key: InvestmentSortKey | null, label: string, align: "left" | "right" = "left", sticky = false) => {
    const current = key !== null && sort.sort === key;
    const ariaSort = current ? (sort.direction === "asc" ? "ascending" : "descending") : key && sortable(key) ? "none" : undefined;
    return (
      <th scope="col" className={["py-2 pr-3", align === "right" ? "text-right" : "", sticky ? stickyCell() : ""].filter(Boolean).join(" ")} aria-sort={ariaSort}>
        {key !== null && sortable(key) ? (
          <Link href={sortHref(nextSortOf(sort, key))} className="hover:underline" data-testid={`sort-${key}`}>
            {label}
            {current ? <span aria-hidden="true">{sort.direction === "asc" ? " ▲" : " ▼"}</span> : null}
          </Link>
        ) : (
          label
        )}
      </th>
    );
  };
  if (rows.length === 0) return <p className="text-sm text-gray-600">{t("tableEmpty")}</p>;
  return (
    <ScrollRegion label={t("tableCaption")}>
      <table className="min-w-full text-left text-sm" data-testid="investment-table">
        <caption className="sr-only">{t("tableCaption")}</caption>
        <thead className="border-b text-xs uppercase text-gray-500">
          <tr>
            {header("name", t("investment"), "left", true)}
            {header("status", t("status"))}
            {percentOnly ? null : header("invested", t("invested"), "right")}
            {header("forecastRoi", t("forecastRoi"), "right")}
            {header("actualRoi", t("actualRoi"), "right")}
            {header(null, t("paybackPlanned"), "right")}
            {header("payback", t("paybackProjected"), "right")}
            {header(null, t("completeness"), "right")}
            {percentOnly ? null : header("atStake", t("atStake"), "right")}
            {header("start", t("start"))}
            {header(null, t("trend"))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={`border-b last:border-0 ${row.counted ? "" : "bg-gray-50 text-gray-600"}`} data-testid={row.counted ? "investment-row" : "draft-row"}>
              <th scope="row" className={`py-2 pr-3 font-medium ${stickyCell(row.counted ? "bg-white" : "bg-gray-50")}`}>
                {slug ? (
                  <Link href={`/w/${slug}/investments/${row.id}`} className="text-blue-700 underline">
                    {row.name}
                  </Link>
                ) : (
                  row.name
                )}
                {row.counted ? null : <span className="block text-xs font-normal italic text-gray-500">{t("draftMarker")}</span>}
              </th>
              <td className="py-2 pr-3"><StatusBadge status={row.status} /></td>
              {percentOnly ? null : (
                <td className="py-2 pr-3 text-right tabular-nums">
                  {formatMoney(row.invested, locale, row.currency)}
                  {row.converted ? (
                    <span className="block text-xs text-gray-500" data-testid="converted-invested">
                      {row.converted.complete ? "≈ " : "≥ "}
                      {formatMoney(row.converted.invested, locale, row.converted.currency)}
                    </span>
                  ) : null}
                </td>
              )}
              <td className="py-2 pr-3 text-right tabular-nums">{pct(row.forecastRoiPct)}</td>
              <td className={`py-2 pr-3 text-right tabular-nums ${isBelowForecast(row) ? "text-red-700" : ""}`}>
                {pct(row.actualRoiPct)}
                {/* In words as well as in red: colour alone says nothing to everyone. */}
                {isBelowForecast(row) ? <span className="block text-xs" data-testid="below-forecast">{t("belowForecast")}</span> : null}
              </td>
              <td className="py-2 pr-3 text-right">{month(row.plannedPaybackMonth)}</td>
              <td className="py-2 pr-3 text-right">
                {month(row.projectedPaybackMonth)}{" "}
                <span className="block text-xs text-gray-500" data-testid="payback-status">{t(`paybackStatus.${row.paybackStatus}`)}</span>
              </td>
              <td className="whitespace-nowrap py-2 pr-3 text-right tabular-nums" data-testid="months-recorded"><MonthsRecorded row={row} /></td>
              {percentOnly ? null : (
                <td className="py-2 pr-3 text-right tabular-nums">
                  {row.atStakeMonthly > 0 ? formatMoney(row.atStakeMonthly, locale, row.currency) : "—"}
                  {row.converted && row.atStakeMonthly > 0 ? (
                    <span className="block text-xs text-gray-500">{formatMoney(row.converted.atStakeMonthly, locale, row.converted.currency)}</span>
                  ) : null}
                </td>
              )}
              <td className="py-2 pr-3 whitespace-nowrap">{formatPeriod(row.startMonth, locale)}</td>
              <td className="py-2"><RoiSparkline points={sparkOf(row.sparkline)} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
