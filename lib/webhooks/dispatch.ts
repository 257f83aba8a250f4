import { alertMembersOfEvent } from "@/lib/alerts/alert-on-event";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isLeakEventType } from "./event-schemas";
import { formatCarries } from "./payload";
import { ALERT_FIRST_RETRY_MS, type Enqueue } from "./queues";

// From the event outbox to deliveries. Events are written in the transaction of the change
// that caused them (lib/events/record-event.ts); this turns each into one delivery per
// enabled, subscribed endpoint, hands leak events to the e-mail alerts, and marks the event
// dispatched. Every worker runs it every few seconds (lib/webhooks/workers.ts): each event
// is locked with FOR UPDATE SKIP LOCKED, so two workers never dispatch the same event, and
// the unique (endpointId, eventId) keeps a repeated dispatch from doubling a delivery.

/** Events handled per call; the next poll takes the rest. */
export const DISPATCH_BATCH = 50;
/** A pending delivery this far past its moment has lost its job (a crash between commit and enqueue): queued again. */
export const STALLED_AFTER_MS = 5 * 60_000;

type EventRow = { id: string; workspaceId: string; type: string; data: unknown; occurredAt: Date };

/** The endpoints an event goes to: a test event only to the endpoint it was sent for. */
function targetsOf(event: EventRow): Prisma.WebhookEndpointWhereInput {
  if (event.type === "webhook.test") {
    const endpointId = (event.data as { endpointId?: unknown } | null)?.endpointId;
    return { workspaceId: event.workspaceId, enabled: true, id: typeof endpointId === "string" ? endpointId : "" };
  }
  return { workspaceId: event.workspaceId, enabled: true, events: { has: event.type } };
}

type Dispatched = { eventId: string; deliveryIds: string[]; alertFailed: boolean };

async function dispatchEvent(eventId: string, now: Date): Promise<Dispatched | null> {
  return getDb().$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<EventRow[]>`
        SELECT id, "workspaceId", type, data, "occurredAt" FROM "WorkspaceEvent"
        WHERE id = ${eventId} AND "dispatchedAt" IS NULL
        FOR UPDATE SKIP LOCKED`;
      const event = rows[0];
      if (!event) return null; // another worker has it, or had it
      const endpoints = await tx.webhookEndpoint.findMany({ where: targetsOf(event), select: { id: true, format: true } });
      const eligible = endpoints.filter((endpoint) => formatCarries(endpoint.format, event.type));
      const created =
        eligible.length === 0
          ? []
          : await tx.webhookDelivery.createManyAndReturn({
              data: eligible.map((endpoint) => ({ endpointId: endpoint.id, eventId: event.id, workspaceId: event.workspaceId, nextAttemptAt: now })),
              skipDuplicates: true,
              select: { id: true },
            });
      // The alert runs while the event is locked, so no other worker alerts for it at the
      // same time. A failed alert does not hold up the webhooks: it is retried on its own.
      let alertFailed = false;
      if (isLeakEventType(event.type)) {
        try {
          await alertMembersOfEvent(event);
        } catch (error) {
          alertFailed = true;
          console.error(`[webhooks] leak alert for ${event.id} failed; retrying later:`, error instanceof Error ? error.message : error);
        }
      }
      await tx.workspaceEvent.update({ where: { id: event.id }, data: { dispatchedAt: now } });
      return { eventId: event.id, deliveryIds: created.map((d) => d.id), alertFailed };
    },
    // Alerts send e-mail inside this transaction: room for a slow mail server.
    { timeout: 120_000, maxWait: 10_000 },
  );
}

/**
 * Dispatches up to DISPATCH_BATCH undispatched events, oldest first, each in its own
 * transaction; then asks `enqueue` for one attempt per new delivery (and a retry of each
 * failed alert). `now` is the dispatch moment (tests inject it).
 */
export async function dispatchPendingEvents(options: { now: Date; enqueue: Enqueue; limit?: number }): Promise<{ events: number; deliveries: number }> {
  const candidates = await getDb().workspaceEvent.findMany({
    where: { dispatchedAt: null },
    orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
    take: options.limit ?? DISPATCH_BATCH,
    select: { id: true },
  });
  let events = 0;
  let deliveries = 0;
  for (const { id } of candidates) {
    const dispatched = await dispatchEvent(id, options.now);
    if (!dispatched) continue;
    events++;
    deliveries += dispatched.deliveryIds.length;
    for (const deliveryId of dispatched.deliveryIds) await options.enqueue({ kind: "deliver", deliveryId, startAfter: options.now });
    if (dispatched.alertFailed) {
      await options.enqueue({ kind: "alert", eventId: dispatched.eventId, startAfter: new Date(options.now.getTime() + ALERT_FIRST_RETRY_MS) });
    }
  }
  return { events, deliveries };
}

/** Queues an attempt again for pending deliveries well past their moment (their job was lost). */
export async function requeueStalledDeliveries(options: { now: Date; enqueue: Enqueue; limit?: number }): Promise<number> {
  const stalled = await getDb().webhookDelivery.findMany({
    where: { status: "pending", nextAttemptAt: { lt: new Date(options.now.getTime() - STALLED_AFTER_MS) } },
    orderBy: { nextAttemptAt: "asc" },
    take: options.limit ?? 100,
    select: { id: true },
  });
  for (const { id } of stalled) await options.enqueue({ kind: "deliver", deliveryId: id, startAfter: options.now });
  return stalled.length;
}
