import { AppError } from "@/lib/errors";
import { attachmentHeader } from "./file-names";

const json = (status: number, error: string) => Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });

/** Route handlers answer without details: an outsider learns nothing, not even that the workspace exists. */
export function exportErrorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    if (error.code === "UNAUTHENTICATED") return json(401, "Unauthenticated");
    if (error.code === "INVALID_INPUT") return json(400, error.message);
    if (error.code === "NOT_FOUND" || error.code === "FORBIDDEN") return json(404, "Not found");
  }
  console.error("[export] unexpected error", error);
  return json(500, "Something went wrong on our side. Please try again.");
}

export function downloadResponse(input: { body: string; filename: string; contentType: string; originalName?: string }): Response {
  return new Response(input.body, {
    headers: {
      "Content-Type": input.contentType,
      "Content-Disposition": attachmentHeader(input.filename, input.originalName),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
