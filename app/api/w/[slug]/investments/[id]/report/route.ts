import { gateWorkspace } from "@/lib/auth/workspace-gate";
import { pdfResponse, readReportQuery, reportFileName } from "@/lib/pdf/http";
import { generateAndFreezeReport } from "@/lib/reports/freeze";
import { exportErrorResponse } from "@/lib/transfer/http";

type Params = { params: Promise<{ slug: string; id: string }> };

/** GET ?period=…&locale=…&scenario=… — one investment on one PDF page. Viewers may download (frozen, like the workspace report); another workspace's id is 404. */
export async function GET(request: Request, { params }: Params) {
  try {
    const { slug, id } = await params;
    const ctx = await gateWorkspace(slug, "viewer");
    const options = readReportQuery(request.url, ctx.workspace.locale);
    const { pdf, model } = await generateAndFreezeReport(ctx, { ...options, investmentId: id, channel: "download", recipients: [] });
    return pdfResponse(pdf, reportFileName(`${model.investments[0]?.name ?? "investment"} ${model.periodLabel}`));
  } catch (error) {
    return exportErrorResponse(error);
  }
}
