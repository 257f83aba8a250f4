import { z } from "zod";
import { isLeakEventType, LEAK_EVENT_TYPES, parseEventData, type EventData, type LeakEventType } from "@/lib/webhooks/event-schemas";

// What the leak e-mails read from a leak.opened / leak.worsened event's `data`: the very
// payload schema webhook subscribers get (lib/webhooks/event-schemas.ts), checked again
// here because the rows are read back from JSON.

export { isLeakEventType, LEAK_EVENT_TYPES, type LeakEventType };

export type LeakEventData = EventData<"leak.opened"> | EventData<"leak.worsened">;
export type LeakEvent = { id: string; type: LeakEventType; data: LeakEventData; occurredAt: Date };

/** The event's data as a leak payload, or an error naming the event and the bad field. */
export function parseLeakEvent(event: { id: string; type: LeakEventType; data: unknown; occurredAt: Date }): LeakEvent {
  try {
    return { id: event.id, type: event.type, data: parseEventData(event.type, event.data), occurredAt: event.occurredAt };
  } catch (error) {
    if (!(error instanceof z.ZodError)) throw error;
    const issue = error.issues[0];
    throw new Error(`Event ${event.id} (${event.type}) has no valid leak payload: ${issue.path.join(".") || "data"} ${issue.message}`);
  }
}
