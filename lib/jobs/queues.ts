// Queue names and the job payloads, without pg-boss itself, so lib code can name a job.

/** The daily tick: enqueues the two monthly jobs below. */
export const DAILY_QUEUE = "daily-mail-tick";
export const MONTHLY_REPORTS_QUEUE = "monthly-reports";
export const MISSING_REMINDERS_QUEUE = "missing-actuals-reminders";

/** Cron in Europe/Amsterdam: every day at 06:00 (a schedule's day is checked by the job). */
export const DAILY_CRON = "0 6 * * *";
export const DAILY_TZ = "Europe/Amsterdam";

/** `today` as an ISO string; absent means the moment the job runs. */
export type DailyJobData = { today?: string };

/** Failures are retried with exponential backoff from 30 s (30, 60, 120, … seconds). */
export const RETRY = { retryLimit: 5, retryDelay: 30, retryBackoff: true } as const;
