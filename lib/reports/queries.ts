import { getDb } from "@/lib/db/client";

/** What is known about a stored report besides its bytes: the list, the API and the reports page read the same. */
const REPORT_METADATA = {
  id: true,
  kind: true,
  investmentId: true,
  period: true,
  locale: true,
  scenario: true,
  channel: true,
  recipients: true,
  createdByName: true,
  createdAt: true,
  byteSize: true,
  inputHash: true,
} as const;

/** The reports a workspace sent out, newest first, with the investment's name for one-pagers. */
export async function listReports(workspaceId: string, take = 100) {
  const reports = await getDb().report.findMany({
    where: { workspaceId },
    orderBy: { createdAt: "desc" },
    take,
    select: REPORT_METADATA,
  });
  const ids = [...new Set(reports.flatMap((r) => (r.investmentId ? [r.investmentId] : [])))];
  const investments = ids.length
    ? await getDb().investment.findMany({ where: { workspaceId, id: { in: ids } }, select: { id: true, name: true } })
    : [];
  const names = new Map(investments.map((i) => [i.id, i.name]));
  return reports.map((r) => ({ ...r, investmentName: r.investmentId ? (names.get(r.investmentId) ?? null) : null }));
}
export type ReportListItem = Awaited<ReturnType<typeof listReports>>[number];

/** A stored PDF, looked up by id within the workspace (another workspace's id is null). */
export async function getStoredReport(workspaceId: string, reportId: string) {
  if (typeof reportId !== "string" || reportId.length === 0 || reportId.length > 64) return null;
  return getDb().report.findFirst({
    where: { id: reportId, workspaceId },
    select: { id: true, kind: true, period: true, inputHash: true, createdAt: true, pdf: true },
  });
}

/** What is known about a stored report besides its bytes; another workspace's id is null. */
export async function getReportMetadata(workspaceId: string, reportId: string) {
  if (typeof reportId !== "string" || reportId.length === 0 || reportId.length > 64) return null;
  return getDb().report.findFirst({
    where: { id: reportId, workspaceId },
    select: REPORT_METADATA,
  });
}
export type ReportMetadata = NonNullable<Awaited<ReturnType<typeof getReportMetadata>>>;

/** The logo bytes are omitted from default selects; only this asks for them. */
export async function getWorkspaceLogo(workspaceId: string): Promise<{ bytes: Buffer; contentType: string } | null> {
  const row = await getDb().workspace.findUnique({ where: { id: workspaceId }, select: { logo: true, logoContentType: true } });
  if (!row?.logo || !row.logoContentType) return null;
  return { bytes: Buffer.from(row.logo), contentType: row.logoContentType };
}
