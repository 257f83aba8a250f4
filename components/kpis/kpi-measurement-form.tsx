"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { formatPeriod } from "@/lib/i18n/format";
import { toUiLocale } from "@/lib/i18n/locales";
import { recordKpiMeasurementAction } from "@/lib/kpis/actions";
import type { MeasurementConflict } from "@/lib/kpis/measurements";
import type { KpiView } from "@/lib/kpis/queries";
import { KpiConflictPanel } from "./kpi-conflict-panel";

type Pending = { input: Record<string, string>; conflict: MeasurementConflict };

/** The value the page shows for a KPI in a month: what a new value replaces ("" when none). */
export const shownValue = (kpis: KpiView[], kpiId: string, month: string) =>
  kpis.find((kpi) => kpi.id === kpiId)?.measurements.find((m) => m.period === month)?.value ?? "";

/**
 * Records one KPI value for one month, also for months that have no actuals yet. The value
 * is sent with the one it replaces; if someone changed it meanwhile, both are shown and the
 * user keeps theirs or overwrites it.
 */
export function KpiMeasurementForm({ slug, kpis, months }: { slug: string; kpis: KpiView[]; months: string[] }) {
  const t = useTranslations("kpis");
  const locale = toUiLocale(useLocale()) ?? "en";
  const router = useRouter();
  const [pending, setPending] = useState<Pending | null>(null);
  // How a conflict was settled, shown instead of the form's own result.
  const [settled, setSettled] = useState<{ result: ActionResult; success: string } | null>(null);
  const [resolving, startResolving] = useTransition();

  async function send(input: Record<string, string>) {
    const result = await recordKpiMeasurementAction(input);
    setPending(!result.ok && "conflict" in result ? { input, conflict: result.conflict } : null);
    return result;
  }
  const form = useActionForm(
    (raw) => {
      const input = raw as Record<string, string>;
      setSettled(null);
      return send({ ...input, baseValue: shownValue(kpis, input.kpiId ?? "", input.month ?? "") });
    },
    { extra: { workspaceSlug: slug, locale }, onSuccess: () => router.refresh() },
  );

  function keepTheirs() {
    setPending(null);
    setSettled({ result: { ok: true, data: undefined }, success: t("keptTheirs") });
    router.refresh();
  }
  function overwrite() {
    if (!pending) return;
    const input = { ...pending.input, baseValue: pending.conflict.theirs ?? "" };
    startResolving(async () => {
      const result = await send(input);
      setSettled({ result, success: t("recorded") });
      router.refresh();
    });
  }

  if (months.length === 0) return <p className="text-sm text-gray-600">{t("noMonths")}</p>;
  const newestFirst = [...months].reverse();
  const conflictKpi = pending ? kpis.find((kpi) => kpi.id === pending.conflict.kpiId) : undefined;
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
      <div className="space-y-2 sm:col-span-4">
        {pending ? (
          <KpiConflictPanel
            conflict={pending.conflict}
            kpiName={conflictKpi?.name ?? ""}
            unit={conflictKpi?.unit ?? ""}
            locale={locale}
            pending={resolving}
            onKeepTheirs={keepTheirs}
            onOverwrite={overwrite}
          />
        ) : (
          <FormStatus result={settled?.result ?? form.result} success={settled?.success ?? t("recorded")} />
        )}
      </div>
    </form>
  );
}
