"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { updateLeakThresholdsAction } from "@/lib/leaks/actions";
import type { LeakThresholds } from "@/lib/roi";

type Props = { slug: string; values: LeakThresholds; defaults: LeakThresholds };

/** The owner's thresholds for the value-leak flags, each with the engine's default beside it. */
export function LeakThresholdsForm({ slug, values, defaults }: Props) {
  const t = useTranslations("settings.thresholds");
  const router = useRouter();
  const form = useActionForm(updateLeakThresholdsAction, { extra: { workspaceSlug: slug }, onSuccess: () => router.refresh() });
  const keys = Object.keys(defaults) as (keyof LeakThresholds)[];
  return (
    <form onSubmit={form.onSubmit} className="space-y-4" noValidate>
      <p className="text-sm text-gray-700">{t("intro")}</p>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        {keys.map((key) => (
          <TextField
            key={key}
            label={t(`fields.${key}`)}
            name={key}
            inputMode="decimal"
            defaultValue={String(values[key])}
            hint={t("default", { value: defaults[key] })}
            error={form.fieldError(key)}
          />
        ))}
      </div>
      <FormStatus result={form.result} success={t("saved")} />
      <Button pending={form.pending}>{t("save")}</Button>
    </form>
  );
}
