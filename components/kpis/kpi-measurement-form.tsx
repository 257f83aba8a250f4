"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { formatPeriod } from "@/lib/i18n/format";
import { toUiLocale } from "@/lib/i18n/locales";
import { recordKpiMeasurementAction } from "@/lib/kpis/actions";
import type { KpiView } from "@/lib/kpis/queries";

/** Records one KPI value for one month, also for months that have no actuals yet. */
export function KpiMeasurementForm({ slug, kpis, months }: { slug: string; kpis: KpiView[]; months: string[] }) {
  const t = useTranslations("kpis");
  const locale = toUiLocale(useLocale()) ?? "en";
  const router = useRouter();
  const form = useActionForm(recordKpiMeasurementAction, {
    extra: { workspaceSlug: slug, locale },
    onSuccess: () => router.refresh(),
  });
  if (months.length === 0) return <p className="text-sm text-gray-600">{t("noMonths")}</p>;
  const newestFirst = [...months].reverse();
  return (
    <form onSubmit={form.onSubmit} className="grid gap-3 sm:grid-cols-4" noValidate aria-label={t("measureTitle")}>
      <SelectField
        label={t("kpi")}
        id="measure-kpi"
        name="kpiId"
        error={form.fieldError("kpiId")}
        options={kpis.map((k) => ({ value: k.id, label: k.name }))}
      />
      <SelectField
        label={t("month")}
        id="measure-month"
        name="month"
        error={form.fieldError("month")}
        options={newestFirst.map((p) => ({ value: p, label: formatPeriod(p, locale) }))}
      />
      <TextField
        label={t("value")}
        id="measure-value"
        name="value"
        inputMode="decimal"
        required
        error={form.fieldError("value")}
      />
      <div className="flex items-end">
        <Button pending={form.pending}>{t("record")}</Button>
      </div>
      <div className="sm:col-span-4">
        <FormStatus result={form.result} success={t("recorded")} />
      </div>
    </form>
  );
}
