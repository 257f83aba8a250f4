"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { WebhookDeliveryLog, type DeliveryRow } from "./webhook-delivery-log";
import { WebhookEndpointActions } from "./webhook-endpoint-actions";
import { eventLabelKey } from "./event-label";

export type EndpointView = {
  id: string;
  url: string;
  description: string;
  events: string[];
  format: string;
  enabled: boolean;
  disabledAt: Date | null;
  disabledReason: string | null;
  /** Until when the previous secret still signs beside the new one (null: no rotation under way). */
  rotatingUntil: Date | null;
  deliveries: DeliveryRow[];
};

const DELIVERY_STYLE: Record<string, string> = {
  succeeded: "bg-green-100 text-green-900",
  pending: "bg-amber-100 text-amber-900",
  failed: "bg-red-100 text-red-900",
};

/** One endpoint: where it points, what it receives, whether it is on, what it last did, and its log. */
export function WebhookEndpointCard({ slug, endpoint }: { slug: string; endpoint: EndpointView }) {
  const t = useTranslations("webhooks");
  const locale = useLocale() as UiLocale;
  const last = endpoint.deliveries[0];
  const headingId = `webhook-${endpoint.id}-url`;
  return (
    <article aria-labelledby={headingId} className="space-y-3 rounded-md border border-gray-200 p-3 sm:p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={headingId} className="break-all font-mono text-sm font-medium text-gray-900">
            {endpoint.url}
          </h3>
          {endpoint.description ? <p className="text-sm text-gray-600">{endpoint.description}</p> : null}
        </div>
        <span className={`shrink-0 rounded-full px-2 py-0.5 text-xs ${endpoint.enabled ? "bg-green-100 text-green-900" : "bg-gray-200 text-gray-800"}`}>
          {endpoint.enabled ? t("enabled") : t("disabled")}
        </span>
      </div>
      {!endpoint.enabled && (endpoint.disabledReason || endpoint.disabledAt) ? (
        <p className="rounded-md bg-amber-50 p-2 text-sm text-amber-900">
          {endpoint.disabledAt ? t("disabledSince", { date: formatDateTime(new Date(endpoint.disabledAt), locale) }) : null}
          {endpoint.disabledReason ? ` — ${translateServerMessage(endpoint.disabledReason, locale)}` : null}
        </p>
      ) : null}
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="text-gray-500">{t("events")}</dt>
        <dd>
          <ul className="flex flex-wrap gap-1">
            {endpoint.events.map((type) => (
              <li key={type} className="rounded bg-gray-100 px-1.5 py-0.5 text-xs" title={t(`eventTypes.${eventLabelKey(type)}`)}>
                <code>{type}</code>
              </li>
            ))}
          </ul>
        </dd>
        <dt className="text-gray-500">{t("format")}</dt>
        <dd>{endpoint.format === "slack" ? t("formats.slack") : t("formats.standard")}</dd>
        <dt className="text-gray-500">{t("lastDelivery")}</dt>
        <dd>
          {last ? (
            <>
              <span className={`rounded-full px-2 py-0.5 text-xs ${DELIVERY_STYLE[last.status] ?? ""}`}>{t(`deliveryStates.${last.status}`)}</span>{" "}
              <span className="text-gray-600">
                <code className="text-xs">{last.event.type}</code> · {formatDateTime(new Date(last.createdAt), locale)}
              </span>
            </>
          ) : (
            t("noDeliveries")
          )}
        </dd>
        {endpoint.rotatingUntil ? (
          <>
            <dt className="text-gray-500">{t("secretTitle")}</dt>
            <dd>{t("previousValidUntil", { until: formatDateTime(new Date(endpoint.rotatingUntil), locale) })}</dd>
          </>
        ) : null}
      </dl>
      <WebhookEndpointActions slug={slug} endpoint={{ id: endpoint.id, url: endpoint.url, enabled: endpoint.enabled }} />
      <details className="text-sm">
        <summary className="cursor-pointer text-blue-700">{t("deliveryLog", { count: endpoint.deliveries.length })}</summary>
        <div className="mt-2">
          <WebhookDeliveryLog endpointId={endpoint.id} deliveries={endpoint.deliveries} />
        </div>
      </details>
    </article>
  );
}
