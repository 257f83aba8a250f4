import { getDb } from "@/lib/db/client";
import { currentDeliveryPolicy, type DeliveryPolicy } from "./address-policy";
import { nextAttemptAt } from "./backoff";
import { DEFAULT_TIMEOUT_MS, postWebhook, type HttpAttempt } from "./deliver-http";
import { AUTO_DISABLE_AFTER_FAILURES, DISABLED_REASONS, ENDPOINT_OFF_ERROR, disableEndpoint, mailOwnersAboutDisabledEndpoint } from "./endpoint-health";
import { deliveryBody } from "./payload";
import type { Enqueue } from "./queues";
import { signingSecrets } from "./secret";
import { signedHeaders } from "./sign";

// One attempt of one delivery: sign, POST, log the attempt, then either done, the next
// attempt scheduled (lib/webhooks/backoff.ts), or given up. An endpoint failing
// AUTO_DISABLE_AFTER_FAILURES times in a row, or giving up on a delivery, is turned off
// and its owners are mailed once.

/**
 * While an attempt runs, its delivery's nextAttemptAt is pushed this far ahead: a second
 * job for the same delivery (a requeue, a pg-boss retry) finds nothing due and leaves it.
 * Longer than any attempt can take (the HTTP deadline plus the bookkeeping).
 */
export const ATTEMPT_LEASE_MS = DEFAULT_TIMEOUT_MS + 50_000;

export type AttemptOutcome =
  | { outcome: "skipped" }
  | { outcome: "succeeded"; statusCode: number }
  | { outcome: "retrying"; nextAttemptAt: Date; error: string }
  | { outcome: "failed"; error: string; endpointDisabled: boolean };

type Options = {
  /** The attempt's moment: signs the timestamp, logs the attempt, schedules the next one. */
  now: Date;
  enqueue: Enqueue;
  policy?: DeliveryPolicy;
  timeoutMs?: number;
};

/** Marks a delivery failed without an HTTP attempt (its endpoint is off, its body cannot be built). */
async function failWithoutAttempt(deliveryId: string, error: string): Promise<AttemptOutcome> {
  await getDb().webhookDelivery.updateMany({ where: { id: deliveryId, status: "pending" }, data: { status: "failed", lastError: error, nextAttemptAt: null } });
  return { outcome: "failed", error, endpointDisabled: false };
}

/**
 * Makes the attempt that is due for `deliveryId` at `now` (none when it is not pending or
 * not due yet: "skipped"). Never throws for the receiver's failures, only when the
 * database does (then the job is retried and the lease makes it wait).
 */
export async function attemptDelivery(deliveryId: string, options: Options): Promise<AttemptOutcome> {
  const { now } = options;
  const db = getDb();
  const claimed = await db.webhookDelivery.updateMany({
    where: { id: deliveryId, status: "pending", OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lte: now } }] },
    data: { nextAttemptAt: new Date(now.getTime() + ATTEMPT_LEASE_MS) },
  });
  if (claimed.count === 0) return { outcome: "skipped" };
  const delivery = await db.webhookDelivery.findUnique({
    where: { id: deliveryId },
    select: {
      attemptCount: true,
      createdAt: true,
      event: { select: { id: true, type: true, data: true, occurredAt: true } },
      endpoint: {
        select: {
          id: true,
          url: true,
          format: true,
          enabled: true,
          secret: true,
          previousSecret: true,
          previousSecretUntil: true,
          workspace: { select: { slug: true, locale: true } },
        },
      },
    },
  });
  if (!delivery) return { outcome: "skipped" }; // deleted with its endpoint meanwhile
  const { endpoint, event } = delivery;
  if (!endpoint.enabled) return failWithoutAttempt(deliveryId, ENDPOINT_OFF_ERROR);

  let body: string;
  try {
    body = deliveryBody(event, endpoint.format, endpoint.workspace);
  } catch (error) {
    return failWithoutAttempt(deliveryId, `The event could not be turned into a ${endpoint.format} message: ${error instanceof Error ? error.message : String(error)}`);
  }
  const headers = signedHeaders({ id: event.id, now, body, secrets: signingSecrets(endpoint, now) });
  const result = await postWebhook({
    url: endpoint.url,
    body,
    headers,
    policy: options.policy ?? currentDeliveryPolicy(),
    timeoutMs: options.timeoutMs,
  });
  return recordAttempt({ deliveryId, endpointId: endpoint.id, attemptNumber: delivery.attemptCount + 1, createdAt: delivery.createdAt, result, options });
}

async function recordAttempt(input: {
  deliveryId: string;
  endpointId: string;
  attemptNumber: number;
  createdAt: Date;
  result: HttpAttempt;
  options: Options;
}): Promise<AttemptOutcome> {
  const { deliveryId, endpointId, attemptNumber, result, options } = input;
  const { now } = options;
  const attempt = { deliveryId, attemptedAt: now, statusCode: result.statusCode, error: result.error, durationMs: result.durationMs };
  if (result.ok) {
    const recorded = await getDb().$transaction(async (tx) => {
      const { count } = await tx.webhookDelivery.updateMany({
        where: { id: deliveryId, status: "pending" },
        data: { status: "succeeded", attemptCount: attemptNumber, lastStatusCode: result.statusCode, lastError: null, deliveredAt: now, nextAttemptAt: null },
      });
      if (count === 0) return false; // deleted, or failed by the endpoint being turned off meanwhile
      await tx.webhookAttempt.create({ data: attempt });
      await tx.webhookEndpoint.updateMany({ where: { id: endpointId, consecutiveFailures: { gt: 0 } }, data: { consecutiveFailures: 0 } });
      return true;
    });
    return recorded ? { outcome: "succeeded", statusCode: result.statusCode ?? 200 } : { outcome: "skipped" };
  }

  const error = result.error ?? "Delivery failed";
  const next = nextAttemptAt({ attemptNumber, now, createdAt: input.createdAt });
  const settled = await getDb().$transaction(async (tx) => {
    const { count } = await tx.webhookDelivery.updateMany({
      where: { id: deliveryId, status: "pending" },
      data: { attemptCount: attemptNumber, lastStatusCode: result.statusCode, lastError: error, status: next ? "pending" : "failed", nextAttemptAt: next },
    });
    if (count === 0) return null;
    await tx.webhookAttempt.create({ data: attempt });
    const endpoint = await tx.webhookEndpoint.update({
      where: { id: endpointId },
      data: { consecutiveFailures: { increment: 1 } },
      select: { consecutiveFailures: true },
    });
    const reason = !next ? DISABLED_REASONS.gaveUp : endpoint.consecutiveFailures >= AUTO_DISABLE_AFTER_FAILURES ? DISABLED_REASONS.failures : null;
    const disabledNow = reason ? await disableEndpoint(tx, endpointId, reason, now) : false;
    return { disabled: reason !== null, disabledNow };
  });
  if (!settled) return { outcome: "skipped" };
  if (settled.disabledNow) {
    // After the commit: the endpoint is off whether or not the mail gets out.
    await mailOwnersAboutDisabledEndpoint(endpointId, error).catch((mailError: unknown) =>
      console.error(`[webhooks] could not mail the owners about endpoint ${endpointId}:`, mailError instanceof Error ? mailError.message : mailError),
    );
  }
  if (next && !settled.disabled) {
    await options.enqueue({ kind: "deliver", deliveryId, startAfter: next });
    return { outcome: "retrying", nextAttemptAt: next, error };
  }
  return { outcome: "failed", error, endpointDisabled: settled.disabled };
}
