"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import type { ActualsPageData } from "@/lib/actuals/queries";
import { formatPeriod } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { MonthCard } from "./month-card";
import { MonthForm } from "./month-form";
import { MonthPicker } from "./month-picker";
import type { useActualsGrid } from "./use-actuals-grid";

type Props = {
  data: ActualsPageData;
  grid: ReturnType<typeof useActualsGrid>;
  editable: boolean;
  locale: UiLocale;
  period: string;
  onPeriod: (period: string) => void;
  /** The id of the keyboard help (editable only). */
  helpId: string;
};

/** The months one at a time, for small screens: a month picker and that month's form (or card, for viewers). */
export function MonthByMonth({ data, grid, editable, locale, period, onPeriod, helpId }: Props) {
  const t = useTranslations("actuals.status");
  const titleId = useId();
  const { investment, kpis, drivers, grid: model, planVersion } = data;
  const index = Math.max(
    0,
    model.rows.findIndex((row) => row.period === period),
  );
  const row = model.rows[index];
  const options = model.rows.map((r) => {
    const { source, dirty } = grid.rowState(r);
    const status = dirty ? "unsaved" : source.actual ? "recorded" : "missing";
    return { period: r.period, month: formatPeriod(r.period, locale), status: t(status) };
  });
  return (
    <div className="space-y-4" data-testid="actuals-month-form">
      <MonthPicker options={options} value={row.period} onChange={onPeriod} />
      {editable ? (
        <MonthForm
          key={row.period}
          row={row}
          index={index}
          grid={grid}
          kpis={kpis}
          drivers={drivers}
          locale={locale}
          currency={investment.currency}
          planVersion={planVersion}
          helpId={helpId}
        />
      ) : (
        <MonthCard row={row} kpis={kpis} locale={locale} currency={investment.currency} titleId={titleId} />
      )}
    </div>
  );
}
