import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db/client";
import { recordWorkspaceEvent } from "@/lib/events/record-event";
import { loadReportModel } from "@/lib/pdf/load-report-data";
import { renderInvestmentReport, renderWorkspaceReport } from "@/lib/pdf/render";
import type { ReportModel } from "@/lib/pdf/report-model";
import type { ReportOptions } from "@/lib/pdf/report-period";
import { canonicalJson, sha256 } from "./hashing";
import { coverLogo } from "./report-logo";
import type { ReportChannel } from "./schemas";
import { findReusableShareReport, lockShareReportKey, type ShareReportKey } from "./share-report-reuse";

export { canonicalJson, sha256 } from "./hashing";

/** Who freezes the report: a member (WorkspaceContext fits), or nobody for share links and jobs. */
export type FreezeContext = { workspace: { id: string }; user: { id: string; name: string } | null };

export type FreezeOptions = ReportOptions & {
  investmentId?: string;
  channel: ReportChannel;
  recipients: string[];
  /** Defaults to the user's name; "share link" or "monthly e-mail" when there is no user. */
  createdByName?: string;
  generatedAt?: Date;
  /** A share link's download: its latest report is served again while the figures are the same. */
  shareLinkId?: string;
};

export type FrozenReport = { id: string; inputHash: string; byteSize: number; pdf: Buffer; model: ReportModel };

/**
 * The transaction only writes (the PDF and its inputs, which for a large workspace are
 * megabytes), yet a loaded machine can take longer than Prisma's defaults of 5 s to run it
 * and 2 s to get a connection: a download must not fail with a 500 for that.
 */
export const FREEZE_TRANSACTION = { timeout: 5 * 60_000, maxWait: 60_000 };

/**
 * Loads the model, renders the PDF and stores both, so the exact bytes a stakeholder got
 * can be downloaded again after the data changed. The inputs are the report model (every
 * figure the PDF prints, computed from the plans and actuals of that moment) plus the
 * logo's digest, since the logo changes the cover. The hash leaves out the generated-at
 * stamp, so equal figures hash alike at any moment. Rendering happens before the
 * transaction; the report row and its audit entry are written together.
 *
 * A share link's download is stored once per set of figures (see share-report-reuse.ts):
 * while the link's latest report for the same period, language and scenario has the same
 * hash, its stored PDF is returned and nothing is rendered or written.
 */
export async function generateAndFreezeReport(ctx: FreezeContext, options: FreezeOptions): Promise<FrozenReport> {
  const workspaceId = ctx.workspace.id;
  const { period, locale, scenario, investmentId, shareLinkId } = options;
  const [model, logo] = await Promise.all([
    loadReportModel({ workspaceId, investmentId, period, locale, scenario, generatedAt: options.generatedAt }),
    // The one-pager has no cover, so no logo.
    investmentId === undefined ? coverLogo(workspaceId) : Promise.resolve(null),
  ]);
  const logoDigest = logo ? { contentType: logo.contentType, sha256: sha256(logo.bytes), onCover: true } : null;
  const inputHash = sha256(canonicalJson({ model: { ...model, generatedAt: undefined }, logo: logoDigest }));
  const inputs = JSON.parse(canonicalJson({ model, logo: logoDigest, shareLinkId })) as object;
  const shareKey: ShareReportKey | null = shareLinkId
    ? { workspaceId, shareLinkId, investmentId: investmentId ?? null, period: `${period.from}..${period.to}`, locale, scenario }
    : null;
  const frozen = (found: { id: string; pdf: Buffer }): FrozenReport => ({ id: found.id, inputHash, byteSize: found.pdf.length, pdf: found.pdf, model });

  const earlier = shareKey && (await findReusableShareReport(getDb(), shareKey, inputHash));
  if (earlier) return frozen(earlier);

  const pdf = investmentId === undefined ? await renderWorkspaceReport(model, { logo: logo?.bytes }) : await renderInvestmentReport(model, investmentId);
  const stored = await getDb().$transaction(async (tx) => {
    if (shareKey) {
      await lockShareReportKey(tx, shareKey);
      const concurrent = await findReusableShareReport(tx, shareKey, inputHash);
      if (concurrent) return concurrent;
    }
    const report = await tx.report.create({
      data: {
        workspaceId,
        investmentId: investmentId ?? null,
        kind: investmentId === undefined ? "workspace" : "investment",
        period: `${period.from}..${period.to}`,
        locale,
        scenario,
        inputs,
        inputHash,
        pdf: new Uint8Array(pdf),
        byteSize: pdf.length,
        channel: options.channel,
        recipients: options.recipients,
        createdById: ctx.user?.id ?? null,
        createdByName: options.createdByName ?? ctx.user?.name ?? "",
      },
      select: { id: true, kind: true, period: true, locale: true, scenario: true, channel: true, recipients: true, inputHash: true, byteSize: true },
    });
    // Every stored report is an event, whichever way it left (a share link's reused PDF is no new report).
    await recordWorkspaceEvent(tx, {
      workspaceId,
      type: "report.generated",
      data: { report: { id: report.id, kind: report.kind, investmentId: investmentId ?? null, period: report.period, locale: report.locale, channel: report.channel } },
    });
    await recordAudit(tx, { workspaceId, actorId: ctx.user?.id ?? null, action: "report.generate", entityType: "Report", entityId: report.id, after: report });
    return { id: report.id, pdf };
  }, FREEZE_TRANSACTION);
  return frozen(stored);
}
