import { z } from "zod";
import { addressRefusal, classifyAddress, currentDeliveryPolicy, isLocalhostName, isLoopbackHost, type DeliveryPolicy } from "./address-policy";
import { EVENT_TYPES, SLACK_EVENT_TYPES, type EventType } from "./event-schemas";

export const MAX_URL_LENGTH = 2000;
export const MAX_DESCRIPTION_LENGTH = 200;
/** Endpoints per workspace: plenty for real integrations, and it keeps fan-out per event bounded. */
export const MAX_ENDPOINTS_PER_WORKSPACE = 20;

export const WEBHOOK_FORMATS = ["standard", "slack"] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

export const URL_MESSAGES = {
  required: "Enter the URL that should receive the webhooks",
  tooLong: `The URL must be at most ${MAX_URL_LENGTH} characters`,
  invalid: "Enter a full URL such as https://example.com/webhooks",
  scheme: "The URL must start with https://",
  httpOnlyLocal: "Use https: plain http is only accepted for localhost while testing",
  credentials: "The URL must not contain a user name or password",
  internal: "This URL points to an internal network address (private, loopback, link-local or similar), which cannot receive webhooks",
} as const;

/**
 * What is wrong with a webhook URL under `policy`, or null. Checked when an endpoint is
 * registered and again before every delivery. A host name is checked here only for being
 * "localhost"; what a name resolves to is checked at delivery, on the address connected to
 * (DNS can change after registration). Pure.
 */
export function webhookUrlProblem(raw: string, policy: DeliveryPolicy): string | null {
  if (raw.trim() === "") return URL_MESSAGES.required;
  if (raw.length > MAX_URL_LENGTH) return URL_MESSAGES.tooLong;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return URL_MESSAGES.invalid;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return URL_MESSAGES.scheme;
  if (!url.hostname) return URL_MESSAGES.invalid;
  if (url.username || url.password) return URL_MESSAGES.credentials;
  const localOk = !policy.production || policy.allowLoopback;
  if (url.protocol === "http:" && !(localOk && isLoopbackHost(url.hostname))) return URL_MESSAGES.httpOnlyLocal;
  if (classifyAddress(url.hostname) !== null && addressRefusal(url.hostname, policy) !== null) return URL_MESSAGES.internal;
  if (isLocalhostName(url.hostname) && !localOk) return URL_MESSAGES.internal;
  return null;
}

const urlField = z
  .string({ error: URL_MESSAGES.required })
  .trim()
  .superRefine((value, ctx) => {
    const problem = webhookUrlProblem(value, currentDeliveryPolicy());
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

const eventsField = z
  .array(z.enum(EVENT_TYPES, { error: "Choose events from the list" }), { error: "Choose at least one event" })
  .min(1, "Choose at least one event")
  .transform((events) => EVENT_TYPES.filter((type) => events.includes(type)));

export const createEndpointInput = z
  .object({
    url: urlField,
    description: z.string().trim().max(MAX_DESCRIPTION_LENGTH, `The description must be at most ${MAX_DESCRIPTION_LENGTH} characters`).default(""),
    events: eventsField,
    format: z.enum(WEBHOOK_FORMATS, { error: "Choose the standard or the Slack format" }).default("standard"),
  })
  .superRefine((input, ctx) => {
    const problem = formatEventsProblem(input.format, input.events);
    if (problem) ctx.addIssue({ code: "custom", path: ["events"], message: problem });
  });
export type CreateEndpointInput = z.infer<typeof createEndpointInput>;

/** A Slack channel only gets the leak messages: the other events are data for systems, not sentences. */
export function formatEventsProblem(format: WebhookFormat, events: readonly EventType[]): string | null {
  if (format !== "slack") return null;
  const others = events.filter((type) => !(SLACK_EVENT_TYPES as readonly string[]).includes(type));
  return others.length > 0 ? "A Slack endpoint can only receive leak.opened and leak.worsened" : null;
}

export const endpointRef = z.object({ endpointId: z.string().min(1).max(64) });

export const setEndpointEnabledInput = endpointRef.extend({
  enabled: z.union([z.boolean(), z.enum(["true", "false"])]).transform((value) => value === true || value === "true"),
});
