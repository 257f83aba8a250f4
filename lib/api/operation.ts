import type { z } from "zod";
import type { Role } from "@/lib/auth/roles";
import type { WorkspaceContext } from "@/lib/auth/workspace-gate";

// One API operation, declared once: the OpenAPI document is generated from these
// declarations and the route handler validates with the very same zod schemas, so the
// document cannot describe something the route does not do.

export type HttpMethod = "get" | "put" | "post" | "patch" | "delete";

export type ApiResponseSpec = {
  description: string;
  /** A JSON body's schema; absent for a body-less answer. */
  schema?: z.ZodType;
  /** Another content type than JSON (a PDF); its body is described as binary. */
  contentType?: string;
  /** Response headers worth documenting ("ETag", "Location"). */
  headers?: Record<string, string>;
};

export type ApiCall<P, Q, B> = {
  ctx: WorkspaceContext;
  params: P;
  query: Q;
  body: B;
  /** If-Match as sent: a revision number, "*", or null when absent. */
  ifMatch: string | null;
  request: Request;
  now: Date;
};

/** What a handler answers: JSON (default) or a ready body with its content type. */
export type ApiReply = {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A non-JSON body (a PDF). */
  raw?: { body: Uint8Array | string; contentType: string };
};

export type ApiOperation<P extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType> = {
  operationId: string;
  method: HttpMethod;
  /** The OpenAPI path below /api/v1, e.g. "/workspaces/{slug}/investments/{id}". */
  path: string;
  tag: string;
  summary: string;
  description: string;
  /** "read" operations are open to every token; "write" ones need a write token and `minRole`. */
  access: "read" | "write";
  minRole: Role;
  params: P;
  query?: Q;
  body?: B;
  /** Documented request headers. */
  ifMatch?: "optional" | "required";
  idempotencyKey?: boolean;
  /** Largest accepted body in bytes (default API_BODY_LIMIT_BYTES). */
  bodyLimitBytes?: number;
  responses: Record<number, ApiResponseSpec>;
  /** A worked example the reference page shows. */
  curl: string;
  // A method (not a property) so that any operation is assignable to ApiOperation: the
  // list of all operations holds them with their own parameter types.
  handle(call: ApiCall<z.infer<P>, z.infer<Q>, z.infer<B>>): Promise<ApiReply>;
};

/** Declares an operation with its types inferred from its schemas. */
export function defineOperation<P extends z.ZodType, Q extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType>(
  operation: ApiOperation<P, Q, B>,
): ApiOperation<P, Q, B> {
  return operation;
}
