import { currentApiActor } from "@/lib/api/request-actor";
import type { Tx } from "@/lib/db/client";

type AuditEntry = {
  workspaceId: string | null;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
};

/** JSON-safe copy (Dates become ISO strings, Decimals their exact string); absent stays absent. */
function jsonField(key: "before" | "after", value: unknown) {
  if (value === undefined || value === null) return {};
  return { [key]: JSON.parse(JSON.stringify(value)) as object };
}

/**
 * Writes one audit row; always called inside the mutation's own transaction. A change made
 * through the API is recorded as its token (and the token's creator as the actor).
 */
export async function recordAudit(tx: Tx, entry: AuditEntry) {
  const api = currentApiActor();
  await tx.auditLog.create({
    data: {
      workspaceId: entry.workspaceId,
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      apiTokenId: api?.tokenId ?? null,
      apiTokenName: api?.tokenName ?? null,
      ...jsonField("before", entry.before),
      ...jsonField("after", entry.after),
    },
  });
}
