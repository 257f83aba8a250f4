// Queue names and job payloads of the webhook worker, without pg-boss itself, so lib code
// (and tests, with their own `enqueue`) can name a job.

/** One attempt of one delivery (the retry schedule lives in the delivery row, not in pg-boss). */
export const WEBHOOK_DELIVERY_QUEUE = "webhook-deliveries";
/** A leak e-mail alert whose first try, made while dispatching its event, failed. */
export const LEAK_ALERT_RETRY_QUEUE = "leak-alert-retries";

export type WebhookDeliveryJobData = { deliveryId: string };
export type LeakAlertRetryJobData = { eventId: string };

/** What the dispatcher and the delivery attempt ask to run later. */
export type WebhookJob = { kind: "deliver"; deliveryId: string; startAfter: Date } | { kind: "alert"; eventId: string; startAfter: Date };
export type Enqueue = (job: WebhookJob) => Promise<void>;

/** How often each worker looks for new events: an event is delivered within a few seconds. */
export const DISPATCH_POLL_INTERVAL_MS = 2_000;

/**
 * pg-boss retries a delivery job only when the worker itself failed (database down, crash);
 * an endpoint's failures are retried by the delivery's own schedule (lib/webhooks/backoff.ts).
 */
export const DELIVERY_JOB_RETRY = { retryLimit: 3, retryDelay: 30, retryBackoff: true } as const;
/** A failed leak alert is tried again 30 s, 60 s, 120 s, … later, five times at most. */
export const ALERT_RETRY = { retryLimit: 5, retryDelay: 30, retryBackoff: true } as const;
export const ALERT_FIRST_RETRY_MS = 30_000;
