import { randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EventType } from "@/lib/webhooks/event-schemas";

/** A stable message id: the same on every delivery attempt of this event (webhook-id). */
export const newEventId = () => `msg_${randomBytes(16).toString("base64url")}`;

/**
 * Records that something happened, in the transaction of the change itself (an outbox):
 * the event exists exactly when the change does. Webhook deliveries and leak e-mails are
 * made from these rows afterwards (lib/webhooks/dispatch.ts).
 */
export async function recordWorkspaceEvent(tx: Tx, event: NewWorkspaceEvent): Promise<string> {
  const [id] = await recordWorkspaceEvents(tx, [event]);
  return id;
}

export type NewWorkspaceEvent = { workspaceId: string; type: EventType; data: Record<string, unknown>; occurredAt?: Date };

/** Several events of one change in one statement (a refresh may open many leaks at once). */
export async function recordWorkspaceEvents(tx: Tx, events: NewWorkspaceEvent[]): Promise<string[]> {
  if (events.length === 0) return [];
  const rows = events.map((event) => ({
    id: newEventId(),
    workspaceId: event.workspaceId,
    type: event.type,
    data: JSON.parse(JSON.stringify(event.data)) as Prisma.InputJsonValue,
    occurredAt: event.occurredAt ?? new Date(),
  }));
  await tx.workspaceEvent.createMany({ data: rows });
  return rows.map((row) => row.id);
}
