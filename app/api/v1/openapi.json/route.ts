import { buildOpenApiDocument } from "@/lib/api/openapi-document";

let document: string | undefined;

/** GET — the OpenAPI 3.1 document of /api/v1 (public: it describes, it does not reveal). */
export function GET() {
  document ??= JSON.stringify(buildOpenApiDocument(), null, 2);
  return new Response(document, { headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
