import { z } from "zod";

// The events a workspace's webhooks (and leak e-mails) can carry, each with the zod schema
// of its payload's `data`. The OpenAPI document lists them under `webhooks`.

export const EVENT_TYPES = [
  "leak.opened",
  "leak.worsened",
  "actuals.recorded",
  "plan.approved",
  "plan.versioned",
  "report.generated",
  "actuals.missing",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export type WebhookEventSpec = { type: EventType | "webhook.test"; summary: string; description: string; schema: z.ZodType };

/** Filled in by lib/webhooks: one entry per event type with its payload schema. */
export const WEBHOOK_EVENTS: WebhookEventSpec[] = [];
