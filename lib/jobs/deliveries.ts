import { getDb } from "@/lib/db/client";

export type DeliveryKind = "monthly-report" | "missing-reminder";
export type DeliveryStatus = "pending_review" | "queued" | "sending" | "sent" | "failed";

type Key = { workspaceId: string; period: string; kind: DeliveryKind };

/**
 * The delivery row for one workspace, month and kind, created at most once: the unique
 * key makes a second run (a restart, another worker) find the row instead of a new one.
 */
export async function ensureDelivery(key: Key, initialStatus: "pending_review" | "queued") {
  const db = getDb();
  await db.reportDelivery.createMany({ data: [{ ...key, status: initialStatus }], skipDuplicates: true });
  return db.reportDelivery.findUniqueOrThrow({
    where: { workspaceId_period_kind: key },
    select: { id: true, status: true, attempts: true },
  });
}

/**
 * Moves a queued or failed delivery to "sending" and counts the attempt. The conditional
 * update is the lock: of two workers only one sees count 1, the other leaves it alone.
 * A row left in "sending" by a crash is not picked up again: whether that mail left is
 * unknown, and sending it twice is worse than showing it as stuck.
 */
export async function claimDelivery(id: string): Promise<boolean> {
  const { count } = await getDb().reportDelivery.updateMany({
    where: { id, status: { in: ["queued", "failed"] } },
    data: { status: "sending", attempts: { increment: 1 } },
  });
  return count === 1;
}

export async function markDeliverySent(id: string, options: { reportId?: string | null } = {}) {
  await getDb().reportDelivery.updateMany({
    where: { id, status: "sending" },
    data: { status: "sent", sentAt: new Date(), lastError: null, ...(options.reportId ? { reportId: options.reportId } : {}) },
  });
}

export async function markDeliveryFailed(id: string, error: unknown) {
  await getDb().reportDelivery.updateMany({ where: { id, status: "sending" }, data: { status: "failed", lastError: describeError(error) } });
}

/** One line for the settings page: the message only, never a stack trace, bounded in length. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split("\n")[0]?.trim() || "Unknown error";
  return firstLine.length > 300 ? `${firstLine.slice(0, 297)}...` : firstLine;
}

/**
 * Claims, runs `send` and records the outcome. Returns "skipped" when another run has it
 * (or already sent it); rethrows the failure after recording it, so the queue retries.
 */
export async function runDelivery(id: string, send: () => Promise<{ reportId?: string | null } | void>) {
  if (!(await claimDelivery(id))) return "skipped" as const;
  try {
    const outcome = await send();
    await markDeliverySent(id, { reportId: outcome ? outcome.reportId : null });
    return "sent" as const;
  } catch (error) {
    await markDeliveryFailed(id, error);
    throw error;
  }
}
