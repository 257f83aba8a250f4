import { recordAudit } from "@/lib/audit/record-audit";
import type { WorkspaceContext } from "@/lib/auth/workspace-gate";
import { getDb } from "@/lib/db/client";
import { parseReportPeriod } from "@/lib/pdf/report-period";
import { notFoundError } from "@/lib/errors";
import { generateAndFreezeReport } from "./freeze";
import { sha256 } from "./hashing";
import { decodeLogoDataUrl, prepareLogoForStorage } from "./logo";
import type { RasteriseOptions } from "./rasterise-svg";
import type { GenerateReportInput, ReportChannel } from "./schemas";

/**
 * A report made on request (the reports page, or the API with channel "api"): frozen like
 * a download, returned by id for the link.
 */
export async function generateReport(ctx: WorkspaceContext, input: GenerateReportInput, today = new Date(), channel: Extract<ReportChannel, "download" | "api"> = "download") {
  const period = parseReportPeriod(input.period, today);
  if (input.investmentId) {
    const own = await getDb().investment.findFirst({ where: { id: input.investmentId, workspaceId: ctx.workspace.id }, select: { id: true } });
    if (!own) throw notFoundError();
  }
  const frozen = await generateAndFreezeReport(ctx, {
    period,
    locale: input.locale,
    scenario: input.scenario,
    investmentId: input.investmentId || undefined,
    channel,
    recipients: [],
    generatedAt: today,
  });
  return { id: frozen.id, inputHash: frozen.inputHash, byteSize: frozen.byteSize };
}

/** An SVG is checked and rasterised here, once, and stored as PNG: reports never draw SVGs. */
export async function uploadLogo(ctx: { workspace: { id: string }; user: { id: string } }, dataUrl: string, rasterise: RasteriseOptions = {}) {
  const logo = await prepareLogoForStorage(decodeLogoDataUrl(dataUrl), rasterise);
  const summary = { contentType: logo.contentType, uploadedAs: logo.uploadedAs, byteSize: logo.bytes.length, sha256: sha256(logo.bytes) };
  await getDb().$transaction(async (tx) => {
    await tx.workspace.update({ where: { id: ctx.workspace.id }, data: { logo: new Uint8Array(logo.bytes), logoContentType: logo.contentType } });
    await recordAudit(tx, { workspaceId: ctx.workspace.id, actorId: ctx.user.id, action: "workspace.logo.upload", entityType: "Workspace", entityId: ctx.workspace.id, after: summary });
  });
  return summary;
}

export async function removeLogo(ctx: WorkspaceContext) {
  await getDb().$transaction(async (tx) => {
    const before = await tx.workspace.findUniqueOrThrow({ where: { id: ctx.workspace.id }, select: { logoContentType: true } });
    await tx.workspace.update({ where: { id: ctx.workspace.id }, data: { logo: null, logoContentType: null } });
    await recordAudit(tx, { workspaceId: ctx.workspace.id, actorId: ctx.user.id, action: "workspace.logo.remove", entityType: "Workspace", entityId: ctx.workspace.id, before });
  });
}
