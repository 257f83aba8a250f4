"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import type { ActionResult } from "@/lib/actions/result";
import { formatDateTime } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import {
  deleteWebhookEndpointAction,
  revealWebhookSecretAction,
  rotateWebhookSecretAction,
  sendWebhookTestEventAction,
  setWebhookEndpointEnabledAction,
} from "@/lib/webhooks/actions";
import { SecretField } from "./secret-field";

type Props = { slug: string; endpoint: { id: string; url: string; enabled: boolean } };
type Shown = { secret: string; previousSecretUntil: Date | null } | null;

const buttonClass = "rounded-md border border-gray-300 px-3 py-1.5 text-sm text-gray-800 hover:bg-gray-50 disabled:text-gray-400";

/** What an owner can do with one endpoint; each change refreshes the page's data. */
export function WebhookEndpointActions({ slug, endpoint }: Props) {
  const t = useTranslations("webhooks");
  const locale = useLocale() as UiLocale;
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [shown, setShown] = useState<Shown>(null);
  const ref = { workspaceSlug: slug, endpointId: endpoint.id };

  function run<T>(call: () => Promise<ActionResult<T>>, onSuccess: (data: T) => string | null) {
    startTransition(async () => {
      const result = await call();
      if (result.ok) {
        const text = onSuccess(result.data);
        setMessage(text ? { ok: true, text } : null);
      } else {
        setMessage({ ok: false, text: result.message });
      }
      router.refresh();
    });
  }

  /** For a confirmed change: the question shows a refusal itself, a success note shows below. */
  async function confirmed<T>(call: () => Promise<ActionResult<T>>, onSuccess: (data: T) => string | null) {
    const result = await call();
    if (result.ok) {
      const text = onSuccess(result.data);
      setMessage(text ? { ok: true, text } : null);
    }
    router.refresh();
    return result;
  }

  const until = (date: Date | null) => (date ? formatDateTime(new Date(date), locale) : "");
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        {endpoint.enabled ? (
          <button type="button" className={buttonClass} disabled={pending} onClick={() => run(() => sendWebhookTestEventAction(ref), () => t("testSent"))}>
            {t("sendTest")}
          </button>
        ) : null}
        {shown ? (
          <button type="button" className={buttonClass} onClick={() => setShown(null)} aria-controls={`webhook-secret-${endpoint.id}`}>
            {t("hide")}
          </button>
        ) : (
          <button
            type="button"
            className={buttonClass}
            disabled={pending}
            onClick={() =>
              run(
                () => revealWebhookSecretAction(ref),
                (data) => {
                  setShown(data);
                  return null;
                },
              )
            }
          >
            {t("reveal")}
          </button>
        )}
        <ConfirmButton
          label={t("rotate")}
          question={t("confirmRotate", { url: endpoint.url })}
          confirmLabel={t("rotate")}
          disabled={pending}
          onConfirm={() =>
            confirmed(
              () => rotateWebhookSecretAction(ref),
              (data) => {
                setShown(data);
                return t("rotated", { until: until(data.previousSecretUntil) });
              },
            )
          }
        />
        {endpoint.enabled ? (
          <ConfirmButton
            label={t("disable")}
            question={t("confirmDisable", { url: endpoint.url })}
            confirmLabel={t("disable")}
            disabled={pending}
            onConfirm={() => confirmed(() => setWebhookEndpointEnabledAction({ ...ref, enabled: false }), () => null)}
          />
        ) : (
          <button type="button" className={buttonClass} disabled={pending} onClick={() => run(() => setWebhookEndpointEnabledAction({ ...ref, enabled: true }), () => null)}>
            {t("enable")}
          </button>
        )}
        <ConfirmButton
          label={t("delete")}
          question={t("confirmDelete", { url: endpoint.url })}
          confirmLabel={t("delete")}
          disabled={pending}
          tone="danger"
          onConfirm={() => confirmed(() => deleteWebhookEndpointAction(ref), () => null)}
        />
      </div>
      {shown ? (
        <div id={`webhook-secret-${endpoint.id}`}>
          <SecretField id={`webhook-secret-field-${endpoint.id}`} label={t("secretTitle")} secret={shown.secret} />
          {shown.previousSecretUntil ? <p className="text-xs text-gray-600">{t("previousValidUntil", { until: until(shown.previousSecretUntil) })}</p> : null}
        </div>
      ) : null}
      {message ? (
        <p role={message.ok ? "status" : "alert"} className={`text-sm ${message.ok ? "text-green-800" : "text-red-700"}`}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
