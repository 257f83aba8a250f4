"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { openingMonth } from "@/lib/actuals/opening-month";
import type { ActualsPageData } from "@/lib/actuals/queries";
import { formatPeriod } from "@/lib/i18n/format";
import { toUiLocale } from "@/lib/i18n/locales";
import { useMediaQuery } from "@/components/ui/use-media-query";
import { useUnsavedChangesWarning } from "@/components/ui/use-unsaved-changes-warning";
import { ActualsTable } from "./actuals-table";
import { MonthByMonth } from "./month-by-month";
import { useActualsGrid, type Announce } from "./use-actuals-grid";

/** Below Tailwind's `sm` (640 px) the table does not fit: one month at a time instead. */
const SMALL_SCREEN = "(max-width: 639.98px)";

type Props = {
  slug: string;
  data: ActualsPageData;
  editable: boolean;
  /** The current calendar month, "YYYY-MM" (from the server): the form opens on the month to record. */
  currentPeriod: string;
};

/**
 * Months × actual cost, actual benefit, KPI values and note: a table on wider screens, a
 * month-by-month form on small ones. Only one of the two is mounted; both work on the same
 * state, so unsaved edits survive a rotation or resize, and leaving with any asks first.
 */
export function ActualsGrid({ slug, data, editable, currentPeriod }: Props) {
  const t = useTranslations("actuals");
  const locale = toUiLocale(useLocale()) ?? "en";
  const helpId = useId();
  const [announcement, setAnnouncement] = useState("");
  const { investment, kpis, drivers, grid: model, planVersion } = data;
  const [period, setPeriod] = useState(() => openingMonth(model.rows, currentPeriod) ?? "");
  const small = useMediaQuery(SMALL_SCREEN);
  const announce: Announce = (month, event, message) =>
    setAnnouncement(t(`announce.${event}`, { month: formatPeriod(month, locale), message: message ?? "" }));
  const grid = useActualsGrid({
    slug,
    investmentId: investment.id,
    locale,
    kpiIds: kpis.map((k) => k.id),
    drivers,
    announce,
  });
  const unsaved = editable ? model.rows.filter((row) => grid.rowState(row).dirty) : [];
  useUnsavedChangesWarning(unsaved.length > 0, t("leaveWarning", { count: unsaved.length }));

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
        <p id={helpId} className="text-xs text-gray-500">
          {small ? t("monthKeyboardHelp") : t("keyboardHelp")}
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
      {unsaved.length > 0 ? (
        <p className="rounded-md bg-blue-50 px-3 py-2 text-sm text-blue-900" data-testid="unsaved-months">
          {t("unsavedMonths", {
            count: unsaved.length,
            months: unsaved.map((row) => formatPeriod(row.period, locale)).join(", "),
          })}
        </p>
      ) : null}
      {small ? (
        <MonthByMonth
          data={data}
          grid={grid}
          editable={editable}
          locale={locale}
          period={period}
          onPeriod={setPeriod}
          helpId={helpId}
        />
      ) : (
        <ActualsTable data={data} grid={grid} editable={editable} locale={locale} helpId={helpId} />
      )}
    </div>
  );
}
