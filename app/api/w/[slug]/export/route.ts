import { gateWorkspace } from "@/lib/auth/workspace-gate";
import { exportWorkspace } from "@/lib/transfer/export";
import { exportFileName } from "@/lib/transfer/file-names";
import { downloadResponse, exportErrorResponse } from "@/lib/transfer/http";

type Params = { params: Promise<{ slug: string }> };

/** GET — the whole workspace as one JSON file (format "realised-workspace", version 1). Viewers may export. */
export async function GET(_request: Request, { params }: Params) {
  try {
    const ctx = await gateWorkspace((await params).slug, "viewer");
    const document = await exportWorkspace(ctx.workspace.id);
    const filename = exportFileName(`${ctx.workspace.name} ${document.exportedAt.slice(0, 10)}`, "json");
    return downloadResponse({ body: `${JSON.stringify(document, null, 2)}\n`, filename, contentType: "application/json; charset=utf-8" });
  } catch (error) {
    return exportErrorResponse(error);
  }
}
