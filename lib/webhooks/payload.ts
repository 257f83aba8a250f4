import { appUrl } from "@/lib/email/send-mail";
import { toUiLocale } from "@/lib/i18n/locales";
import { isLeakEventType, parseEventData, type WebhookEventType } from "./event-schemas";
import type { WebhookFormat } from "./schemas";
import { slackLeakBody, slackTestBody } from "./slack";

export type StoredEvent = { id: string; type: string; data: unknown; occurredAt: Date };

/** Whether an endpoint of `format` can carry an event of `type` (Slack: leak messages and the test only). */
export const formatCarries = (format: string, type: string) => format !== "slack" || isLeakEventType(type) || type === "webhook.test";

/**
 * The exact body delivered for an event: the Standard Webhooks envelope { type,
 * timestamp, data } (timestamp: when it happened), or a Slack message. The same bytes on
 * every attempt, so a receiver sees one event however often it is retried.
 */
export function deliveryBody(event: StoredEvent, format: WebhookFormat | string, workspace: { slug: string; locale: string }): string {
  if (format !== "slack") return JSON.stringify({ type: event.type, timestamp: event.occurredAt.toISOString(), data: event.data });
  const locale = toUiLocale(workspace.locale) ?? "en";
  const dashboardUrl = `${appUrl()}/w/${encodeURIComponent(workspace.slug)}`;
  const type = event.type as WebhookEventType;
  if (type === "leak.opened" || type === "leak.worsened") {
    return JSON.stringify(slackLeakBody({ type, data: parseEventData(type, event.data), locale, dashboardUrl }));
  }
  if (type === "webhook.test") return JSON.stringify(slackTestBody({ locale, dashboardUrl }));
  throw new Error(`A Slack endpoint cannot carry ${event.type} events`);
}
