import { getDb } from "@/lib/db/client";
import { auditReferences, type AuditEntryInput, type AuditNames } from "./describe-entry";

/**
 * A workspace's audit entries, newest first; `actions` keeps only those codes (the audit
 * page's filter). The workspace id comes from the gate (requireWorkspacePage).
 */
export async function listAuditEntries(workspaceId: string, options: { take?: number; before?: Date; actions?: readonly string[] } = {}) {
  return getDb().auditLog.findMany({
    where: {
      workspaceId,
      ...(options.before ? { createdAt: { lt: options.before } } : {}),
      ...(options.actions ? { action: { in: [...options.actions] } } : {}),
    },
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

/**
 * The names the entries refer to by id only (an actuals month names its investment's id, a
 * KPI measurement its KPI's), looked up within the same workspace; what no longer exists
 * stays unnamed (the description says so). People are named by their e-mail address as
 * members of this workspace only.
 */
export async function loadAuditNames(workspaceId: string, entries: readonly AuditEntryInput[]): Promise<AuditNames> {
  const refs = auditReferences(entries);
  const db = getDb();
  const [investments, kpis, members] = await Promise.all([
    refs.investments.length > 0 ? db.investment.findMany({ where: { workspaceId, id: { in: refs.investments } }, select: { id: true, name: true } }) : [],
    refs.kpis.length > 0 ? db.kpi.findMany({ where: { workspaceId, id: { in: refs.kpis } }, select: { id: true, name: true, investmentId: true, investment: { select: { name: true } } } }) : [],
    refs.emails.length > 0 ? db.membership.findMany({ where: { workspaceId, user: { email: { in: refs.emails } } }, select: { user: { select: { email: true, name: true } } } }) : [],
  ]);
  const names: AuditNames = { investments: {}, kpis: {}, people: {} };
  for (const i of investments) names.investments[i.id] = i.name;
  for (const k of kpis) {
    names.kpis[k.id] = { name: k.name, investmentId: k.investmentId };
    names.investments[k.investmentId] ??= k.investment.name;
  }
  for (const m of members) names.people[m.user.email] = m.user.name;
  return names;
}
