// The rules `npm run api:check` enforces, kept pure so each one is unit-tested: every
// route under app/api/v1 serves a documented operation from the folder its path names,
// every operation has a route, and the OpenAPI document holds together. The script
// (scripts/api-check.ts) only gathers the inputs: route files, their exports, the document.

/** What a route file's handler says about itself (apiRoute attaches `operation`). */
export type OperationRef = { operationId: string; method: string; path: string };

/** One exported method handler of a route file under app/api/v1. */
export type RouteExport = {
  /** The file, relative to the repository root, with forward slashes. */
  file: string;
  /** The export's name: GET, POST, … */
  exportName: string;
  /** The operation apiRoute attached; null for a plain handler. */
  operation: OperationRef | null;
};

export const ROUTE_ROOT = "app/api/v1";

/** The export names Next.js treats as method handlers. */
export const HTTP_METHOD_EXPORTS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/**
 * Routes under /api/v1 that are not API operations. The OpenAPI document describes the
 * operations, so it cannot list the route that serves it.
 */
export const ROUTES_WITHOUT_OPERATION = new Set(["/openapi.json"]);

const ROUTE_FILE = /^route\.(?:ts|tsx|js|mjs)$/;

/**
 * The OpenAPI path (below /api/v1) a route file serves: "[slug]" is "{slug}", a route
 * group "(name)" adds nothing, any other folder is literal ("actuals:batch"). Catch-all
 * folders cannot be an OpenAPI path, so they are refused.
 */
export function operationPathOfRouteFile(file: string): { path: string } | { error: string } {
  const parts = file.replace(/\\/g, "/").split("/");
  const root = ROUTE_ROOT.split("/");
  if (parts.length <= root.length || root.some((part, i) => parts[i] !== part) || !ROUTE_FILE.test(parts[parts.length - 1])) {
    return { error: `${file} is not a route file under ${ROUTE_ROOT}` };
  }
  const segments: string[] = [];
  for (const folder of parts.slice(root.length, -1)) {
    if (/^\(.+\)$/.test(folder)) continue;
    if (folder.startsWith("[...") || folder.startsWith("[[...")) {
      return { error: `${file}: catch-all folder ${folder} cannot be an OpenAPI path; give each operation its own folder` };
    }
    const parameter = folder.match(/^\[(\w+)\]$/);
    segments.push(parameter ? `{${parameter[1]}}` : folder);
  }
  return { path: `/${segments.join("/")}` };
}

/** The route file that serves an OpenAPI path: "/workspaces/{slug}" → app/api/v1/workspaces/[slug]/route.ts. */
export function routeFileOfOperationPath(path: string): string {
  const folders = path
    .split("/")
    .filter(Boolean)
    .map((segment) => segment.replace(/^\{(\w+)\}$/, "[$1]"));
  return [ROUTE_ROOT, ...folders, "route.ts"].join("/");
}

type DocumentOperation = { operationId?: unknown; parameters?: unknown; responses?: unknown };
type OpenApiLike = {
  openapi?: unknown;
  info?: { title?: unknown; version?: unknown };
  paths?: Record<string, Record<string, unknown> | undefined>;
  webhooks?: Record<string, Record<string, unknown> | undefined>;
};

const DOCUMENT_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

function operationsOf(items: OpenApiLike["paths"]): { key: string; method: string; item: Record<string, unknown>; operation: DocumentOperation }[] {
  return Object.entries(items ?? {}).flatMap(([key, item]) =>
    DOCUMENT_METHODS.filter((method) => item?.[method] && typeof item[method] === "object").map((method) => ({
      key,
      method,
      item: item!,
      operation: item![method] as DocumentOperation,
    })),
  );
}

const documentedOperationId = (document: OpenApiLike, path: string, method: string): unknown =>
  (document.paths?.[path]?.[method] as DocumentOperation | undefined)?.operationId;

/**
 * Routes against operations against the document: (a) each exported handler serves an
 * operation the document has, from the folder and under the export name the operation's
 * path and method call for; (b) each operation is served by some route.
 */
export function checkRoutes(input: { routes: RouteExport[]; operations: OperationRef[]; document: OpenApiLike }): string[] {
  const { routes, operations, document } = input;
  const findings: string[] = [];
  for (const route of routes) {
    const where = `${route.file}: ${route.exportName}`;
    const served = operationPathOfRouteFile(route.file);
    if ("error" in served) {
      findings.push(served.error);
      continue;
    }
    const { operation } = route;
    if (!operation) {
      if (!ROUTES_WITHOUT_OPERATION.has(served.path)) {
        findings.push(`${where} is not an API operation: export it as apiRoute(<operation>) so it is documented and gated`);
      }
      continue;
    }
    if (documentedOperationId(document, operation.path, operation.method) !== operation.operationId) {
      findings.push(`${where} serves ${operation.operationId}, which is missing from the OpenAPI document: add it to API_OPERATIONS in lib/api/operations/index.ts`);
    }
    if (operation.path !== served.path) {
      findings.push(`${where} serves ${operation.operationId} (path ${operation.path}) from the folder of ${served.path}: move it to ${routeFileOfOperationPath(operation.path)}`);
    }
    if (operation.method.toUpperCase() !== route.exportName) {
      findings.push(`${where} serves ${operation.operationId}, a ${operation.method.toUpperCase()} operation: export it as ${operation.method.toUpperCase()}`);
    }
  }
  const routed = new Set(routes.flatMap((route) => (route.operation ? [route.operation.operationId] : [])));
  const seenIds = new Set<string>();
  const seenEndpoints = new Map<string, string>();
  for (const operation of operations) {
    const method = operation.method.toUpperCase();
    const endpoint = `${method} ${operation.path}`;
    if (seenIds.has(operation.operationId)) findings.push(`API_OPERATIONS lists operationId ${operation.operationId} more than once`);
    seenIds.add(operation.operationId);
    const other = seenEndpoints.get(endpoint);
    if (other) findings.push(`${operation.operationId} and ${other} are both ${endpoint}`);
    seenEndpoints.set(endpoint, operation.operationId);
    if (!routed.has(operation.operationId)) {
      findings.push(`${operation.operationId} (${endpoint}) has no route: add ${routeFileOfOperationPath(operation.path)} with export const ${method} = apiRoute(${operation.operationId})`);
    }
  }
  return findings;
}

export const CURL_BASE_URL = "http://localhost:3000/api/v1";
export const CURL_TOKEN = "$REALISED_TOKEN";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Each operation's worked curl example (the reference shows it) calls that operation:
 * its own path on http://localhost:3000/api/v1, with $REALISED_TOKEN, and its method.
 */
export function checkCurlExamples(operations: (OperationRef & { curl?: unknown })[]): string[] {
  const findings: string[] = [];
  for (const operation of operations) {
    const where = `${operation.operationId}'s curl example`;
    const curl = typeof operation.curl === "string" ? operation.curl : "";
    if (!/^\s*curl\s/.test(curl)) {
      findings.push(`${where} must be a curl command`);
      continue;
    }
    if (!curl.includes(CURL_TOKEN)) findings.push(`${where} must authenticate with "Authorization: Bearer ${CURL_TOKEN}"`);
    const pattern = operation.path
      .split(/(\{[^}]+\})/)
      .map((part) => (/^\{[^}]+\}$/.test(part) ? "[^/\\s?#\"']+" : escapeRegExp(part)))
      .join("");
    if (!new RegExp(`${escapeRegExp(CURL_BASE_URL)}${pattern}(?=$|[\\s?#"'])`).test(curl)) {
      findings.push(`${where} must call ${CURL_BASE_URL}${operation.path} (with example values for its parameters)`);
    }
    const method = operation.method.toUpperCase();
    const explicit = curl.match(/(?:^|\s)(?:-X|--request)\s*['"]?([A-Za-z]+)/)?.[1]?.toUpperCase();
    const sendsData = /(?:^|\s)(?:-d|--data(?:-raw|-binary|-urlencode)?|--json|-F|--form)(?:\s|=|$)/.test(curl);
    const effective = explicit ?? (sendsData ? "POST" : "GET");
    if (effective !== method) findings.push(`${where} sends ${effective}; the operation is ${method}${explicit ? "" : ` (add -X ${method})`}`);
  }
  return findings;
}

/** The `{name}`s of a path template. */
export const templateParameters = (path: string): string[] => [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);

type ParameterLike = { in?: unknown; name?: unknown; required?: unknown; $ref?: unknown };

function resolvePointer(document: unknown, ref: string): unknown {
  if (!ref.startsWith("#/")) return undefined;
  let node: unknown = document;
  for (const raw of ref.slice(2).split("/")) {
    const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === null || typeof node !== "object" || !(key in node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function parametersOf(document: unknown, list: unknown): ParameterLike[] {
  if (!Array.isArray(list)) return [];
  return list.map((entry: ParameterLike) => (typeof entry?.$ref === "string" ? (resolvePointer(document, entry.$ref) as ParameterLike) ?? {} : entry ?? {}));
}

function collectRefs(node: unknown, found: Set<string>): void {
  if (Array.isArray(node)) node.forEach((child) => collectRefs(child, found));
  else if (node !== null && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") found.add(value);
      else collectRefs(value, found);
    }
  }
}

/**
 * The basics of a valid OpenAPI 3.1 document that are cheap to check: its version and
 * info, unique operationIds, every path parameter declared (and required) and every
 * declared one in the path, at least one response per operation, every local $ref
 * pointing at something.
 */
export function checkOpenApiDocument(document: OpenApiLike): string[] {
  const findings: string[] = [];
  if (typeof document.openapi !== "string" || !/^3\.1\.\d+$/.test(document.openapi)) {
    findings.push(`openapi must be a 3.1.x version (is ${JSON.stringify(document.openapi)})`);
  }
  if (typeof document.info?.title !== "string" || typeof document.info?.version !== "string") findings.push("info.title and info.version must be strings");
  const ids = new Map<string, string>();
  const all = [
    ...operationsOf(document.paths).map((entry) => ({ ...entry, label: `${entry.method.toUpperCase()} ${entry.key}`, isPath: true })),
    ...operationsOf(document.webhooks).map((entry) => ({ ...entry, label: `webhook ${entry.key}`, isPath: false })),
  ];
  for (const key of Object.keys(document.paths ?? {})) {
    if (!key.startsWith("/")) findings.push(`path ${key} must start with /`);
  }
  for (const { key, item, operation, label, isPath } of all) {
    const id = operation.operationId;
    if (typeof id !== "string" || id === "") findings.push(`${label} has no operationId`);
    else if (ids.has(id)) findings.push(`operationId ${id} is used by both ${ids.get(id)} and ${label}`);
    else ids.set(id, label);
    if (!operation.responses || typeof operation.responses !== "object" || Object.keys(operation.responses).length === 0) {
      findings.push(`${label} documents no responses`);
    }
    if (!isPath) continue;
    const declared = [...parametersOf(document, item.parameters), ...parametersOf(document, operation.parameters)].filter((p) => p.in === "path");
    const inTemplate = templateParameters(key);
    for (const name of inTemplate) {
      const parameter = declared.find((p) => p.name === name);
      if (!parameter) findings.push(`${label}: path parameter {${name}} is not declared`);
      else if (parameter.required !== true) findings.push(`${label}: path parameter {${name}} must be required`);
    }
    for (const parameter of declared) {
      if (!inTemplate.includes(String(parameter.name))) findings.push(`${label}: declares path parameter ${String(parameter.name)}, which is not in the path`);
    }
  }
  const refs = new Set<string>();
  collectRefs(document, refs);
  for (const ref of refs) {
    if (resolvePointer(document, ref) === undefined) findings.push(`$ref ${ref} points at nothing`);
  }
  return findings;
}

/** Generated files that differ from what would be generated now. */
export function checkDrift(expected: { file: string; content: string }[], readCurrent: (file: string) => string | null): string[] {
  return expected
    .filter(({ file, content }) => readCurrent(file) !== content)
    .map(({ file }) => `schema drift: ${file} differs from what would be generated now; run npm run api:generate and commit`);
}
