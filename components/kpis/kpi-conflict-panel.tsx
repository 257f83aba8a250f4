"use client";

import { useTranslations } from "next-intl";
import { ConflictChoices } from "@/components/ui/conflict-choices";
import { formatNumber, formatPeriod } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import type { MeasurementConflict } from "@/lib/kpis/measurements";

type Props = {
  conflict: MeasurementConflict;
  kpiName: string;
  unit: string;
  locale: UiLocale;
  pending: boolean;
  onKeepTheirs: () => void;
  onOverwrite: () => void;
};

/** Someone changed the KPI value first: both values side by side, and the user decides. */
export function KpiConflictPanel({ conflict, kpiName, unit, locale, pending, onKeepTheirs, onOverwrite }: Props) {
  const t = useTranslations("kpis");
  const ta = useTranslations("actuals");
  const value = (v: string | null) => (v === null ? ta("noValue") : `${formatNumber(v, locale, 4)}${unit ? ` ${unit}` : ""}`);
  return (
    <section
      aria-labelledby="kpi-conflict-title"
      className="rounded-md border border-red-300 bg-red-50 p-3 text-sm"
      data-testid="kpi-conflict"
    >
      <h4 id="kpi-conflict-title" className="font-semibold text-red-900">
        {t("conflictTitle", { name: kpiName, month: formatPeriod(conflict.month, locale) })}
      </h4>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-red-900">
        <dt>{ta("conflict.yours")}</dt>
        <dd className="font-medium">{value(conflict.yours)}</dd>
        <dt>{ta("conflict.theirs")}</dt>
        <dd className="font-medium">{value(conflict.theirs)}</dd>
      </dl>
      <ConflictChoices pending={pending} onKeepTheirs={onKeepTheirs} onOverwrite={onOverwrite} />
    </section>
  );
}
