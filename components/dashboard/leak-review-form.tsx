"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { acknowledgeLeakAction, snoozeLeakAction } from "@/lib/leaks/actions";

type Props = { slug: string; investmentId: string; code: string; subject: string; defaultUntil: string };

/** Acknowledge (with a reason) or snooze (until a month) one leak. */
export function LeakReviewForm({ slug, investmentId, code, subject, defaultUntil }: Props) {
  const t = useTranslations("dashboard.review");
  const router = useRouter();
  const id = useId();
  const [mode, setMode] = useState<"acknowledge" | "snooze" | null>(null);
  const [result, setResult] = useState<ActionResult<{ id: string }> | null>(null);
  const [pending, startTransition] = useTransition();
  const errors = result && !result.ok ? result.fieldErrors : {};

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const base = { workspaceSlug: slug, investmentId, code, subject, reason: String(data.get("reason") ?? "") };
    startTransition(async () => {
      const outcome = mode === "snooze" ? await snoozeLeakAction({ ...base, until: String(data.get("until") ?? "") }) : await acknowledgeLeakAction(base);
      setResult(outcome);
      if (outcome.ok) router.refresh();
    });
  }

  if (!mode) {
    return (
      <div className="flex gap-2">
        <button type="button" className="text-xs text-blue-700 underline" onClick={() => setMode("acknowledge")}>{t("acknowledge")}</button>
        <button type="button" className="text-xs text-blue-700 underline" onClick={() => setMode("snooze")}>{t("snooze")}</button>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} className="mt-2 flex flex-wrap items-end gap-2" noValidate>
      <div className="min-w-0 max-w-full">
        <label htmlFor={`${id}-reason`} className="block text-xs font-medium">{t("reason")}</label>
        <input id={`${id}-reason`} name="reason" autoFocus className="mt-1 max-w-full rounded-md border-gray-300 text-sm" aria-invalid={errors.reason ? true : undefined} aria-describedby={errors.reason ? `${id}-reason-error` : undefined} />
        {errors.reason ? <p id={`${id}-reason-error`} className="text-xs text-red-700">{errors.reason[0]}</p> : null}
      </div>
      {mode === "snooze" ? (
        <div>
          <label htmlFor={`${id}-until`} className="block text-xs font-medium">{t("until")}</label>
          <input id={`${id}-until`} name="until" type="month" defaultValue={defaultUntil} className="mt-1 rounded-md border-gray-300 text-sm" aria-invalid={errors.until ? true : undefined} aria-describedby={errors.until ? `${id}-until-error` : undefined} />
          {errors.until ? <p id={`${id}-until-error`} className="text-xs text-red-700">{errors.until[0]}</p> : null}
        </div>
      ) : null}
      <button type="submit" disabled={pending} className="rounded-md bg-blue-700 px-3 py-1.5 text-xs font-medium text-white disabled:bg-blue-300">
        {mode === "snooze" ? t("confirmSnooze") : t("confirmAcknowledge")}
      </button>
      <button type="button" className="text-xs underline" onClick={() => setMode(null)}>{t("cancel")}</button>
      {result && !result.ok && Object.keys(errors).length === 0 ? <p role="alert" className="w-full text-xs text-red-700">{result.message}</p> : null}
    </form>
  );
}
