import { createHash } from "node:crypto";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db/client";
import { loadReportModel } from "@/lib/pdf/load-report-data";
import { renderInvestmentReport, renderWorkspaceReport } from "@/lib/pdf/render";
import type { ReportModel } from "@/lib/pdf/report-model";
import type { ReportOptions } from "@/lib/pdf/report-period";
import { logoForPdf } from "./logo";
import { getWorkspaceLogo } from "./queries";
import type { ReportChannel } from "./schemas";

/** Who freezes the report: a member (WorkspaceContext fits), or nobody for share links and jobs. */
export type FreezeContext = { workspace: { id: string }; user: { id: string; name: string } | null };

export type FreezeOptions = ReportOptions & {
  investmentId?: string;
  channel: ReportChannel;
  recipients: string[];
  /** Defaults to the user's name; "share link" or "monthly e-mail" when there is no user. */
  createdByName?: string;
  generatedAt?: Date;
};

export type FrozenReport = { id: string; inputHash: string; byteSize: number; pdf: Buffer; model: ReportModel };

/** JSON with object keys sorted at every level, so equal inputs always hash alike. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

export const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");

/**
 * Loads the model, renders the PDF and stores both, so the exact bytes a stakeholder got
 * can be downloaded again after the data changed. The inputs are the report model (every
 * figure the PDF prints, computed from the plans and actuals of that moment) plus the
 * logo's digest, since the logo changes the cover. Rendering happens before the
 * transaction; the report row and its audit entry are written together.
 */
export async function generateAndFreezeReport(ctx: FreezeContext, options: FreezeOptions): Promise<FrozenReport> {
  const workspaceId = ctx.workspace.id;
  const { period, locale, scenario, investmentId } = options;
  const [model, logo] = await Promise.all([
    loadReportModel({ workspaceId, investmentId, period, locale, scenario, generatedAt: options.generatedAt }),
    // The one-pager has no cover, so no logo.
    investmentId === undefined ? getWorkspaceLogo(workspaceId) : Promise.resolve(null),
  ]);
  const pdfLogo = (logo && logoForPdf(logo)) ?? undefined;
  const pdf = investmentId === undefined ? await renderWorkspaceReport(model, { logo: pdfLogo }) : await renderInvestmentReport(model, investmentId);
  const inputs = JSON.parse(
    canonicalJson({ model, logo: logo ? { contentType: logo.contentType, sha256: sha256(logo.bytes), onCover: pdfLogo !== undefined } : null }),
  ) as object;
  const inputHash = sha256(canonicalJson(inputs));
  const row = await getDb().$transaction(async (tx) => {
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
    await recordAudit(tx, { workspaceId, actorId: ctx.user?.id ?? null, action: "report.generate", entityType: "Report", entityId: report.id, after: report });
    return report;
  });
  return { id: row.id, inputHash, byteSize: pdf.length, pdf, model };
}
