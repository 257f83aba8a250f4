import { z } from "zod";
import { money, month } from "@/lib/api/schemas";

// The events a workspace's webhooks (and leak e-mails) can carry, each with the zod schema
// of the JSON body a subscriber receives: the Standard Webhooks envelope { type,
// timestamp, data }. The OpenAPI document lists them under `webhooks`; every emitter's
// `data` must match its schema exactly (parseEventData checks it in tests).

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
/** The event types a subscriber can receive: the real ones and the test event an owner sends. */
export type WebhookEventType = EventType | "webhook.test";

export type WebhookEventSpec = { type: EventType | "webhook.test"; summary: string; description: string; schema: z.ZodType };

/** The leak events: what leak e-mails are made of, and all a Slack-format endpoint accepts. */
export const LEAK_EVENT_TYPES = ["leak.opened", "leak.worsened"] as const satisfies readonly EventType[];
export type LeakEventType = (typeof LEAK_EVENT_TYPES)[number];
export const isLeakEventType = (type: string): type is LeakEventType => (LEAK_EVENT_TYPES as readonly string[]).includes(type);
/** Events a Slack-format endpoint accepts: the leak messages read well in a channel, the rest is data for systems. */
export const SLACK_EVENT_TYPES = LEAK_EVENT_TYPES;

const decimal = money;
const investmentRef = z
  .strictObject({
    id: z.string().min(1),
    name: z.string(),
    currency: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 currency code such as EUR").meta({ example: "EUR" }),
  })
  .meta({ id: "EventInvestment", description: "The investment the event is about; its amounts are in this currency" });

const leakFields = {
  code: z.string().min(1).meta({ description: "The leak's code, e.g. UNDER_FORECAST", example: "UNDER_FORECAST" }),
  subject: z.string().meta({ description: "What the leak is about within its code (the KPI's name for KPI_REGRESSION), otherwise empty" }),
  atStakeMonthly: decimal.meta({ description: "Money at stake per month now, a decimal string", example: "1250.00" }),
  messageEn: z.string().meta({ description: "The finding and next step in English" }),
  messageNl: z.string().meta({ description: "The finding and next step in Dutch" }),
};

const leakOpenedData = z.strictObject({
  investment: investmentRef,
  leak: z.strictObject({ ...leakFields, previousAtStakeMonthly: z.null().meta({ description: "Always null: the leak is new" }) }),
});
const leakWorsenedData = z.strictObject({
  investment: investmentRef,
  leak: z.strictObject({ ...leakFields, previousAtStakeMonthly: decimal.meta({ description: "Money at stake per month before, a decimal string", example: "900.00" }) }),
});
const actualsRecordedData = z.strictObject({
  investment: investmentRef,
  source: z
    .union([z.enum(["ui", "csv"]), z.string().regex(/^api:.+$/, 'must be "ui", "csv" or "api:" with the name of an API token')])
    .meta({ description: 'Where the actuals came from: "ui", "csv" or "api:<token name>"', example: "api:ERP sync" }),
  months: z
    .array(z.strictObject({ month, cost: decimal, benefit: decimal, revision: z.number().int().min(1).meta({ description: "The month's revision after this change" }) }))
    .min(1),
});
const planData = z.strictObject({
  investment: investmentRef,
  version: z.number().int().min(1),
  reason: z.string(),
  by: z.string().meta({ description: "The name of the person who approved it" }),
});
const reportGeneratedData = z.strictObject({
  report: z.strictObject({
    id: z.string().min(1),
    kind: z.enum(["workspace", "investment"]),
    investmentId: z.string().nullable(),
    period: z.string().meta({ description: "The months covered, YYYY-MM..YYYY-MM", example: "2026-01..2026-03" }),
    locale: z.string().meta({ example: "nl" }),
    channel: z.enum(["download", "email", "share", "api"]),
  }),
});
const actualsMissingData = z.strictObject({
  period: month.meta({ description: "The month the reminder is about" }),
  investments: z.array(
    z.strictObject({
      id: z.string().min(1),
      name: z.string(),
      missingMonths: z.array(month).min(1).meta({ description: "Every month without actuals so far, the reminder's month included" }),
    }),
  ),
});
const webhookTestData = z.strictObject({
  endpointId: z.string().min(1).meta({ description: "The endpoint the test was sent to (and only to)" }),
  message: z.string(),
  requestedBy: z.string().meta({ description: "The name of the owner who sent it" }),
});

const DATA_SCHEMAS = {
  "leak.opened": leakOpenedData,
  "leak.worsened": leakWorsenedData,
  "actuals.recorded": actualsRecordedData,
  "plan.approved": planData,
  "plan.versioned": planData,
  "report.generated": reportGeneratedData,
  "actuals.missing": actualsMissingData,
  "webhook.test": webhookTestData,
} satisfies Record<WebhookEventType, z.ZodType>;

export type EventData<T extends WebhookEventType> = z.infer<(typeof DATA_SCHEMAS)[T]>;

/** The delivered body of one event type: { type, timestamp, data }. */
function envelope<T extends WebhookEventType>(type: T, id: string, description: string) {
  return z
    .object({
      type: z.literal(type),
      timestamp: z.iso.datetime().meta({ description: "When it happened (ISO 8601, UTC)", example: "2026-03-05T09:30:00.000Z" }),
      data: DATA_SCHEMAS[type],
    })
    .meta({ id, description });
}

/** Every event a subscriber can receive, with the schema of its body. */
export const WEBHOOK_EVENTS: WebhookEventSpec[] = [
  {
    type: "leak.opened",
    summary: "A value leak opened",
    description: "An investment's evaluation found a leak it did not have before (not sent for an investment's first evaluation, such as an import).",
    schema: envelope("leak.opened", "LeakOpenedEvent", "A new value leak, with its message in English and Dutch"),
  },
  {
    type: "leak.worsened",
    summary: "A value leak got worse",
    description: "An open leak's money at stake per month grew.",
    schema: envelope("leak.worsened", "LeakWorsenedEvent", "A leak whose money at stake grew, with the amount before"),
  },
  {
    type: "actuals.recorded",
    summary: "Actuals were recorded",
    description: "One or more months of actuals were saved, in the app, from a CSV file or through the API.",
    schema: envelope("actuals.recorded", "ActualsRecordedEvent", "Months of actuals as saved, each with its new revision"),
  },
  {
    type: "plan.approved",
    summary: "A plan was approved",
    description: "An investment's plan was approved for the first time.",
    schema: envelope("plan.approved", "PlanApprovedEvent", "The approved plan version"),
  },
  {
    type: "plan.versioned",
    summary: "A new plan version",
    description: "An approved plan got a new version (a reforecast), with the reason given.",
    schema: envelope("plan.versioned", "PlanVersionedEvent", "The new plan version of an approved plan"),
  },
  {
    type: "report.generated",
    summary: "A report was generated",
    description: "A PDF report was generated: downloaded, e-mailed, shared or made through the API.",
    schema: envelope("report.generated", "ReportGeneratedEvent", "The generated report"),
  },
  {
    type: "actuals.missing",
    summary: "Actuals are missing",
    description: "The monthly reminder found running investments without actuals for last month (sent once per month).",
    schema: envelope("actuals.missing", "ActualsMissingEvent", "The running investments without actuals"),
  },
  {
    type: "webhook.test",
    summary: "A test event",
    description: "Sent only to the endpoint an owner chose on the Webhooks page, to check that it receives and verifies deliveries.",
    schema: envelope("webhook.test", "WebhookTestEvent", "A test delivery"),
  },
];

/** The `data` of an event of `type`, checked against its schema; throws a ZodError naming the field otherwise. */
export function parseEventData<T extends WebhookEventType>(type: T, data: unknown): EventData<T> {
  const schema = DATA_SCHEMAS[type] as z.ZodType;
  if (!schema) throw new Error(`Unknown event type ${type}`);
  return schema.parse(data) as EventData<T>;
}

/** The delivered body (envelope) of an event, checked: what a Standard Webhooks subscriber receives. */
export function parseEventBody(body: unknown) {
  const type = (body as { type?: unknown } | null)?.type;
  const spec = WEBHOOK_EVENTS.find((event) => event.type === type);
  if (!spec) throw new Error(`Unknown event type ${String(type)}`);
  return spec.schema.parse(body) as { type: WebhookEventType; timestamp: string; data: unknown };
}
