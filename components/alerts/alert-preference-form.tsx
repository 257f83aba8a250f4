"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";
import { setAlertPreferenceAction } from "@/lib/alerts/actions";
import { ALERT_MODES, type AlertMode } from "@/lib/alerts/modes";

/** Off / immediately / weekly digest, for the signed-in member only. */
export function AlertPreferenceForm({ slug, workspaceName, email, mode }: { slug: string; workspaceName: string; email: string; mode: AlertMode }) {
  const t = useTranslations("alerts");
  const form = useActionForm(setAlertPreferenceAction, { extra: { workspaceSlug: slug } });
  const error = form.fieldError("mode");
  const saved = form.result?.ok ? form.result.data.mode : null;
  const failure = form.result && !form.result.ok ? form.result.message : null;
  return (
    <form onSubmit={form.onSubmit} className="space-y-4" noValidate>
      <p className="text-sm text-gray-700">{t("intro", { workspace: workspaceName })}</p>
      <fieldset className="min-w-0" aria-invalid={error ? true : undefined} aria-describedby={error ? "alert-mode-error" : undefined}>
        <legend className="text-sm font-medium text-gray-800">{t("legend")}</legend>
        <div className="mt-2 space-y-3">
          {ALERT_MODES.map((option) => (
            <div key={option} className="flex items-start gap-3">
              <input
                id={`alert-mode-${option}`}
                name="mode"
                type="radio"
                value={option}
                defaultChecked={option === mode}
                aria-describedby={`alert-mode-${option}-hint`}
                className="mt-1 h-4 w-4 shrink-0 border-gray-300 text-blue-700 focus:ring-blue-600"
              />
              <div className="min-w-0">
                <label htmlFor={`alert-mode-${option}`} className="block text-sm font-medium text-gray-900">
                  {t(`modes.${option}.label`)}
                </label>
                <p id={`alert-mode-${option}-hint`} className="text-xs text-gray-600">
                  {t(`modes.${option}.hint`)}
                </p>
              </div>
            </div>
          ))}
        </div>
        {error ? (
          <p id="alert-mode-error" role="alert" className="mt-2 text-xs text-red-700">
            {error}
          </p>
        ) : null}
      </fieldset>
      <p className="break-words text-xs text-gray-600">{t("sentTo", { email })}</p>
      {/* Always in the page, so screen readers announce the confirmation when it appears. */}
      <p role="status" aria-live="polite" className={saved ? "rounded-md bg-green-50 p-3 text-sm text-green-800" : "sr-only"}>
        {saved ? t(`saved.${saved}`) : ""}
      </p>
      {failure && !error ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {failure}
        </p>
      ) : null}
      <Button pending={form.pending}>{t("save")}</Button>
    </form>
  );
}
