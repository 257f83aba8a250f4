"use client";

import { useTranslations } from "next-intl";
import { useRef, type KeyboardEvent } from "react";
import type { ActualsPageData } from "@/lib/actuals/queries";
import type { UiLocale } from "@/lib/i18n/locales";
import { ActualsRow } from "./actuals-row";
import { ReadOnlyRow } from "./read-only-row";
import type { useActualsGrid } from "./use-actuals-grid";
import { ScrollRegion, stickyCell } from "@/components/ui/scroll-region";

type Props = {
  data: ActualsPageData;
  grid: ReturnType<typeof useActualsGrid>;
  editable: boolean;
  locale: UiLocale;
  /** The id of the keyboard help (editable only). */
  helpId: string;
};

/**
 * The months as a table, for wider screens. Every row saves on its own; Enter saves and
 * moves down like a spreadsheet, Tab moves across.
 */
export function ActualsTable({ data, grid, editable, locale, helpId }: Props) {
  const t = useTranslations("actuals");
  const tableRef = useRef<HTMLTableElement>(null);
  const { investment, kpis, drivers, grid: model, planVersion } = data;
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

  return (
    // Relative: keeps the header's visually hidden text inside the scrolling box, not widening the page.
    <ScrollRegion label={t("caption", { name: investment.name })}>
      <table
        ref={tableRef}
        onKeyDown={editable ? onKeyDown : undefined}
        aria-describedby={editable ? helpId : undefined}
        className="min-w-full text-left text-sm"
        data-testid="actuals-grid"
      >
        <caption className="sr-only">{t("caption", { name: investment.name })}</caption>
        <thead className="border-b text-xs uppercase text-gray-500">
          <tr>
            <th scope="col" className={`py-2 pr-3 ${stickyCell()}`}>
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
    </ScrollRegion>
  );
}
