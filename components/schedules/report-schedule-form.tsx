"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { saveReportScheduleAction } from "@/lib/schedules/actions";

type Schedule = { enabled: boolean; dayOfMonth: number; recipients: string[]; locale: string; holdForReview: boolean };

function Checkbox({ name, label, defaultChecked }: { name: string; label: string; defaultChecked: boolean }) {
  return (
    <div className="flex items-center gap-2">
      <input id={`schedule-${name}`} name={name} type="checkbox" defaultChecked={defaultChecked} className="rounded border-gray-300" />
      <label htmlFor={`schedule-${name}`} className="text-sm text-gray-800">
        {label}
      </label>
    </div>
  );
}

/** Day, recipients, language and review of the monthly report e-mail. */
export function ReportScheduleForm({ slug, schedule }: { slug: string; schedule: Schedule }) {
  const t = useTranslations("schedules");
  const router = useRouter();
  const form = useActionForm(saveReportScheduleAction, { extra: { workspaceSlug: slug }, onSuccess: () => router.refresh() });
  const recipientsError = form.fieldError("recipients");
  return (
    <form onSubmit={form.onSubmit} className="space-y-4" noValidate>
      <p className="text-sm text-gray-700">{t("intro")}</p>
      <Checkbox name="enabled" label={t("enabled")} defaultChecked={schedule.enabled} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField label={t("dayOfMonth")} name="dayOfMonth" type="number" min={1} max={28} defaultValue={String(schedule.dayOfMonth)} hint={t("dayHint")} error={form.fieldError("dayOfMonth")} />
        <SelectField
          label={t("locale")}
          name="locale"
          defaultValue={schedule.locale}
          options={[{ value: "nl", label: t("locales.nl") }, { value: "en", label: t("locales.en") }]}
          error={form.fieldError("locale")}
        />
      </div>
      <div>
        <label htmlFor="schedule-recipients" className="block text-sm font-medium text-gray-800">
          {t("recipients")}
        </label>
        <textarea
          id="schedule-recipients"
          name="recipients"
          rows={3}
          defaultValue={schedule.recipients.join("\n")}
          aria-invalid={recipientsError ? true : undefined}
          aria-describedby={recipientsError ? "schedule-recipients-error" : "schedule-recipients-hint"}
          className="mt-1 block w-full min-w-0 rounded-md border-gray-300 text-sm shadow-sm focus:border-blue-600 focus:ring-blue-600 aria-[invalid=true]:border-red-600"
        />
        {recipientsError ? (
          <p id="schedule-recipients-error" role="alert" className="mt-1 text-xs text-red-700">
            {recipientsError}
          </p>
        ) : (
          <p id="schedule-recipients-hint" className="mt-1 text-xs text-gray-500">
            {t("recipientsHint")}
          </p>
        )}
      </div>
      <Checkbox name="holdForReview" label={t("holdForReview")} defaultChecked={schedule.holdForReview} />
      <FormStatus result={form.result} success={t("saved")} />
      <Button pending={form.pending}>{t("save")}</Button>
    </form>
  );
}
