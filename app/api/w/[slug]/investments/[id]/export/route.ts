import { gateWorkspace } from "@/lib/auth/workspace-gate";
import { invalidInput } from "@/lib/errors";
import { exportInvestmentCsv, exportInvestmentJson } from "@/lib/transfer/export";
import { downloadResponse, exportErrorResponse } from "@/lib/transfer/http";

type Params = { params: Promise<{ slug: string; id: string }> };

/** GET ?format=json|csv — one investment as a format v1 document or a month-by-month CSV. Viewers may export. */
export async function GET(request: Request, { params }: Params) {
  try {
    const { slug, id } = await params;
    const ctx = await gateWorkspace(slug, "viewer");
    const format = new URL(request.url).searchParams.get("format") ?? "json";
    if (format === "csv") {
      const file = await exportInvestmentCsv(ctx.workspace.id, id, ctx.workspace.locale);
      return downloadResponse({ ...file, contentType: "text/csv; charset=utf-8" });
    }
    if (format !== "json") throw invalidInput("format", "Use format=json or format=csv");
    const file = await exportInvestmentJson(ctx.workspace.id, id);
    return downloadResponse({ ...file, contentType: "application/json; charset=utf-8" });
  } catch (error) {
    return exportErrorResponse(error);
  }
}
