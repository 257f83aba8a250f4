"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRef, useState, type KeyboardEvent } from "react";
import type { ActualsPageData } from "@/lib/actuals/queries";
import { formatPeriod } from "@/lib/i18n/format";
import { toUiLocale } from "@/lib/i18n/locales";
import { ActualsRow } from "./actuals-row";
import { ReadOnlyRow } from "./read-only-row";
import { useActualsGrid, type Announce } from "./use-actuals-grid";

type Props = { slug: string; data: ActualsPageData; editable: boolean };

/**
 * Months × actual cost, actual benefit, KPI values and note. Every row saves on its own;
 * Enter saves and moves down like a spreadsheet, Tab moves across.
 */
export function ActualsGrid({ slug, data, editable }: Props) {
  const t = useTranslations("actuals");
  const locale = toUiLocale(useLocale()) ?? "en";
  const tableRef = useRef<HTMLTableElement>(null);
  const [announcement, setAnnouncement] = useState("");
  const { investment, kpis, drivers, grid: model, planVersion } = data;
  const announce: Announce = (period, event, message) =>
    setAnnouncement(t(`announce.${event}`, { month: formatPeriod(period, locale), message: message ?? "" }));
  const grid = useActualsGrid({
    slug,
    investmentId: investment.id,
    locale,
    kpiIds: kpis.map((k) => k.id),
    drivers,
    announce,
  });
  const columns = 5 + kpis.length + (editable ? 1 : 0);

  function focusCell(row: number, col: string) {
    const cell = tableRef.current?.querySelector<HTMLInputElement>(
      `input[data-row="${row}"][data-col="${CSS.escape(col)}"]`,
    );
    cell?.focus();
    cell?.select();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const target = event.target as HTMLElement;
    if (target.tagName !== "INPUT" || target.dataset.row === undefined || !target.dataset.col) return;
    const index = Number(target.dataset.row);
    const row = model.rows[index];
    if (event.key === "Enter") {
      event.preventDefault();
      if (!event.shiftKey && grid.rowState(row).dirty) grid.save(row);
      focusCell(event.shiftKey ? index - 1 : index + 1, target.dataset.col);
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      focusCell(event.key === "ArrowDown" ? index + 1 : index - 1, target.dataset.col);
    } else if (event.key === "Escape") {
      grid.revert(row.period);
    }
  }

  if (model.rows.length === 0) {
    return (
      <p className="text-sm text-gray-700">{t("notStarted", { month: formatPeriod(investment.startMonth, locale) })}</p>
    );
  }

  return (
    <div className="space-y-3">
      <p className="text-sm text-gray-700">{t("intro")}</p>
      <p className="text-sm text-gray-600">
        {planVersion !== null ? t("forecastFrom", { version: planVersion }) : t("forecastDraft")}
        {model.rows.every((r) => r.forecast === null) ? ` ${t("forecastUnavailable")}` : ""}
      </p>
      {editable ? (
        <p id="actuals-keyboard-help" className="text-xs text-gray-500">
          {t("keyboardHelp")}
        </p>
      ) : (
        <p className="text-sm text-gray-600">{t("readOnly")}</p>
      )}
      {model.hiddenRecordedMonths.length > 0 ? (
        <p className="text-sm text-amber-800">
          {t("hiddenMonths", { months: model.hiddenRecordedMonths.map((p) => formatPeriod(p, locale)).join(", ") })}
        </p>
      ) : null}
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <div className="overflow-x-auto">
        <table
          ref={tableRef}
          onKeyDown={editable ? onKeyDown : undefined}
          aria-describedby={editable ? "actuals-keyboard-help" : undefined}
          className="min-w-full text-left text-sm"
          data-testid="actuals-grid"
        >
          <caption className="sr-only">{t("caption", { name: investment.name })}</caption>
          <thead className="border-b text-xs uppercase text-gray-500">
            <tr>
              <th scope="col" className="py-2 pr-3">
                {t("columns.month")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("columns.status")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("columns.cost")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("columns.benefit")}
              </th>
              {kpis.map((kpi) => (
                <th key={kpi.id} scope="col" className="py-2 pr-3 normal-case">
                  {kpi.name}
                  {kpi.unit ? ` (${kpi.unit})` : ""}
                </th>
              ))}
              <th scope="col" className="py-2 pr-3">
                {t("columns.note")}
              </th>
              {editable ? (
                <th scope="col" className="py-2">
                  <span className="sr-only">{t("columns.actions")}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {model.rows.map((row, index) =>
              editable ? (
                <ActualsRow
                  key={row.period}
                  row={row}
                  index={index}
                  grid={grid}
                  kpis={kpis}
                  drivers={drivers}
                  locale={locale}
                  currency={investment.currency}
                  planVersion={planVersion}
                  columns={columns}
                />
              ) : (
                <ReadOnlyRow key={row.period} row={row} kpis={kpis} locale={locale} currency={investment.currency} />
              ),
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
