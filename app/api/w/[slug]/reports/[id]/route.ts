import { gateWorkspace } from "@/lib/auth/workspace-gate";
import { notFoundError } from "@/lib/errors";
import { pdfResponse, reportFileName } from "@/lib/pdf/http";
import { getStoredReport } from "@/lib/reports/queries";
import { exportErrorResponse } from "@/lib/transfer/http";

type Params = { params: Promise<{ slug: string; id: string }> };

/** GET — a frozen report, byte for byte as it was generated. Viewers may download; another workspace's id is 404. */
export async function GET(_request: Request, { params }: Params) {
  try {
    const { slug, id } = await params;
    const ctx = await gateWorkspace(slug, "viewer");
    const report = await getStoredReport(ctx.workspace.id, id);
    if (!report) throw notFoundError();
    const stamp = report.createdAt.toISOString().slice(0, 10);
    const response = pdfResponse(Buffer.from(report.pdf), reportFileName(`${ctx.workspace.name} ${report.period} ${stamp}`));
    response.headers.set("X-Report-Input-Hash", report.inputHash);
    return response;
  } catch (error) {
    return exportErrorResponse(error);
  }
}
