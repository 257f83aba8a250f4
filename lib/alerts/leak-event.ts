import { z } from "zod";

// What the leak e-mails read from a leak.opened / leak.worsened event's `data`. The full
// payload schema (published to webhook subscribers) lives in lib/webhooks; this is the
// same shape, checked again here because the rows are read back from JSON.

export const LEAK_EVENT_TYPES = ["leak.opened", "leak.worsened"] as const;
export type LeakEventType = (typeof LEAK_EVENT_TYPES)[number];
export const isLeakEventType = (type: string): type is LeakEventType => (LEAK_EVENT_TYPES as readonly string[]).includes(type);

const decimalString = z.string().regex(/^-?\d+(\.\d+)?$/, "must be a decimal string such as 1234.50");

export const leakEventData = z.object({
  investment: z.object({ id: z.string().min(1), name: z.string(), currency: z.string().regex(/^[A-Z]{3}$/) }),
  leak: z.object({
    code: z.string().min(1),
    subject: z.string(),
    atStakeMonthly: decimalString,
    previousAtStakeMonthly: decimalString.nullable(),
    messageEn: z.string(),
    messageNl: z.string(),
  }),
});
export type LeakEventData = z.infer<typeof leakEventData>;

export type LeakEvent = { id: string; type: LeakEventType; data: LeakEventData; occurredAt: Date };

/** The event's data as a leak payload, or an error naming the event and the bad field. */
export function parseLeakEvent(event: { id: string; type: LeakEventType; data: unknown; occurredAt: Date }): LeakEvent {
  const parsed = leakEventData.safeParse(event.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Event ${event.id} (${event.type}) has no valid leak payload: ${issue.path.join(".") || "data"} ${issue.message}`);
  }
  return { id: event.id, type: event.type, data: parsed.data, occurredAt: event.occurredAt };
}
