import { gateWorkspace } from "@/lib/auth/workspace-gate";
import { pdfResponse, readReportQuery, reportFileName } from "@/lib/pdf/http";
import { generateAndFreezeReport } from "@/lib/reports/freeze";
import { exportErrorResponse } from "@/lib/transfer/http";

type Params = { params: Promise<{ slug: string }> };

/**
 * GET ?period=YYYY-MM[..YYYY-MM]&locale=nl|en&scenario=expected — the workspace report as PDF.
 * Viewers may download; every download is frozen (stored with its inputs) for the report list.
 */
export async function GET(request: Request, { params }: Params) {
  try {
    const ctx = await gateWorkspace((await params).slug, "viewer");
    const options = readReportQuery(request.url, ctx.workspace.locale);
    const { pdf, model } = await generateAndFreezeReport(ctx, { ...options, channel: "download", recipients: [] });
    return pdfResponse(pdf, reportFileName(`${ctx.workspace.name} ${model.periodLabel}`));
  } catch (error) {
    return exportErrorResponse(error);
  }
}
