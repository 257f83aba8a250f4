import Decimal from "decimal.js";
import type { Tx } from "@/lib/db/client";
import { recordWorkspaceEvents } from "@/lib/events/record-event";
import { renderLeakMessage } from "@/lib/leaks/leak-messages";
import type { Leak } from "@/lib/roi";
import type { EventData } from "./event-schemas";

// leak.opened / leak.worsened: what changed between an investment's stored leak findings
// and its new evaluation, matched by (code, subject). Emitted from the refresh of the
// stored figures (lib/portfolio/refresh.ts), so every write that can change a leak —
// actuals, plans, KPIs, status, the month turning — is covered in its own transaction.

export type StoredFinding = { code: string; subject: string; atStakeMonthly: string };
export type EvaluatedLeak = Leak & { subject: string };
/** Whether the investment's leaks are in view: counted (approved and on) and not archived. */
export type LeakView = { counted: boolean; archived: boolean };

export type LeakChange =
  | { type: "leak.opened"; leak: EvaluatedLeak; atStakeMonthly: string; previousAtStakeMonthly: null }
  | { type: "leak.worsened"; leak: EvaluatedLeak; atStakeMonthly: string; previousAtStakeMonthly: string };

const keyOf = (code: string, subject: string) => `${code}\u0000${subject}`;
const money = (value: Decimal.Value) => new Decimal(String(value)).toFixed(2);
const inView = (view: LeakView) => view.counted && !view.archived;

/**
 * The leaks that opened or grew. Nothing for an investment evaluated for the first time
 * (`before` null: a new or imported investment, or a whole workspace import, would flood
 * subscribers with every leak it ever had). Drafts and archived investments are out of
 * view: their leaks count as absent, so approving or restoring one opens its leaks. Pure.
 */
export function leakChanges(input: { before: (LeakView & { findings: StoredFinding[] }) | null; after: LeakView & { leaks: EvaluatedLeak[] } }): LeakChange[] {
  if (input.before === null || !inView(input.after)) return [];
  const previous = new Map(inView(input.before) ? input.before.findings.map((f) => [keyOf(f.code, f.subject), money(f.atStakeMonthly)]) : []);
  const changes: LeakChange[] = [];
  for (const leak of input.after.leaks) {
    const atStakeMonthly = money(leak.atStakeMonthly);
    const was = previous.get(keyOf(leak.code, leak.subject));
    if (was === undefined) changes.push({ type: "leak.opened", leak, atStakeMonthly, previousAtStakeMonthly: null });
    else if (new Decimal(atStakeMonthly).greaterThan(was)) changes.push({ type: "leak.worsened", leak, atStakeMonthly, previousAtStakeMonthly: was });
  }
  return changes;
}

/** The event's `data`: the investment and the leak, its sentence in both languages. Pure. */
export function leakEventData(change: LeakChange, investment: { id: string; name: string; currency: string }): EventData<"leak.opened"> | EventData<"leak.worsened"> {
  return {
    investment: { id: investment.id, name: investment.name, currency: investment.currency },
    leak: {
      code: change.leak.code,
      subject: change.leak.subject,
      atStakeMonthly: change.atStakeMonthly,
      previousAtStakeMonthly: change.previousAtStakeMonthly,
      messageEn: renderLeakMessage(change.leak, "en", investment.currency),
      messageNl: renderLeakMessage(change.leak, "nl", investment.currency),
    },
  } as EventData<"leak.opened"> | EventData<"leak.worsened">;
}

/** Records one event per opened or worsened leak, in the refresh's transaction. */
export async function recordLeakEvents(
  tx: Tx,
  input: {
    workspaceId: string;
    investment: { id: string; name: string; currency: string };
    before: (LeakView & { findings: StoredFinding[] }) | null;
    after: LeakView & { leaks: EvaluatedLeak[] };
    occurredAt: Date;
  },
): Promise<number> {
  const changes = leakChanges({ before: input.before, after: input.after });
  // One statement however many leaks changed: a refresh's cost must not grow with them.
  await recordWorkspaceEvents(
    tx,
    changes.map((change) => ({ workspaceId: input.workspaceId, type: change.type, data: leakEventData(change, input.investment), occurredAt: input.occurredAt })),
  );
  return changes.length;
}
