// Contract tests: an API answer must be one the OpenAPI document promises for that
// operation — a documented status, its content type, and a body valid against its schema.
// The document is built from the operations right now (not read from docs/api), so a test
// checks the code against itself; `npm run api:check` keeps the file in step.
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import type { ApiOperation } from "@/lib/api/operation";
import { buildOpenApiDocument } from "@/lib/api/openapi-document";
import type { ApiAnswer } from "./api";

type Json = Record<string, unknown>;
type MediaType = { schema?: Json };
type ResponseObject = { description?: string; content?: Record<string, MediaType> };
type OpenApiDocument = { paths?: Record<string, Record<string, { responses?: Record<string, ResponseObject> } | undefined>>; components?: Json };

type Validator = { document: OpenApiDocument; validatorFor: (pointer: string) => ValidateFunction };

/** Formats zod-to-openapi may emit; checked loosely, since the zod schemas did the strict checking. */
const KNOWN_FORMATS: Record<string, RegExp | true> = {
  "date-time": /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  email: /^[^\s@]+@[^\s@]+$/,
  uri: /^[a-z][a-z0-9+.-]*:/i,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
};

function collectFormats(node: unknown, found: Set<string>): void {
  if (Array.isArray(node)) node.forEach((child) => collectFormats(child, found));
  else if (node !== null && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "format" && typeof value === "string") found.add(value);
      else collectFormats(value, found);
    }
  }
}

/** One JSON pointer segment, escaped and then percent-encoded for use in a $ref fragment. */
const pointerSegment = (segment: string) => encodeURIComponent(segment.replace(/~/g, "~0").replace(/\//g, "~1"));

/** Validates against any schema inside the document by JSON pointer, so its #/components refs resolve. */
export function validatorOf(document: OpenApiDocument): Validator {
  // Not strict: the document carries OpenAPI keywords (example, discriminator) beside JSON Schema.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  const formats = new Set<string>();
  collectFormats(document, formats);
  for (const format of formats) ajv.addFormat(format, KNOWN_FORMATS[format] ?? true);
  ajv.addSchema(document as Json, "openapi");
  const cache = new Map<string, ValidateFunction>();
  return {
    document,
    validatorFor(pointer) {
      let validate = cache.get(pointer);
      if (!validate) {
        validate = ajv.compile({ $ref: `openapi#${pointer}` });
        cache.set(pointer, validate);
      }
      return validate;
    },
  };
}

const isJsonMediaType = (type: string) => /^application\/(?:[\w.+-]+\+)?json$/.test(type);
const mediaTypeOf = (header: string | null) => (header ?? "").split(";")[0].trim().toLowerCase();

/** Where an answer breaks the contract of `operation`; empty when it keeps it. */
export function contractViolations(validator: Validator, operation: Pick<ApiOperation, "method" | "path" | "operationId">, answer: ApiAnswer): string[] {
  const where = `${operation.operationId} (${operation.method.toUpperCase()} ${operation.path})`;
  const responses = validator.document.paths?.[operation.path]?.[operation.method]?.responses;
  if (!responses) return [`${where} is not in the OpenAPI document`];
  const status = String(answer.status);
  const response = responses[status];
  if (!response) {
    return [`${where} answered ${status}, which it does not document (documented: ${Object.keys(responses).join(", ")}); body: ${answer.text.slice(0, 300)}`];
  }
  const content = response.content ?? {};
  const documentedTypes = Object.keys(content);
  const received = mediaTypeOf(answer.headers.get("content-type"));
  if (documentedTypes.length === 0) {
    return answer.text === "" ? [] : [`${where} ${status} documents no body, but answered ${received || "a body"}: ${answer.text.slice(0, 300)}`];
  }
  if (!documentedTypes.includes(received)) {
    return [`${where} ${status} answered Content-Type ${received || "(none)"}; documented: ${documentedTypes.join(", ")}`];
  }
  if (!isJsonMediaType(received)) return answer.text === "" ? [`${where} ${status} answered an empty ${received} body`] : [];
  if (answer.json === null && answer.text.trim() !== "null") return [`${where} ${status} answered ${received} that is not JSON: ${answer.text.slice(0, 300)}`];
  if (!content[received].schema) return [];
  const pointer = ["", "paths", operation.path, operation.method, "responses", status, "content", received, "schema"].map(pointerSegment).join("/");
  const validate = validator.validatorFor(pointer);
  if (validate(answer.json)) return [];
  return (validate.errors ?? []).map((error) => `${where} ${status} body${error.instancePath || ""} ${error.message ?? "is invalid"} (${error.schemaPath})`);
}

let current: Validator | undefined;

/**
 * Fails the test unless `answer` (from callApi) is one the OpenAPI document promises for
 * `operation`: a documented status, a documented content type (application/json,
 * application/problem+json, application/pdf…), and a JSON body valid against its schema.
 */
export function expectMatchesContract(operation: Pick<ApiOperation, "operationId" | "method" | "path">, answer: ApiAnswer): void {
  current ??= validatorOf(buildOpenApiDocument() as unknown as OpenApiDocument);
  const violations = contractViolations(current, operation, answer);
  if (violations.length > 0) throw new Error(`The answer breaks the API contract:\n  - ${violations.join("\n  - ")}`);
}
