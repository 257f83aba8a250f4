import { getDb } from "@/lib/db/client";

export async function listAuditEntries(workspaceId: string, options: { take?: number; before?: Date } = {}) {
  return getDb().auditLog.findMany({
    where: { workspaceId, ...(options.before ? { createdAt: { lt: options.before } } : {}) },
    orderBy: { createdAt: "desc" },
    take: options.take ?? 100,
    select: {
      id: true,
      action: true,
      entityType: true,
      entityId: true,
      before: true,
      after: true,
      createdAt: true,
      actor: { select: { name: true, email: true } },
      // Kept on the entry itself, so a change made through a since-revoked token still names it.
      apiTokenName: true,
    },
  });
}
