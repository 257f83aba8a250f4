import type PgBoss from "pg-boss";
import { sendWeeklyLeakDigests } from "@/lib/alerts/weekly-digest";
import { pruneIdempotencyKeys } from "@/lib/api/idempotency";
import { pruneAuthRecords } from "@/lib/auth/prune-auth-records";
import { getDb } from "@/lib/db/client";
import { ensureFreshFiguresEverywhere } from "@/lib/portfolio/refresh";
import { registerWebhookWorkers } from "@/lib/webhooks/workers";
import { sendMissingActualsReminders } from "./missing-reminder";
import { sendMonthlyReports, type JobSummary } from "./monthly-report";
import { DAILY_CRON, DAILY_QUEUE, DAILY_TZ, MISSING_REMINDERS_QUEUE, MONTHLY_REPORTS_QUEUE, RETRY, type DailyJobData } from "./queues";

const QUEUES = [DAILY_QUEUE, MONTHLY_REPORTS_QUEUE, MISSING_REMINDERS_QUEUE];

const todayOf = (data: DailyJobData | null | undefined) => (data?.today ? new Date(data.today) : new Date());

/** A job whose workspaces partly failed fails as a whole, so pg-boss retries it (the sent ones are skipped then). */
function failOnErrors(name: string, summary: JobSummary) {
  console.log(`[jobs] ${name}: ${summary.sent} sent, ${summary.held} held for review, ${summary.skipped} skipped, ${summary.failed.length} failed`);
  if (summary.failed.length > 0) {
    throw new Error(`${name}: ${summary.failed.map((f) => `${f.workspaceId}: ${f.error}`).join("; ")}`);
  }
  return summary;
}

/** Creates the queues (idempotent) with their retry policy. */
export async function createQueues(boss: PgBoss) {
  for (const name of QUEUES) {
    await boss.createQueue(name, { name, ...RETRY });
  }
}

/**
 * Registers the handlers and the daily schedule. The tick only fans out, so each monthly
 * job retries on its own without re-running the other.
 */
export async function registerWorkers(boss: PgBoss, options: { pollingIntervalSeconds?: number; schedule?: boolean } = {}) {
  await createQueues(boss);
  const work = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };
  await boss.work<DailyJobData>(DAILY_QUEUE, work, async (jobs) => {
    for (const job of jobs) {
      const data = { today: todayOf(job.data).toISOString() };
      // Once a month the stored evaluations move to the new month: done here, not by the first visitor.
      const workspaces = await ensureFreshFiguresEverywhere(todayOf(job.data));
      console.log(`[jobs] figures current in ${workspaces} workspaces`);
      await boss.send(MONTHLY_REPORTS_QUEUE, data, RETRY);
      await boss.send(MISSING_REMINDERS_QUEUE, data, RETRY);
      const pruned = await pruneAuthRecords(getDb(), todayOf(job.data));
      console.log(`[jobs] pruned auth records: ${JSON.stringify(pruned)}`);
      console.log(`[jobs] pruned ${await pruneIdempotencyKeys(todayOf(job.data))} idempotency keys`);
      // Mondays only (the function checks the date); a rerun the same day sends nothing twice.
      const digests = await sendWeeklyLeakDigests({ today: todayOf(job.data) });
      console.log(`[jobs] weekly leak digests: ${digests.sent} sent, ${digests.skipped} skipped`);
    }
  });
  await boss.work<DailyJobData>(MONTHLY_REPORTS_QUEUE, work, async (jobs) => {
    for (const job of jobs) failOnErrors("monthly reports", await sendMonthlyReports({ today: todayOf(job.data) }));
  });
  await boss.work<DailyJobData>(MISSING_REMINDERS_QUEUE, work, async (jobs) => {
    for (const job of jobs) failOnErrors("missing-actuals reminders", await sendMissingActualsReminders({ today: todayOf(job.data) }));
  });
  // Webhook deliveries and leak e-mails, from the event outbox (polled every 2 s).
  await registerWebhookWorkers(boss);
  // One schedule per name in the database: every worker may set it, the cron fires once.
  if (options.schedule !== false) await boss.schedule(DAILY_QUEUE, DAILY_CRON, {}, { tz: DAILY_TZ });
}
