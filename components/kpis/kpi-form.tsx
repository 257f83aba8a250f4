"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { kpiForInput } from "@/components/actuals/format-input";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { toUiLocale } from "@/lib/i18n/locales";
import { createKpiAction, updateKpiAction } from "@/lib/kpis/actions";
import type { KpiView } from "@/lib/kpis/queries";

type Props = { slug: string; investmentId: string; kpi?: KpiView; onDone?: () => void };

/** Adds a KPI, or edits one when `kpi` is given. Numbers are typed and shown in the user's locale. */
export function KpiForm({ slug, investmentId, kpi, onDone }: Props) {
  const t = useTranslations("kpis");
  const locale = toUiLocale(useLocale()) ?? "en";
  const router = useRouter();
  const action: (input: unknown) => Promise<ActionResult<unknown>> = kpi ? updateKpiAction : createKpiAction;
  const extra: Record<string, string> = kpi
    ? { workspaceSlug: slug, kpiId: kpi.id, locale }
    : { workspaceSlug: slug, investmentId, locale };
  const formRef = useRef<HTMLFormElement>(null);
  const form = useActionForm(action, {
    extra,
    onSuccess: () => {
      router.refresh();
      if (!kpi) formRef.current?.reset();
      onDone?.();
    },
  });
  const prefix = kpi ? `kpi-${kpi.id}` : "kpi-new";
  const field = (name: string) => ({ id: `${prefix}-${name}`, name, error: form.fieldError(name) });
  return (
    <form
      ref={formRef}
      onSubmit={form.onSubmit}
      className="grid gap-3 sm:grid-cols-3"
      noValidate
      aria-label={kpi ? t("editTitle", { name: kpi.name }) : t("addTitle")}
    >
      <TextField label={t("name")} {...field("name")} defaultValue={kpi?.name ?? ""} required maxLength={100} />
      <TextField
        label={t("unit")}
        {...field("unit")}
        defaultValue={kpi?.unit ?? ""}
        hint={t("unitHint")}
        maxLength={20}
      />
      <SelectField
        label={t("direction")}
        {...field("direction")}
        defaultValue={kpi?.direction ?? "up"}
        options={[
          { value: "up", label: t("directions.up") },
          { value: "down", label: t("directions.down") },
        ]}
      />
      <TextField
        label={t("baseline")}
        {...field("baseline")}
        defaultValue={kpiForInput(kpi?.baseline, locale)}
        inputMode="decimal"
      />
      <TextField
        label={t("baselineDate")}
        {...field("baselineDate")}
        defaultValue={kpi?.baselineDate ?? ""}
        type="date"
      />
      <TextField
        label={t("target")}
        {...field("target")}
        defaultValue={kpiForInput(kpi?.target, locale)}
        inputMode="decimal"
      />
      <div className="sm:col-span-3">
        <FormStatus result={form.result} success={kpi ? undefined : t("saved")} />
      </div>
      <div className="flex gap-2 sm:col-span-3">
        <Button pending={form.pending}>{kpi ? t("save") : t("add")}</Button>
        {onDone ? (
          <Button type="button" variant="secondary" onClick={onDone}>
            {t("cancel")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
