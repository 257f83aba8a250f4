import type PgBoss from "pg-boss";
import { alertMembersOfEvent } from "@/lib/alerts/alert-on-event";
import { getDb } from "@/lib/db/client";
import { attemptDelivery } from "./delivery-job";
import { dispatchPendingEvents, requeueStalledDeliveries } from "./dispatch";
import {
  ALERT_RETRY,
  DELIVERY_JOB_RETRY,
  DISPATCH_POLL_INTERVAL_MS,
  LEAK_ALERT_RETRY_QUEUE,
  WEBHOOK_DELIVERY_QUEUE,
  type Enqueue,
  type LeakAlertRetryJobData,
  type WebhookDeliveryJobData,
} from "./queues";

// The webhook half of the worker (called from lib/jobs/workers.ts registerWorkers, so
// `npm run worker` runs it). How an event gets out within seconds:
//
// 1. A change records its event in its own transaction (the outbox, WorkspaceEvent).
// 2. Every worker process polls the outbox every DISPATCH_POLL_INTERVAL_MS (2 s): a pg-boss
//    schedule fires at most once a minute, too slow for a webhook. The poll is one indexed
//    query when there is nothing to do; FOR UPDATE SKIP LOCKED lets any number of workers
//    poll at once without dispatching an event twice.
// 3. Dispatching creates the deliveries and sends one pg-boss job per delivery, which a
//    worker picks up within about a second and attempts. A failed attempt sends its next
//    job with startAfter at the moment of the next try (lib/webhooks/backoff.ts).
// 4. Once a minute the poll also queues again any delivery whose job was lost (a crash
//    between the dispatch's commit and its send).

/** Attempts run concurrently per worker: a slow receiver (10 s deadline) does not hold up the others. */
const DELIVERY_BATCH = 10;
const STALLED_SWEEP_EVERY_MS = 60_000;

/** The dispatcher's and attempts' `enqueue`, as pg-boss jobs. */
/**
 * pg-boss compares a Date with the database's clock; a delay in seconds from now does not
 * depend on the app's and the database's clocks agreeing.
 */
export const secondsUntil = (moment: Date, now = new Date()) => Math.max(0, Math.ceil((moment.getTime() - now.getTime()) / 1000));

export function enqueueWithBoss(boss: PgBoss): Enqueue {
  return async (job) => {
    const startAfter = secondsUntil(job.startAfter);
    if (job.kind === "deliver") {
      await boss.send(WEBHOOK_DELIVERY_QUEUE, { deliveryId: job.deliveryId } satisfies WebhookDeliveryJobData, { ...DELIVERY_JOB_RETRY, startAfter });
    } else {
      await boss.send(LEAK_ALERT_RETRY_QUEUE, { eventId: job.eventId } satisfies LeakAlertRetryJobData, { ...ALERT_RETRY, startAfter });
    }
  };
}

/**
 * Creates the webhook queues, their handlers and the outbox poll. Returns `stop` for the
 * poll (it also stops by itself when pg-boss stops).
 */
export async function registerWebhookWorkers(
  boss: PgBoss,
  options: { pollIntervalMs?: number; pollingIntervalSeconds?: number } = {},
): Promise<{ stop: () => void }> {
  await boss.createQueue(WEBHOOK_DELIVERY_QUEUE, { name: WEBHOOK_DELIVERY_QUEUE, ...DELIVERY_JOB_RETRY });
  await boss.createQueue(LEAK_ALERT_RETRY_QUEUE, { name: LEAK_ALERT_RETRY_QUEUE, ...ALERT_RETRY });
  const enqueue = enqueueWithBoss(boss);
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 1;

  await boss.work<WebhookDeliveryJobData>(WEBHOOK_DELIVERY_QUEUE, { batchSize: DELIVERY_BATCH, pollingIntervalSeconds }, async (jobs) => {
    const results = await Promise.allSettled(jobs.map((job) => attemptDelivery(job.data.deliveryId, { now: new Date(), enqueue })));
    const failed = results.flatMap((r) => (r.status === "rejected" ? [r.reason instanceof Error ? r.reason.message : String(r.reason)] : []));
    // The others are recorded; pg-boss retries the batch and their claims skip them.
    if (failed.length > 0) throw new Error(`webhook attempts failed: ${failed.join("; ")}`);
  });

  await boss.work<LeakAlertRetryJobData>(LEAK_ALERT_RETRY_QUEUE, { pollingIntervalSeconds }, async (jobs) => {
    for (const job of jobs) {
      const event = await getDb().workspaceEvent.findUnique({
        where: { id: job.data.eventId },
        select: { id: true, workspaceId: true, type: true, data: true, occurredAt: true },
      });
      if (event) await alertMembersOfEvent(event); // throws again: pg-boss retries with backoff
    }
  });

  let stopped = false;
  let running = false;
  let lastSweep = 0;
  const tick = async () => {
    if (stopped || running) return;
    running = true;
    try {
      await dispatchPendingEvents({ now: new Date(), enqueue });
      if (Date.now() - lastSweep >= STALLED_SWEEP_EVERY_MS) {
        lastSweep = Date.now();
        const requeued = await requeueStalledDeliveries({ now: new Date(), enqueue });
        if (requeued > 0) console.log(`[webhooks] queued ${requeued} stalled deliveries again`);
      }
    } catch (error) {
      if (!stopped) console.error("[webhooks] dispatch failed; trying again at the next poll:", error instanceof Error ? error.message : error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), options.pollIntervalMs ?? DISPATCH_POLL_INTERVAL_MS);
  timer.unref();
  const stop = () => {
    stopped = true;
    clearInterval(timer);
  };
  boss.on("stopped", stop);
  void tick();
  return { stop };
}
