import { getDb } from "@/lib/db/client";
import { sendMail } from "@/lib/email/send-mail";
import { isLeakEventType, parseLeakEvent } from "./leak-event";
import { leakAlertMail, readerLocale } from "./mail-templates";

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error)).split("\n")[0];

/**
 * Mails a leak that opened or got worse to every member who chose immediate e-mails for
 * the workspace, each in their own language. Called by the webhook dispatcher once per
 * event; other event types are none of its business.
 *
 * Membership is checked now, not when the event happened: someone removed in between
 * gets nothing. One member's failed mail does not stop the others; the call then fails
 * as a whole so the caller retries (those already mailed may get it twice: a missed
 * alert is worse than a repeated one).
 */
export async function alertMembersOfEvent(event: { id: string; workspaceId: string; type: string; data: unknown; occurredAt: Date }): Promise<void> {
  const { type } = event;
  if (!isLeakEventType(type)) return;
  const leak = parseLeakEvent({ ...event, type });
  const workspace = await getDb().workspace.findUnique({
    where: { id: event.workspaceId },
    select: {
      name: true,
      slug: true,
      locale: true,
      alertPreferences: {
        where: { mode: "immediate", user: { memberships: { some: { workspaceId: event.workspaceId } } } },
        orderBy: { userId: "asc" },
        select: { user: { select: { email: true, locale: true } } },
      },
    },
  });
  if (!workspace) return;
  const failures: string[] = [];
  for (const { user } of workspace.alertPreferences) {
    const locale = readerLocale(user.locale, workspace.locale);
    try {
      await sendMail(leakAlertMail({ to: user.email, locale, workspace, event: leak }));
    } catch (error) {
      failures.push(`${user.email}: ${describe(error)}`);
    }
  }
  if (failures.length > 0) throw new Error(`Leak alert for event ${event.id} failed for ${failures.length} member(s): ${failures.join("; ")}`);
}
