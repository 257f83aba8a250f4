"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { translateServerMessage } from "@/lib/i18n/server-messages";

export type DeliveryRow = {
  id: string;
  status: string;
  attemptCount: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: Date | null;
  createdAt: Date;
  event: { id: string; type: string };
};

const STATUS_STYLE: Record<string, string> = {
  succeeded: "text-green-800",
  pending: "text-amber-800",
  failed: "text-red-800",
};

/** An endpoint's last deliveries, newest first: a list that reads the same at 390 px and on a desktop. */
export function WebhookDeliveryLog({ endpointId, deliveries }: { endpointId: string; deliveries: DeliveryRow[] }) {
  const t = useTranslations("webhooks");
  const locale = useLocale() as UiLocale;
  if (deliveries.length === 0) return <p className="text-gray-600">{t("noDeliveries")}</p>;
  const error = (row: DeliveryRow) => (row.lastError ? translateServerMessage(row.lastError, locale) : null);
  return (
    <ol aria-label={t("deliveryLogLabel")} className="divide-y divide-gray-100 rounded-md border border-gray-200" id={`webhook-log-${endpointId}`}>
      {deliveries.map((row) => (
        <li key={row.id} className="space-y-0.5 p-2">
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-0.5">
            <code className="text-xs">{row.event.type}</code>
            <span className="text-gray-600">{formatDateTime(new Date(row.createdAt), locale)}</span>
            <span className={`font-medium ${STATUS_STYLE[row.status] ?? ""}`}>{t(`deliveryStates.${row.status}`)}</span>
            <span className="text-gray-600">{t("attempts", { count: row.attemptCount })}</span>
            {row.lastStatusCode !== null ? <span className="text-gray-600">HTTP {row.lastStatusCode}</span> : null}
            {row.status === "pending" && row.nextAttemptAt ? (
              <span className="text-gray-600">{t("nextAttempt", { date: formatDateTime(new Date(row.nextAttemptAt), locale) })}</span>
            ) : null}
          </div>
          {error(row) ? (
            <p className="line-clamp-2 break-all font-mono text-xs text-gray-700" title={error(row) ?? undefined}>
              {error(row)}
            </p>
          ) : null}
          <p className="break-all text-xs text-gray-400">
            webhook-id <code>{row.event.id}</code>
          </p>
        </li>
      ))}
    </ol>
  );
}
