import { useTranslations } from "next-intl";
import type { GridRow } from "@/lib/actuals/grid";
import { formatMoney, formatPeriod } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import type { KpiView } from "@/lib/kpis/queries";
import { BenefitDrivers } from "./benefit-drivers";
import { Forecast } from "./forecast";
import { KpiReadCell } from "./kpi-cell";
import { MonthStatus } from "./month-status";
import { stickyCell } from "@/components/ui/scroll-region";

/** A month as viewers see it: the same figures, nothing to edit. */
export function ReadOnlyRow({
  row,
  kpis,
  locale,
  currency,
}: {
  row: GridRow;
  kpis: KpiView[];
  locale: UiLocale;
  currency: string;
}) {
  const t = useTranslations("actuals");
  const money = (value: number | string | undefined) =>
    value === undefined ? t("noValue") : formatMoney(value, locale, currency);
  const actual = row.actual;
  return (
    <tr className={`border-b align-top ${actual ? "" : "bg-amber-50/40"}`}>
      <th scope="row" className={`whitespace-nowrap py-2 pr-3 text-left font-medium ${stickyCell(actual ? "bg-white" : "bg-amber-50")}`}>
        {formatPeriod(row.period, locale)}
        <span className="block text-xs font-normal text-gray-500">{t("monthNumber", { number: row.monthNumber })}</span>
      </th>
      <td className="min-w-[9rem] py-2 pr-3">
        <MonthStatus actual={actual} status={{ kind: "idle" }} dirty={false} locale={locale} showError={false} />
      </td>
      <td className="py-2 pr-3 text-right">
        {actual ? money(actual.cost) : <span className="text-gray-400">{t("noValue")}</span>}
        <Forecast value={row.forecast?.cost} locale={locale} currency={currency} />
      </td>
      <td className="py-2 pr-3 text-right">
        {actual ? money(actual.benefit) : <span className="text-gray-400">{t("noValue")}</span>}
        <Forecast value={row.forecast?.benefit} locale={locale} currency={currency} />
        <BenefitDrivers drivers={actual?.benefitByDriver} period={row.period} locale={locale} currency={currency} />
      </td>
      {kpis.map((kpi) => (
        <td key={kpi.id} className="py-2 pr-3 text-right">
          <KpiReadCell cell={row.kpis[kpi.id]} unit={kpi.unit} locale={locale} />
        </td>
      ))}
      <td className="min-w-[8rem] py-2 pr-3 text-gray-700">{actual?.note ?? ""}</td>
    </tr>
  );
}
