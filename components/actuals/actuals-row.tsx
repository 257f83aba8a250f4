"use client";

import { useTranslations } from "next-intl";
import type { GridRow } from "@/lib/actuals/grid";
import { formatPeriod } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import type { KpiView } from "@/lib/kpis/queries";
import { ConflictPanel } from "./conflict-panel";
import { DriversRow } from "./drivers-row";
import { Forecast } from "./forecast";
import { GridInput } from "./grid-input";
import { KpiEditCell } from "./kpi-cell";
import { benefitInput, type RowValues } from "./row-model";
import { MonthStatus } from "./month-status";
import type { useActualsGrid } from "./use-actuals-grid";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { stickyCell } from "@/components/ui/scroll-region";

type Grid = ReturnType<typeof useActualsGrid>;
type Props = {
  row: GridRow;
  index: number;
  grid: Grid;
  kpis: KpiView[];
  drivers: string[];
  locale: UiLocale;
  currency: string;
  planVersion: number | null;
  columns: number;
};

export function ActualsRow({ row, index, grid, kpis, drivers, locale, currency, planVersion, columns }: Props) {
  const t = useTranslations("actuals");
  const { source, initial, values, dirty, status } = grid.rowState(row);
  const month = formatPeriod(row.period, locale);
  const errors = status.kind === "error" ? status.fieldErrors : {};
  const busy = status.kind === "saving";
  const set = (update: (v: RowValues) => RowValues) => grid.change(row, update);
  const cellId = (col: string) => `actuals-${row.period}-${col.replace(/[^a-zA-Z0-9_-]/g, "_")}`;
  const label = (column: string) => t("cellLabel", { column, month });
  const benefit = benefitInput(values, initial);
  const actual = source.actual;

  return (
    <>
      <tr
        className={`border-b align-top ${status.kind === "conflict" ? "bg-red-50/40" : actual ? "" : "bg-amber-50/40"}`}
      >
        <th scope="row" className={`whitespace-nowrap py-2 pr-3 text-left font-medium ${stickyCell(status.kind === "conflict" ? "bg-red-50" : actual ? "bg-white" : "bg-amber-50")}`}>
          {month}
          <span className="block text-xs font-normal text-gray-500">
            {t("monthNumber", { number: row.monthNumber })}
          </span>
        </th>
        <td className="min-w-[9rem] py-2 pr-3">
          <MonthStatus
            actual={source.actual}
            status={status}
            dirty={dirty}
            planVersion={planVersion}
            locale={locale}
            showError={Object.keys(errors).length === 0}
          />
        </td>
        <td className="py-2 pr-3">
          <GridInput
            id={cellId("cost")}
            label={label(t("columns.cost"))}
            value={values.cost}
            onValue={(cost) => set((v) => ({ ...v, cost }))}
            row={index}
            col="cost"
            inputMode="decimal"
            className="w-28 text-right"
            error={errors.cost?.[0]}
            readOnly={busy}
            describedBy={cellId("cost-forecast")}
          />
          <Forecast id={cellId("cost-forecast")} value={row.forecast?.cost} locale={locale} currency={currency} />
        </td>
        <td className="py-2 pr-3">
          <GridInput
            id={cellId("benefit")}
            label={label(t("columns.benefit"))}
            value={benefit.text}
            onValue={(benefit) => set((v) => ({ ...v, benefit }))}
            row={index}
            col="benefit"
            inputMode="decimal"
            className="w-28 text-right"
            placeholder={benefit.fromDrivers ? t("sumOfDrivers") : undefined}
            error={errors.benefit?.[0]}
            readOnly={busy || benefit.fromDrivers}
            describedBy={cellId("benefit-forecast")}
          />
          <Forecast id={cellId("benefit-forecast")} value={row.forecast?.benefit} locale={locale} currency={currency} />
          {drivers.length > 0 || values.split ? (
            <button
              type="button"
              className="mt-1 text-xs text-blue-700 underline"
              aria-expanded={values.split}
              aria-controls={`drivers-${row.period}`}
              aria-label={t("byDriverOf", { month })}
              onClick={() => set((v) => ({ ...v, split: !v.split }))}
              disabled={busy}
            >
              {t("byDriver")}
            </button>
          ) : null}
        </td>
        {kpis.map((kpi) => (
          <td key={kpi.id} className="py-2 pr-3">
            <KpiEditCell
              id={cellId(`kpi-${kpi.id}`)}
              label={t("kpiCellLabel", { kpi: kpi.unit ? `${kpi.name} (${kpi.unit})` : kpi.name, month })}
              cell={row.kpis[kpi.id]}
              unit={kpi.unit}
              locale={locale}
              value={values.kpis[kpi.id] ?? ""}
              onValue={(text) => set((v) => ({ ...v, kpis: { ...v.kpis, [kpi.id]: text } }))}
              row={index}
              col={`kpi:${kpi.id}`}
              error={errors[`kpiValues.${kpi.id}`]?.[0]}
              readOnly={busy}
            />
          </td>
        ))}
        <td className="py-2 pr-3">
          <GridInput
            id={cellId("note")}
            label={label(t("columns.note"))}
            value={values.note}
            onValue={(note) => set((v) => ({ ...v, note }))}
            row={index}
            col="note"
            className="w-36"
            maxLength={2000}
            error={errors.note?.[0]}
            readOnly={busy}
          />
        </td>
        <td className="whitespace-nowrap py-2">
          <button
            type="button"
            onClick={() => grid.save(row)}
            disabled={!dirty || busy}
            aria-label={t("saveRow", { month })}
            className="rounded-md bg-blue-700 px-2 py-1 text-xs font-medium text-white hover:bg-blue-800 disabled:bg-gray-300"
          >
            {t("save")}
          </button>
          {actual ? (
            <span className="ml-2 inline-block">
              <ConfirmButton
                label={t("delete")}
                triggerAriaLabel={t("deleteRow", { month })}
                question={t("confirmDelete", { month })}
                confirmLabel={t("confirmDeleteYes")}
                tone="danger"
                appearance="link"
                disabled={busy}
                onConfirm={() => grid.remove(row)}
              />
            </span>
          ) : null}
        </td>
      </tr>
      {values.split ? (
        <DriversRow
          id={`drivers-${row.period}`}
          idPrefix={cellId("driver")}
          month={month}
          index={index}
          columns={columns}
          drivers={values.drivers}
          errors={errors}
          busy={busy}
          onDriver={(driver, text) => set((v) => ({ ...v, drivers: { ...v.drivers, [driver]: text } }))}
        />
      ) : null}
      {status.kind === "conflict" ? (
        <tr>
          <td colSpan={columns} className="px-2 py-2">
            <ConflictPanel
              id={`conflict-${row.period}`}
              conflict={status.conflict}
              monthLabel={month}
              kpis={kpis}
              locale={locale}
              currency={currency}
              pending={busy}
              onKeepTheirs={() => grid.keepTheirs(row.period)}
              onOverwrite={() => grid.overwrite(row.period)}
            />
          </td>
        </tr>
      ) : null}
    </>
  );
}
