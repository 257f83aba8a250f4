import { gateWorkspace } from "@/lib/auth/workspace-gate";
import { pdfResponse, readReportQuery, reportFileName } from "@/lib/pdf/http";
import { loadReportModel } from "@/lib/pdf/load-report-data";
import { renderInvestmentReport } from "@/lib/pdf/render";
import { exportErrorResponse } from "@/lib/transfer/http";

type Params = { params: Promise<{ slug: string; id: string }> };

/** GET ?period=…&locale=…&scenario=… — one investment on one PDF page. Viewers may download; another workspace's id is 404. */
export async function GET(request: Request, { params }: Params) {
  try {
    const { slug, id } = await params;
    const ctx = await gateWorkspace(slug, "viewer");
    const options = readReportQuery(request.url, ctx.workspace.locale);
    const model = await loadReportModel({ ...options, workspaceId: ctx.workspace.id, investmentId: id });
    const pdf = await renderInvestmentReport(model, id);
    return pdfResponse(pdf, reportFileName(`${model.investments[0]?.name ?? "investment"} ${model.periodLabel}`));
  } catch (error) {
    return exportErrorResponse(error);
  }
}
