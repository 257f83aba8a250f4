import { gateWorkspace } from "@/lib/auth/workspace-gate";
import { streamWorkspaceExport } from "@/lib/transfer/export";
import { attachmentHeader, exportFileName } from "@/lib/transfer/file-names";
import { exportErrorResponse } from "@/lib/transfer/http";

type Params = { params: Promise<{ slug: string }> };

/**
 * GET [?compress=gzip] — the whole workspace as one JSON file (format "realised-workspace",
 * version 1; docs/workspace-export.md), streamed investment by investment. With
 * compress=gzip the file is a .json.gz, about a tenth of the size, which the import takes
 * as it is. Viewers may export.
 */
export async function GET(request: Request, { params }: Params) {
  try {
    const ctx = await gateWorkspace((await params).slug, "viewer");
    const gzip = new URL(request.url).searchParams.get("compress") === "gzip";
    const now = new Date();
    const json = streamWorkspaceExport(ctx.workspace.id, now);
    const filename = exportFileName(`${ctx.workspace.name} ${now.toISOString().slice(0, 10)}`, gzip ? "json.gz" : "json");
    // CompressionStream takes any BufferSource; the stream's Uint8Array chunks are one.
    const body = gzip ? json.pipeThrough(new CompressionStream("gzip") as ReadableWritablePair<Uint8Array, Uint8Array>) : json;
    return new Response(body, {
      headers: {
        "Content-Type": gzip ? "application/gzip" : "application/json; charset=utf-8",
        "Content-Disposition": attachmentHeader(filename),
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return exportErrorResponse(error);
  }
}
