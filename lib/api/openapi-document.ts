import { OpenApiGeneratorV31, OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/event-schemas";
import { API_BASE_PATH } from "./links";
import type { ApiOperation } from "./operation";
import { API_OPERATIONS } from "./operations";
import { PROBLEM_TYPES, type ProblemType } from "./problem";
import { problemDocument } from "./schemas";

export { API_BASE_PATH };

/** The refusals every authenticated operation may answer, besides its own. */
// Any operation may fail on our side (500, a problem document without details).
const COMMON_PROBLEMS: ProblemType[] = ["unauthenticated", "not-found", "rate-limited", "internal"];
const WRITE_PROBLEMS: ProblemType[] = ["forbidden", "malformed-json", "unsupported-media-type", "payload-too-large", "invalid-input"];

const problemResponse = (description: string) => ({ description, content: { "application/problem+json": { schema: problemDocument } } });

function problemResponses(operation: ApiOperation) {
  // Path parameters besides the slug (an id, a month) are validated too: a malformed one is a 422.
  const checksInput = operation.query !== undefined || Object.keys((operation.params as z.ZodObject).shape).some((name) => name !== "slug");
  const types = [...COMMON_PROBLEMS, ...(operation.access === "write" || operation.body ? WRITE_PROBLEMS : []), ...(checksInput ? ["invalid-input" as const] : [])];
  const out: Record<number, ReturnType<typeof problemResponse>> = {};
  for (const type of types) {
    const { status, title } = PROBLEM_TYPES[type];
    out[status] = problemResponse(out[status] ? `${out[status].description}; ${title}` : title);
  }
  return out;
}

function responsesOf(operation: ApiOperation) {
  const out: Record<number, object> = problemResponses(operation);
  for (const [status, spec] of Object.entries(operation.responses)) {
    const headers = spec.headers
      ? Object.fromEntries(Object.entries(spec.headers).map(([name, description]) => [name, { description, schema: { type: "string" } }]))
      : undefined;
    const content = spec.contentType
      ? { [spec.contentType]: { schema: z.string().meta({ format: "binary" }) } }
      : spec.schema
        ? { [Number(status) >= 400 ? "application/problem+json" : "application/json"]: { schema: spec.schema } }
        : undefined;
    out[Number(status)] = { description: spec.description, ...(headers ? { headers } : {}), ...(content ? { content } : {}) };
  }
  return out;
}

function headersOf(operation: ApiOperation) {
  const shape: Record<string, z.ZodType> = {};
  if (operation.ifMatch) {
    const description = 'The ETag you read ("3"), or * to replace whatever is there; a stale one is refused with 412';
    shape["If-Match"] = operation.ifMatch === "required" ? z.string().meta({ description }) : z.string().optional().meta({ description });
  }
  if (operation.idempotencyKey) {
    shape["Idempotency-Key"] = z
      .string()
      .max(255)
      .optional()
      .meta({ description: "Any unique string (a UUID); a retry with the same key and body is answered from the first request and writes nothing" });
  }
  return Object.keys(shape).length > 0 ? z.object(shape) : undefined;
}

/** The OpenAPI 3.1 document of /api/v1, generated from the operations' own zod schemas. */
export function buildOpenApiDocument() {
  const registry = new OpenAPIRegistry();
  const bearer = registry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    description: "An API token from the workspace's Settings → API tokens page",
  });
  for (const operation of API_OPERATIONS) {
    const headers = headersOf(operation);
    registry.registerPath({
      method: operation.method,
      path: operation.path,
      operationId: operation.operationId,
      tags: [operation.tag],
      summary: operation.summary,
      description: operation.description,
      security: [{ [bearer.name]: [] }],
      request: {
        params: operation.params as z.ZodObject,
        ...(operation.query ? { query: operation.query as z.ZodObject } : {}),
        ...(headers ? { headers } : {}),
        ...(operation.body ? { body: { required: true, content: { "application/json": { schema: operation.body } } } } : {}),
      },
      responses: responsesOf(operation),
      "x-codeSamples": [{ lang: "curl", label: "curl", source: operation.curl }],
      "x-required-scope": operation.access,
      "x-minimum-role": operation.minRole,
    });
  }
  for (const event of WEBHOOK_EVENTS) {
    registry.registerWebhook({
      method: "post",
      path: event.type,
      operationId: `webhook_${event.type.replace(/\W/g, "_")}`,
      tags: ["Webhooks"],
      summary: event.summary,
      description: event.description,
      request: { body: { content: { "application/json": { schema: event.schema } } } },
      responses: { 200: { description: "Any 2xx acknowledges the delivery; anything else is retried" } },
    });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Realised API",
      version: "1.0.0",
      description:
        "Push actuals, read portfolio figures and leaks, manage investments and reports of one workspace. " +
        "Authenticate with `Authorization: Bearer <token>`. Money is an exact decimal string, months are YYYY-MM. " +
        "Every refusal is an RFC 9457 problem document.",
    },
    servers: [{ url: API_BASE_PATH }],
  });
}
