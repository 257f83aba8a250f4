import { getDb } from "@/lib/db/client";
import { sendMail } from "@/lib/email/send-mail";
import { UI_LOCALES, type UiLocale } from "@/lib/i18n/locales";
import { currentPeriod, periodOfMonthNumber } from "@/lib/investments/months";
import { generateAndFreezeReport } from "@/lib/reports/freeze";
import { ensureDelivery, runDelivery } from "./deliveries";
import { monthlyReportMail } from "./mail-templates";

/** The last complete calendar month before `today`. */
export const previousPeriod = (today: Date) => periodOfMonthNumber(currentPeriod(today), 0);

const asUiLocale = (locale: string): UiLocale => ((UI_LOCALES as readonly string[]).includes(locale) ? (locale as UiLocale) : "nl");

/**
 * The month's report, frozen once per delivery (lib/reports): the Report row is linked
 * before sending, so a retry mails the very same bytes instead of freezing another copy,
 * and the report list shows what the recipients received.
 */
async function frozenMonthlyReport(options: { deliveryId: string; workspaceId: string; period: string; locale: UiLocale; recipients: string[] }) {
  const db = getDb();
  const delivery = await db.reportDelivery.findUniqueOrThrow({ where: { id: options.deliveryId }, select: { reportId: true } });
  if (delivery.reportId) {
    const earlier = await db.report.findFirst({ where: { id: delivery.reportId, workspaceId: options.workspaceId }, select: { id: true, pdf: true } });
    if (earlier) return { reportId: earlier.id, pdf: Buffer.from(earlier.pdf) };
  }
  const frozen = await generateAndFreezeReport(
    { workspace: { id: options.workspaceId }, user: null },
    { period: { from: options.period, to: options.period }, scenario: "expected", locale: options.locale, channel: "email", recipients: options.recipients, createdByName: "monthly e-mail" },
  );
  await db.reportDelivery.updateMany({ where: { id: options.deliveryId, status: "sending" }, data: { reportId: frozen.id } });
  return { reportId: frozen.id, pdf: frozen.pdf };
}

/**
 * Sends the (approved or unheld) monthly report of one workspace and month, once. Safe to
 * call from any number of workers at once: only the one that claims the row sends.
 */
export async function deliverMonthlyReport(options: { deliveryId: string; workspaceId: string; period: string }) {
  return runDelivery(options.deliveryId, async () => {
    const schedule = await getDb().reportSchedule.findUnique({ where: { workspaceId: options.workspaceId } });
    if (!schedule || schedule.recipients.length === 0) throw new Error("The schedule has no recipients");
    const locale = asUiLocale(schedule.locale);
    const { name: workspaceName } = await getDb().workspace.findUniqueOrThrow({ where: { id: options.workspaceId }, select: { name: true } });
    const { reportId, pdf } = await frozenMonthlyReport({ ...options, locale, recipients: schedule.recipients });
    await sendMail(monthlyReportMail({ to: schedule.recipients, workspaceName, period: options.period, locale, pdf }));
    return { reportId };
  });
}

export type JobSummary = { sent: number; held: number; skipped: number; failed: { workspaceId: string; error: string }[] };

/**
 * The daily job: every enabled schedule whose day has come gets last month's report,
 * once. Each workspace is handled on its own; if any failed, the job throws after all
 * were tried, so pg-boss retries (with backoff) and the sent ones are skipped then.
 */
export async function sendMonthlyReports({ today }: { today: Date }): Promise<JobSummary> {
  const period = previousPeriod(today);
  const schedules = await getDb().reportSchedule.findMany({
    where: { enabled: true, dayOfMonth: { lte: today.getUTCDate() } },
    select: { workspaceId: true, holdForReview: true },
  });
  const summary: JobSummary = { sent: 0, held: 0, skipped: 0, failed: [] };
  for (const schedule of schedules) {
    const key = { workspaceId: schedule.workspaceId, period, kind: "monthly-report" as const };
    try {
      const delivery = await ensureDelivery(key, schedule.holdForReview ? "pending_review" : "queued");
      if (delivery.status === "pending_review") {
        summary.held++;
        continue;
      }
      const outcome = await deliverMonthlyReport({ deliveryId: delivery.id, workspaceId: schedule.workspaceId, period });
      summary[outcome === "sent" ? "sent" : "skipped"]++;
    } catch (error) {
      summary.failed.push({ workspaceId: schedule.workspaceId, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return summary;
}
