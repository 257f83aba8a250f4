import { gateWorkspace } from "@/lib/auth/workspace-gate";
import { pdfResponse, readReportQuery, reportFileName } from "@/lib/pdf/http";
import { loadReportModel } from "@/lib/pdf/load-report-data";
import { renderWorkspaceReport } from "@/lib/pdf/render";
import { exportErrorResponse } from "@/lib/transfer/http";

type Params = { params: Promise<{ slug: string }> };

/** GET ?period=YYYY-MM[..YYYY-MM]&locale=nl|en&scenario=expected — the workspace report as PDF. Viewers may download. */
export async function GET(request: Request, { params }: Params) {
  try {
    const ctx = await gateWorkspace((await params).slug, "viewer");
    const options = readReportQuery(request.url, ctx.workspace.locale);
    const model = await loadReportModel({ ...options, workspaceId: ctx.workspace.id });
    const pdf = await renderWorkspaceReport(model);
    return pdfResponse(pdf, reportFileName(`${ctx.workspace.name} ${model.periodLabel}`));
  } catch (error) {
    return exportErrorResponse(error);
  }
}
