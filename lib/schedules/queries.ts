import { getDb } from "@/lib/db/client";

export const DEFAULT_SCHEDULE = { enabled: false, dayOfMonth: 5, recipients: [] as string[], locale: "nl", holdForReview: false };

/** The workspace's schedule, or the defaults the form starts from when there is none yet. */
export async function getReportSchedule(workspaceId: string) {
  const schedule = await getDb().reportSchedule.findUnique({
    where: { workspaceId },
    select: { enabled: true, dayOfMonth: true, recipients: true, locale: true, holdForReview: true },
  });
  return schedule ?? DEFAULT_SCHEDULE;
}

/** The latest scheduled mails, newest month first, with why they failed. */
export async function listReportDeliveries(workspaceId: string, take = 12) {
  return getDb().reportDelivery.findMany({
    where: { workspaceId },
    orderBy: [{ period: "desc" }, { kind: "asc" }],
    take,
    select: { id: true, period: true, kind: true, status: true, attempts: true, lastError: true, sentAt: true, updatedAt: true },
  });
}

export type ReportDeliveryRow = Awaited<ReturnType<typeof listReportDeliveries>>[number];
