import { listToRecord } from "@/lib/dashboard/month-recording";
import { loadPortfolio } from "@/lib/dashboard/load-portfolio";
import { getDb } from "@/lib/db/client";
import { appUrl, sendMail } from "@/lib/email/send-mail";
import { ensureDelivery, runDelivery } from "./deliveries";
import { missingActualsMail } from "./mail-templates";
import { previousPeriod, type JobSummary } from "./monthly-report";

/** Without a schedule the reminder goes on the 3rd; with one, two days before the report. */
export const DEFAULT_REMINDER_DAY = 3;
const reminderDay = (reportDay: number | undefined) => (reportDay === undefined ? DEFAULT_REMINDER_DAY : Math.max(1, reportDay - 2));

/** Owners and editors: the members who can record actuals. */
async function writerEmails(workspaceId: string) {
  const members = await getDb().membership.findMany({
    where: { workspaceId, role: { in: ["owner", "editor"] } },
    orderBy: { createdAt: "asc" },
    select: { user: { select: { email: true } } },
  });
  return members.map((m) => m.user.email);
}

async function remindWorkspace(options: { workspaceId: string; period: string }) {
  const portfolio = await loadPortfolio([options.workspaceId]);
  const workspace = portfolio.workspaces[0];
  if (!workspace) return "skipped" as const;
  const missing = listToRecord(portfolio.investments, { period: options.period, slug: workspace.slug });
  if (missing.length === 0) return "skipped" as const;
  const delivery = await ensureDelivery({ workspaceId: options.workspaceId, period: options.period, kind: "missing-reminder" }, "queued");
  return runDelivery(delivery.id, async () => {
    const [to, { locale }] = await Promise.all([
      writerEmails(options.workspaceId),
      getDb().workspace.findUniqueOrThrow({ where: { id: options.workspaceId }, select: { locale: true } }),
    ]);
    if (to.length === 0) throw new Error("The workspace has no owners or editors to remind");
    const investments = missing.map((m) => ({ name: m.name, href: `${appUrl()}${m.href}` }));
    await sendMail(missingActualsMail({ to, workspaceName: workspace.name, period: options.period, locale, investments }));
  });
}

/**
 * The daily job's second half: once a month, owners and editors of each workspace with
 * running investments lacking last month's actuals get one reminder listing them.
 */
export async function sendMissingActualsReminders({ today }: { today: Date }): Promise<JobSummary> {
  const period = previousPeriod(today);
  const db = getDb();
  const [workspaces, schedules] = await Promise.all([
    db.workspace.findMany({ where: { investments: { some: { status: "active", archivedAt: null } } }, select: { id: true } }),
    db.reportSchedule.findMany({ select: { workspaceId: true, dayOfMonth: true } }),
  ]);
  const reportDays = new Map(schedules.map((s) => [s.workspaceId, s.dayOfMonth]));
  const summary: JobSummary = { sent: 0, held: 0, skipped: 0, failed: [] };
  for (const { id } of workspaces) {
    if (today.getUTCDate() < reminderDay(reportDays.get(id))) continue;
    try {
      const outcome = await remindWorkspace({ workspaceId: id, period });
      summary[outcome === "sent" ? "sent" : "skipped"]++;
    } catch (error) {
      summary.failed.push({ workspaceId: id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return summary;
}
