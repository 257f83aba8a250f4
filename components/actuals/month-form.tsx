"use client";

import { useTranslations } from "next-intl";
import { useId, type FormEvent, type KeyboardEvent } from "react";
import type { GridRow } from "@/lib/actuals/grid";
import { formatPeriod } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import type { KpiView } from "@/lib/kpis/queries";
import { Button } from "@/components/ui/button";
import { ConflictPanel } from "./conflict-panel";
import { DriverFields } from "./driver-fields";
import { Forecast } from "./forecast";
import { GridInput } from "./grid-input";
import { KpiEditCell } from "./kpi-cell";
import { MonthStatus } from "./month-status";
import { benefitInput, type RowValues } from "./row-model";
import type { useActualsGrid } from "./use-actuals-grid";
import { ConfirmButton } from "@/components/ui/confirm-button";

/** Full width, and 16 px text so phones do not zoom in on focus. */
const FIELD = "w-full py-2 text-base";

type Props = {
  row: GridRow;
  index: number;
  grid: ReturnType<typeof useActualsGrid>;
  kpis: KpiView[];
  drivers: string[];
  locale: UiLocale;
  currency: string;
  planVersion: number | null;
  /** The id of the keyboard help. */
  helpId: string;
};

/**
 * One month of the grid as a form, for small screens: the same state (drafts, saves,
 * conflicts) as its row in the table, with visible labels. Enter in a field saves the
 * month, Escape undoes its unsaved changes.
 */
export function MonthForm({ row, index, grid, kpis, drivers, locale, currency, planVersion, helpId }: Props) {
  const t = useTranslations("actuals");
  const base = useId();
  const { source, initial, values, dirty, status } = grid.rowState(row);
  const month = formatPeriod(row.period, locale);
  const errors = status.kind === "error" ? status.fieldErrors : {};
  const busy = status.kind === "saving";
  const set = (update: (v: RowValues) => RowValues) => grid.change(row, update);
  const id = (field: string) => `${base}-${field}`;
  const benefit = benefitInput(values, initial);
  const actual = source.actual;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (dirty && !busy) grid.save(row);
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === "Escape" && (event.target as HTMLElement).tagName === "INPUT") grid.revert(row.period);
  }

  const result =
    status.kind === "saved" || status.kind === "deleted"
      ? { text: t(`announce.${status.kind}`, { month, message: "" }), className: "text-green-800" }
      : status.kind === "error"
        ? { text: t("announce.error", { month, message: status.message }), className: "text-red-700" }
        : null;

  return (
    <div className="space-y-4">
      <form
        aria-labelledby={id("title")}
        aria-describedby={helpId}
        onSubmit={onSubmit}
        onKeyDown={onKeyDown}
        noValidate
        className={`space-y-4 rounded-md border p-3 ${status.kind === "conflict" ? "border-red-300" : actual ? "border-gray-200" : "border-amber-300 bg-amber-50/40"}`}
      >
        <div>
          <h3 id={id("title")} className="font-semibold text-gray-900">
            {month}
            <span className="ml-2 text-xs font-normal text-gray-500">
              {t("monthNumber", { number: row.monthNumber })}
            </span>
          </h3>
          <div className="mt-1">
            <MonthStatus
              actual={actual}
              status={status}
              dirty={dirty}
              planVersion={planVersion}
              locale={locale}
              showError={false}
            />
          </div>
        </div>
        <div>
          <GridInput
            id={id("cost")}
            label={t("columns.cost")}
            showLabel
            value={values.cost}
            onValue={(cost) => set((v) => ({ ...v, cost }))}
            row={index}
            col="cost"
            inputMode="decimal"
            className={`${FIELD} text-right`}
            error={errors.cost?.[0]}
            readOnly={busy}
            describedBy={id("cost-forecast")}
          />
          <Forecast id={id("cost-forecast")} value={row.forecast?.cost} locale={locale} currency={currency} />
        </div>
        <div>
          <GridInput
            id={id("benefit")}
            label={t("columns.benefit")}
            showLabel
            value={benefit.text}
            onValue={(text) => set((v) => ({ ...v, benefit: text }))}
            row={index}
            col="benefit"
            inputMode="decimal"
            className={`${FIELD} text-right`}
            placeholder={benefit.fromDrivers ? t("sumOfDrivers") : undefined}
            error={errors.benefit?.[0]}
            readOnly={busy || benefit.fromDrivers}
            describedBy={id("benefit-forecast")}
          />
          <Forecast id={id("benefit-forecast")} value={row.forecast?.benefit} locale={locale} currency={currency} />
          {drivers.length > 0 || values.split ? (
            <button
              type="button"
              className="mt-2 rounded text-sm text-blue-700 underline focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600"
              aria-expanded={values.split}
              aria-controls={id("drivers")}
              onClick={() => set((v) => ({ ...v, split: !v.split }))}
              disabled={busy}
            >
              {t("byDriverOf", { month })}
            </button>
          ) : null}
          {values.split ? (
            <div id={id("drivers")} className="mt-2 rounded-md bg-gray-50 p-2">
              <DriverFields
                layout="form"
                idPrefix={id("driver")}
                month={month}
                index={index}
                drivers={values.drivers}
                errors={errors}
                busy={busy}
                onDriver={(driver, text) => set((v) => ({ ...v, drivers: { ...v.drivers, [driver]: text } }))}
              />
            </div>
          ) : null}
        </div>
        {kpis.map((kpi) => (
          <KpiEditCell
            key={kpi.id}
            id={id(`kpi-${kpi.id}`)}
            label={kpi.unit ? `${kpi.name} (${kpi.unit})` : kpi.name}
            showLabel
            sizeClass={FIELD}
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
        ))}
        <GridInput
          id={id("note")}
          label={t("columns.note")}
          showLabel
          value={values.note}
          onValue={(note) => set((v) => ({ ...v, note }))}
          row={index}
          col="note"
          className={FIELD}
          maxLength={2000}
          error={errors.note?.[0]}
          readOnly={busy}
        />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={!dirty} pending={busy} aria-label={t("saveRow", { month })}>
            {t("save")}
          </Button>
          {actual ? (
            <ConfirmButton
              label={t("delete")}
              triggerAriaLabel={t("deleteRow", { month })}
              question={t("confirmDelete", { month })}
              confirmLabel={t("confirmDeleteYes")}
              tone="danger"
              disabled={busy}
              onConfirm={() => grid.remove(row)}
            />
          ) : null}
        </div>
        {/* Visible only: the page's live region announces the same result. */}
        {result ? <p className={`text-sm font-medium ${result.className}`}>{result.text}</p> : null}
      </form>
      {status.kind === "conflict" ? (
        <ConflictPanel
          id={id("conflict")}
          conflict={status.conflict}
          monthLabel={month}
          kpis={kpis}
          locale={locale}
          currency={currency}
          pending={busy}
          onKeepTheirs={() => grid.keepTheirs(row.period)}
          onOverwrite={() => grid.overwrite(row.period)}
        />
      ) : null}
    </div>
  );
}
