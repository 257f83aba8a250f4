import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/client";

export const ACTIVATED_REASON = "actuals recorded";

type Locked = { id: string; workspaceId: string; status: string };

/**
 * Recording actuals on an approved plan means the investment has started: it becomes
 * active in the caller's transaction (revision bumped, audited as a status change), so its
 * missing months count from now on. The caller holds the investment's row lock. True when
 * the status changed; drafts and every other status are left as they are.
 */
export async function activateOnActuals(tx: Tx, investment: Locked, actorId: string | null): Promise<boolean> {
  if (investment.status !== "approved") return false;
  const { count } = await tx.investment.updateMany({
    where: { id: investment.id, workspaceId: investment.workspaceId, status: "approved" },
    data: { status: "active", revision: { increment: 1 } },
  });
  if (count === 0) return false;
  await recordAudit(tx, {
    workspaceId: investment.workspaceId,
    actorId,
    action: "investment.status",
    entityType: "Investment",
    entityId: investment.id,
    before: { status: "approved" },
    after: { status: "active", reason: ACTIVATED_REASON },
  });
  return true;
}
