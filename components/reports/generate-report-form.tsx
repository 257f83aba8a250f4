"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { generateReportAction } from "@/lib/reports/actions";

const SCENARIOS = ["conservative", "expected", "optimistic"] as const;

type Props = { slug: string; defaultPeriod: string; defaultLocale: "nl" | "en" };

/** Editors make a report for a period; it is frozen at once and appears in the list. */
export function GenerateReportForm({ slug, defaultPeriod, defaultLocale }: Props) {
  const t = useTranslations("reports");
  const router = useRouter();
  const [madeId, setMadeId] = useState<string | null>(null);
  const form = useActionForm(generateReportAction, {
    extra: { workspaceSlug: slug },
    onSuccess: (data) => {
      setMadeId(data.id);
      router.refresh();
    },
  });
  return (
    <form onSubmit={form.onSubmit} className="space-y-4" noValidate>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <TextField label={t("period")} name="period" defaultValue={defaultPeriod} hint={t("periodHint")} error={form.fieldError("period")} />
        <SelectField
          label={t("language")}
          name="locale"
          defaultValue={defaultLocale}
          options={(["nl", "en"] as const).map((value) => ({ value, label: t(`languages.${value}`) }))}
          error={form.fieldError("locale")}
        />
        <SelectField
          label={t("scenario")}
          name="scenario"
          defaultValue="expected"
          options={SCENARIOS.map((value) => ({ value, label: t(`scenarios.${value}`) }))}
          error={form.fieldError("scenario")}
        />
      </div>
      <FormStatus
        result={form.result}
        success={
          madeId ? (
            <>
              {t("generated")}{" "}
              <a className="underline" href={`/api/w/${slug}/reports/${madeId}`}>
                {t("downloadNew")}
              </a>
            </>
          ) : undefined
        }
      />
      <Button pending={form.pending}>{t("generate")}</Button>
    </form>
  );
}
