import { useTranslations } from "next-intl";
import type { GridRow } from "@/lib/actuals/grid";
import { formatMoney, formatPeriod } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import type { KpiView } from "@/lib/kpis/queries";
import { BenefitDrivers } from "./benefit-drivers";
import { Forecast } from "./forecast";
import { KpiReadCell } from "./kpi-cell";
import { MonthStatus } from "./month-status";

type Props = { row: GridRow; kpis: KpiView[]; locale: UiLocale; currency: string; titleId: string };

/** One month as viewers see it on a small screen: the figures of its table row, nothing to edit. */
export function MonthCard({ row, kpis, locale, currency, titleId }: Props) {
  const t = useTranslations("actuals");
  const actual = row.actual;
  const money = (value: string) => formatMoney(value, locale, currency);
  const none = <span className="text-gray-500">{t("noValue")}</span>;
  const line = "flex flex-wrap items-baseline justify-between gap-x-4 py-2";
  return (
    <section
      aria-labelledby={titleId}
      className={`rounded-md border p-3 ${actual ? "border-gray-200" : "border-amber-300 bg-amber-50/40"}`}
    >
      <h3 id={titleId} className="font-semibold text-gray-900">
        {formatPeriod(row.period, locale)}
        <span className="ml-2 text-xs font-normal text-gray-500">{t("monthNumber", { number: row.monthNumber })}</span>
      </h3>
      <div className="mt-1">
        <MonthStatus actual={actual} status={{ kind: "idle" }} dirty={false} locale={locale} showError={false} />
      </div>
      <dl className="mt-2 divide-y text-sm">
        <div className={line}>
          <dt className="text-gray-700">{t("columns.cost")}</dt>
          <dd className="text-right">
            {actual ? money(actual.cost) : none}
            <Forecast value={row.forecast?.cost} locale={locale} currency={currency} />
          </dd>
        </div>
        <div className={line}>
          <dt className="text-gray-700">{t("columns.benefit")}</dt>
          <dd className="text-right">
            {actual ? money(actual.benefit) : none}
            <Forecast value={row.forecast?.benefit} locale={locale} currency={currency} />
            <BenefitDrivers drivers={actual?.benefitByDriver} period={row.period} locale={locale} currency={currency} />
          </dd>
        </div>
        {kpis.map((kpi) => (
          <div key={kpi.id} className={line}>
            <dt className="text-gray-700">
              {kpi.name}
              {kpi.unit ? ` (${kpi.unit})` : ""}
            </dt>
            <dd className="text-right">
              <KpiReadCell cell={row.kpis[kpi.id]} unit={kpi.unit} locale={locale} />
            </dd>
          </div>
        ))}
        <div className={line}>
          <dt className="text-gray-700">{t("columns.note")}</dt>
          <dd className="min-w-0 break-words">{actual?.note ? actual.note : none}</dd>
        </div>
      </dl>
    </section>
  );
}
