// `npm run api:check`: fails (exit 1, with a list) when the API's routes, operations,
// OpenAPI document and generated files disagree. The rules live in lib/api/api-check.ts;
// this script gathers what they look at: every route file under app/api/v1 and the
// operation apiRoute attached to each exported handler.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  HTTP_METHOD_EXPORTS,
  ROUTE_ROOT,
  checkCurlExamples,
  checkDrift,
  checkOpenApiDocument,
  checkRoutes,
  type OperationRef,
  type RouteExport,
} from "@/lib/api/api-check";
import type { ApiOperation } from "@/lib/api/operation";
import { buildDocument, generateApiArtefacts, loadAppModule } from "./api-artefacts";

const root = process.cwd();

function routeFiles(): string[] {
  const folder = path.join(root, ROUTE_ROOT);
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .map((entry) => `${ROUTE_ROOT}/${entry.split(path.sep).join("/")}`)
    .filter((file) => /\/route\.(?:ts|tsx|js|mjs)$/.test(file))
    .sort();
}

const refOf = (operation: unknown): OperationRef | null => {
  const candidate = operation as Partial<OperationRef> | undefined;
  return candidate && typeof candidate.operationId === "string" && typeof candidate.method === "string" && typeof candidate.path === "string"
    ? { operationId: candidate.operationId, method: candidate.method, path: candidate.path }
    : null;
};

async function routeExports(file: string): Promise<RouteExport[]> {
  const exported = await loadAppModule<Record<string, unknown>>(file, root);
  return HTTP_METHOD_EXPORTS.filter((name) => typeof exported[name] === "function").map((name) => ({
    file,
    exportName: name,
    operation: refOf((exported[name] as { operation?: unknown }).operation),
  }));
}

const findings: string[] = [];
const routes: RouteExport[] = [];
for (const file of routeFiles()) {
  try {
    routes.push(...(await routeExports(file)));
  } catch (error) {
    findings.push(`${file} could not be imported: ${error instanceof Error ? error.message : String(error)}`);
  }
}
const { API_OPERATIONS } = await loadAppModule<{ API_OPERATIONS: ApiOperation[] }>("lib/api/operations/index.ts", root);
const document = (await buildDocument(root)) as unknown as Parameters<typeof checkOpenApiDocument>[0];
findings.push(...checkRoutes({ routes, operations: API_OPERATIONS.map((op) => refOf(op)!), document }));
findings.push(...checkOpenApiDocument(document));
findings.push(...checkCurlExamples(API_OPERATIONS));
const read = (file: string) => (existsSync(path.join(root, file)) ? readFileSync(path.join(root, file), "utf8") : null);
findings.push(...checkDrift(await generateApiArtefacts(root), read));

if (findings.length > 0) {
  console.error(`api:check found ${findings.length} problem${findings.length === 1 ? "" : "s"}:`);
  for (const finding of findings) console.error(`  - ${finding}`);
  process.exit(1);
}
console.log(`api:check: ${API_OPERATIONS.length} operations, ${routes.length} route handlers, document and generated files in step`);
// Route modules may open the database pool; nothing else is left to wait for.
process.exit(0);
