"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionResult } from "@/lib/actions/result";
import { createWebhookEndpointAction } from "@/lib/webhooks/actions";
import { SecretField } from "./secret-field";
import { eventLabelKey } from "./event-label";

type Props = { slug: string; eventTypes: readonly string[]; slackEventTypes: readonly string[] };
type Created = { id: string; secret: string };

/** Adds an endpoint and shows its signing secret, ready to copy into the receiver. */
export function WebhookEndpointForm({ slug, eventTypes, slackEventTypes }: Props) {
  const t = useTranslations("webhooks");
  const router = useRouter();
  const [result, setResult] = useState<ActionResult<Created> | null>(null);
  const [format, setFormat] = useState("standard");
  const [pending, startTransition] = useTransition();
  const fieldError = (name: string) => (result && !result.ok ? result.fieldErrors[name]?.[0] : undefined);
  const eventsError = fieldError("events");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    // Several checkboxes share the name "events": read them as a list.
    const input = {
      workspaceSlug: slug,
      url: String(data.get("url") ?? ""),
      description: String(data.get("description") ?? ""),
      format: String(data.get("format") ?? "standard"),
      events: data.getAll("events").map(String),
    };
    startTransition(async () => {
      const outcome = await createWebhookEndpointAction(input);
      setResult(outcome);
      if (outcome.ok) {
        form.reset();
        setFormat("standard");
        router.refresh();
        return;
      }
      const first = Object.keys(outcome.fieldErrors)[0];
      if (first) form.querySelector<HTMLElement>(`[name="${CSS.escape(first)}"]`)?.focus();
    });
  }

  const slackOnly = (type: string) => format === "slack" && !slackEventTypes.includes(type);
  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-2" noValidate>
        <div className="sm:col-span-2">
          <TextField id="webhook-url" label={t("url")} name="url" type="url" inputMode="url" required maxLength={2000} hint={t("urlHint")} error={fieldError("url")} placeholder="https://example.com/webhooks/realised" />
        </div>
        <TextField id="webhook-description" label={t("description")} name="description" maxLength={200} hint={t("descriptionHint")} error={fieldError("description")} />
        <SelectField
          id="webhook-format"
          label={t("format")}
          name="format"
          value={format}
          onChange={(e) => setFormat(e.currentTarget.value)}
          hint={format === "slack" ? t("slackHint") : t("standardHint")}
          error={fieldError("format")}
          options={[
            { value: "standard", label: t("formats.standard") },
            { value: "slack", label: t("formats.slack") },
          ]}
        />
        <fieldset className="sm:col-span-2" aria-describedby={eventsError ? "webhook-events-error" : undefined} aria-invalid={eventsError ? true : undefined}>
          <legend className="text-sm font-medium text-gray-800">{t("events")}</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {eventTypes.map((type) => (
              <div key={type} className="flex items-start gap-2">
                <input
                  id={`webhook-event-${type}`}
                  type="checkbox"
                  name="events"
                  value={type}
                  disabled={slackOnly(type)}
                  defaultChecked={type.startsWith("leak.")}
                  className="mt-0.5 rounded border-gray-300"
                />
                <label htmlFor={`webhook-event-${type}`} className={`text-sm ${slackOnly(type) ? "text-gray-400" : ""}`}>
                  {t(`eventTypes.${eventLabelKey(type)}`)} <code className="text-xs text-gray-500">{type}</code>
                </label>
              </div>
            ))}
          </div>
          {eventsError ? (
            <p id="webhook-events-error" role="alert" className="mt-1 text-xs text-red-700">
              {eventsError}
            </p>
          ) : null}
        </fieldset>
        <div className="sm:col-span-2">
          <FormStatus result={result} />
        </div>
        <div>
          <Button pending={pending}>{t("add")}</Button>
        </div>
      </form>
      {result?.ok ? (
        <div role="status" className="space-y-2 rounded-md bg-green-50 p-3 text-sm text-green-900">
          <p>{t("secretOnce")}</p>
          <SecretField id="webhook-new-secret" label={t("secretTitle")} secret={result.data.secret} />
        </div>
      ) : null}
    </div>
  );
}
