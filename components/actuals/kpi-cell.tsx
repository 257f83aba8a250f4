"use client";

import { useTranslations } from "next-intl";
import type { KpiCell as KpiCellValue } from "@/lib/actuals/grid";
import { formatNumber, formatPeriod } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { GridInput } from "./grid-input";

type Common = { cell: KpiCellValue; unit: string; locale: UiLocale };

/** A value carried forward from an earlier month: greyed, labelled, never passed off as measured. */
function Carried({ id, cell, unit, locale }: Common & { id?: string }) {
  const t = useTranslations("actuals");
  if (!cell?.carried) return null;
  const value = `${formatNumber(cell.value, locale, 4)}${unit ? ` ${unit}` : ""}`;
  return (
    <span
      id={id}
      className="mt-1 block text-xs italic text-gray-500"
      title={t("carriedFrom", { value, month: formatPeriod(cell.fromPeriod, locale) })}
    >
      <span aria-hidden="true">{value} · </span>
      {t("carried")}
      <span className="sr-only">: {t("carriedFrom", { value, month: formatPeriod(cell.fromPeriod, locale) })}</span>
    </span>
  );
}

export function KpiReadCell({ cell, unit, locale }: Common) {
  const t = useTranslations("actuals");
  if (!cell) return <span className="text-gray-400">{t("noValue")}</span>;
  if (cell.carried) return <Carried cell={cell} unit={unit} locale={locale} />;
  return (
    <span>
      {formatNumber(cell.value, locale, 4)}
      {unit ? ` ${unit}` : ""}
    </span>
  );
}

type EditProps = Common & {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  row: number;
  col: string;
  error?: string;
  readOnly?: boolean;
  showLabel?: boolean;
  /** The input's size classes: narrow in the grid. */
  sizeClass?: string;
};

export function KpiEditCell({ cell, unit, locale, id, value, sizeClass = "w-20", ...input }: EditProps) {
  const showCarried = cell?.carried && value === "";
  return (
    <div>
      <GridInput
        id={id}
        value={value}
        inputMode="decimal"
        className={`${sizeClass} text-right placeholder:italic placeholder:text-gray-400`}
        placeholder={showCarried && cell ? formatNumber(cell.value, locale, 4) : undefined}
        describedBy={showCarried ? `${id}-carried` : undefined}
        {...input}
      />
      {showCarried ? <Carried id={`${id}-carried`} cell={cell} unit={unit} locale={locale} /> : null}
    </div>
  );
}
