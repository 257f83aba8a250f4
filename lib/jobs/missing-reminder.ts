import { getDb } from "@/lib/db/client";
import { listUnrecordedMonths } from "@/lib/portfolio/month-recording";
import { ensureFreshFigures } from "@/lib/portfolio/refresh";
import { appUrl, sendMail } from "@/lib/email/send-mail";
import { recordMissingActualsEvent } from "@/lib/webhooks/missing-actuals-event";
import { ensureDelivery, runDelivery } from "./deliveries";
import { missingActualsMail } from "./mail-templates";
import { previousPeriod, type JobSummary } from "./monthly-report";

/** Without a schedule the reminder goes on the 3rd; with one, two days before the report. */
export const DEFAULT_REMINDER_DAY = 3;
const reminderDay = (reportDay: number | undefined) =>
  reportDay === undefined ? DEFAULT_REMINDER_DAY : Math.max(1, reportDay - 2);

/** Owners and editors: the members who can record actuals. */
async function writerEmails(workspaceId: string) {
  const members = await getDb().membership.findMany({
    where: { workspaceId, role: { in: ["owner", "editor"] } },
    orderBy: { createdAt: "asc" },
    select: { user: { select: { email: true } } },
  });
  return members.map((m) => m.user.email);
}

// The entry grid's cost cell of that month (the grid's own cell id), as the month view links it.
const gridHref = (slug: string, investmentId: string, period: string) =>
  `/w/${encodeURIComponent(slug)}/investments/${encodeURIComponent(investmentId)}/actuals#actuals-${period}-cost`;

async function remindWorkspace(options: { workspaceId: string; period: string; today: Date }) {
  const workspace = await getDb().workspace.findUnique({
    where: { id: options.workspaceId },
    select: { name: true, slug: true, locale: true },
  });
  if (!workspace) return "skipped" as const;
  // The stored figures know which months are recorded (InvestmentMonth); bring them up to
  // date first, then one query lists the running investments without actuals for the month.
  await ensureFreshFigures([options.workspaceId], options.today);
  // With the earlier unrecorded months too: the actuals.missing event lists them all.
  const { items: missing, overdue } = await listUnrecordedMonths(options.workspaceId, options.period, { overdue: true });
  if (missing.length === 0) return "skipped" as const;
  const delivery = await ensureDelivery(
    { workspaceId: options.workspaceId, period: options.period, kind: "missing-reminder" },
    "queued",
  );
  return runDelivery(delivery.id, async () => {
    // Before the mail, so a failing mail server does not keep the webhooks from knowing;
    // recorded once per workspace and month however often the job is retried.
    await recordMissingActualsEvent({ workspaceId: options.workspaceId, period: options.period, missing, overdue, occurredAt: options.today });
    const to = await writerEmails(options.workspaceId);
    if (to.length === 0) throw new Error("The workspace has no owners or editors to remind");
    const investments = missing.map((m) => ({
      name: m.name,
      href: `${appUrl()}${gridHref(workspace.slug, m.investmentId, options.period)}`,
    }));
    await sendMail(
      missingActualsMail({
        to,
        workspaceName: workspace.name,
        period: options.period,
        locale: workspace.locale,
        investments,
      }),
    );
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
    db.workspace.findMany({
      where: { investments: { some: { status: "active", archivedAt: null } } },
      select: { id: true },
    }),
    db.reportSchedule.findMany({ select: { workspaceId: true, dayOfMonth: true } }),
  ]);
  const reportDays = new Map(schedules.map((s) => [s.workspaceId, s.dayOfMonth]));
  const summary: JobSummary = { sent: 0, held: 0, skipped: 0, failed: [] };
  for (const { id } of workspaces) {
    if (today.getUTCDate() < reminderDay(reportDays.get(id))) continue;
    try {
      const outcome = await remindWorkspace({ workspaceId: id, period, today });
      summary[outcome === "sent" ? "sent" : "skipped"]++;
    } catch (error) {
      summary.failed.push({ workspaceId: id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return summary;
}
