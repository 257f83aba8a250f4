import { getDb } from "@/lib/db/client";
import { sendMail } from "@/lib/email/send-mail";
import { LEAK_EVENT_TYPES, parseLeakEvent, type LeakEvent, type LeakEventType } from "./leak-event";
import { readerLocale, weeklyLeakDigestMail } from "./mail-templates";

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const TIME_ZONE = "Europe/Amsterdam";

/** The calendar date in Amsterdam, "2026-11-16": the job runs at 06:00 there. */
const amsterdamDate = (moment: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE }).format(moment);
export const isAmsterdamMonday = (moment: Date) =>
  new Intl.DateTimeFormat("en-US", { timeZone: TIME_ZONE, weekday: "short" }).format(moment) === "Mon";

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error)).split("\n")[0];

type Workspace = { id: string; name: string; slug: string; locale: string };
type Subscriber = { userId: string; digestSentUntil: Date | null; user: { email: string; locale: string | null } };

/** The leak events of [from, until), oldest first; rows that are not a leak payload are left out. */
async function leakEventsBetween(workspaceId: string, from: Date, until: Date): Promise<LeakEvent[]> {
  const rows = await getDb().workspaceEvent.findMany({
    where: { workspaceId, type: { in: [...LEAK_EVENT_TYPES] }, occurredAt: { gte: from, lt: until } },
    orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
    select: { id: true, type: true, data: true, occurredAt: true },
  });
  return rows.flatMap((row) => {
    try {
      return [parseLeakEvent({ ...row, type: row.type as LeakEventType })];
    } catch (error) {
      // One malformed row must not hold back everybody's digest.
      console.error(`[alerts] ${describe(error)}`);
      return [];
    }
  });
}

/**
 * One member's digest. The window [digestSentUntil or a week ago, today) is claimed first
 * by moving digestSentUntil to `today` only if nobody moved it since it was read, so two
 * runs at once, or a retried job, never mail the same week twice. A failed mail hands the
 * window back, so the next run sends it (with the following days added).
 */
async function sendDigest(workspace: Workspace, subscriber: Subscriber, today: Date): Promise<"sent" | "skipped"> {
  const previous = subscriber.digestSentUntil;
  // A Monday gets one digest, also when the daily job runs again later that day.
  if (previous && amsterdamDate(previous) === amsterdamDate(today)) return "skipped";
  const from = previous ?? new Date(today.getTime() - WEEK_MS);
  if (from.getTime() >= today.getTime()) return "skipped";
  const key = { workspaceId: workspace.id, userId: subscriber.userId };
  const claimed = await getDb().alertPreference.updateMany({
    where: { ...key, mode: "weekly", digestSentUntil: previous },
    data: { digestSentUntil: today },
  });
  if (claimed.count === 0) return "skipped";
  const events = await leakEventsBetween(workspace.id, from, today);
  if (events.length === 0) return "skipped";
  try {
    const locale = readerLocale(subscriber.user.locale, workspace.locale);
    await sendMail(weeklyLeakDigestMail({ to: subscriber.user.email, locale, workspace, since: from, events }));
    return "sent";
  } catch (error) {
    await getDb().alertPreference.updateMany({ where: { ...key, digestSentUntil: today }, data: { digestSentUntil: previous } });
    throw error;
  }
}

/**
 * Monday's weekly leak digests (Amsterdam date of `today`; any other day does nothing):
 * per workspace, one e-mail to each current member who chose "weekly", listing the leaks
 * that opened or got worse since their last digest; nothing when there were none.
 * Failed mails are retried on the next run and reported by throwing after all others went.
 */
export async function sendWeeklyLeakDigests({ today }: { today: Date }): Promise<{ sent: number; skipped: number }> {
  const summary = { sent: 0, skipped: 0 };
  if (!isAmsterdamMonday(today)) return summary;
  const db = getDb();
  const workspaces = await db.workspace.findMany({
    where: { alertPreferences: { some: { mode: "weekly" } } },
    orderBy: { id: "asc" },
    select: { id: true, name: true, slug: true, locale: true },
  });
  const failures: string[] = [];
  for (const workspace of workspaces) {
    // Only current members: someone removed from the workspace keeps no window into it.
    const subscribers = await db.alertPreference.findMany({
      where: { workspaceId: workspace.id, mode: "weekly", user: { memberships: { some: { workspaceId: workspace.id } } } },
      orderBy: { userId: "asc" },
      select: { userId: true, digestSentUntil: true, user: { select: { email: true, locale: true } } },
    });
    for (const subscriber of subscribers) {
      try {
        summary[await sendDigest(workspace, subscriber, today)]++;
      } catch (error) {
        failures.push(`${workspace.id}/${subscriber.userId}: ${describe(error)}`);
      }
    }
  }
  if (failures.length > 0) {
    throw new Error(`Weekly leak digests: ${summary.sent} sent, ${summary.skipped} skipped, ${failures.length} failed: ${failures.join("; ")}`);
  }
  return summary;
}
