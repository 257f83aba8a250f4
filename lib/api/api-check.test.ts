import { describe, expect, it } from "vitest";
import {
  checkCurlExamples,
  checkDrift,
  checkOpenApiDocument,
  checkRoutes,
  operationPathOfRouteFile,
  routeFileOfOperationPath,
  type OperationRef,
  type RouteExport,
} from "./api-check";

describe("route file ↔ operation path", () => {
  it.each([
    ["app/api/v1/workspaces/[slug]/route.ts", "/workspaces/{slug}"],
    ["app/api/v1/workspaces/[slug]/investments/[id]/route.ts", "/workspaces/{slug}/investments/{id}"],
    ["app/api/v1/workspaces/[slug]/investments/[id]/actuals:batch/route.ts", "/workspaces/{slug}/investments/{id}/actuals:batch"],
    ["app/api/v1/workspaces/[slug]/reports/[reportId]/pdf/route.ts", "/workspaces/{slug}/reports/{reportId}/pdf"],
    ["app/api/v1/openapi.json/route.ts", "/openapi.json"],
    ["app/api/v1/(internal)/workspaces/[slug]/route.ts", "/workspaces/{slug}"],
    ["app\\api\\v1\\workspaces\\[slug]\\route.ts", "/workspaces/{slug}"],
    ["app/api/v1/route.ts", "/"],
  ])("%s serves %s", (file, path) => {
    expect(operationPathOfRouteFile(file)).toEqual({ path });
  });

  it.each([
    ["/workspaces/{slug}", "app/api/v1/workspaces/[slug]/route.ts"],
    ["/workspaces/{slug}/investments/{id}/actuals:batch", "app/api/v1/workspaces/[slug]/investments/[id]/actuals:batch/route.ts"],
    ["/workspaces/{slug}/investments/{id}/kpis/{kpiId}/measurements/{month}", "app/api/v1/workspaces/[slug]/investments/[id]/kpis/[kpiId]/measurements/[month]/route.ts"],
  ])("%s is served by %s, and back", (path, file) => {
    expect(routeFileOfOperationPath(path)).toBe(file);
    expect(operationPathOfRouteFile(file)).toEqual({ path });
  });

  it("refuses catch-all folders and files that are not v1 route files", () => {
    expect(operationPathOfRouteFile("app/api/v1/files/[...rest]/route.ts")).toEqual({ error: expect.stringContaining("catch-all") });
    expect(operationPathOfRouteFile("app/api/v1/files/[[...rest]]/route.ts")).toEqual({ error: expect.stringContaining("catch-all") });
    expect(operationPathOfRouteFile("app/api/w/[slug]/report/route.ts")).toHaveProperty("error");
    expect(operationPathOfRouteFile("app/api/v1/workspaces/[slug]/helpers.ts")).toHaveProperty("error");
    expect(operationPathOfRouteFile("app/api/v10/x/route.ts")).toHaveProperty("error");
  });
});

const getWorkspace: OperationRef = { operationId: "getWorkspace", method: "get", path: "/workspaces/{slug}" };
const listInvestments: OperationRef = { operationId: "listInvestments", method: "get", path: "/workspaces/{slug}/investments" };

const slugParameter = { in: "path", name: "slug", required: true, schema: { type: "string" } };
const documentOf = (...operations: OperationRef[]) => ({
  openapi: "3.1.0",
  info: { title: "Test", version: "1" },
  paths: Object.fromEntries(
    operations.map((op) => [op.path, { [op.method]: { operationId: op.operationId, parameters: [slugParameter], responses: { 200: { description: "ok" } } } }]),
  ),
});

const route = (file: string, exportName: string, operation: OperationRef | null): RouteExport => ({ file, exportName, operation });

describe("checkRoutes", () => {
  it("passes when every operation is documented and served from its own folder", () => {
    const routes = [
      route("app/api/v1/workspaces/[slug]/route.ts", "GET", getWorkspace),
      route("app/api/v1/workspaces/[slug]/investments/route.ts", "GET", listInvestments),
      route("app/api/v1/openapi.json/route.ts", "GET", null),
    ];
    expect(checkRoutes({ routes, operations: [getWorkspace, listInvestments], document: documentOf(getWorkspace, listInvestments) })).toEqual([]);
  });

  it("finds an operation served from the wrong folder or under the wrong method", () => {
    const routes = [
      route("app/api/v1/workspaces/[slug]/route.ts", "GET", getWorkspace),
      route("app/api/v1/workspaces/[slug]/route.ts", "POST", listInvestments),
    ];
    const findings = checkRoutes({ routes, operations: [getWorkspace, listInvestments], document: documentOf(getWorkspace, listInvestments) });
    expect(findings).toEqual([
      expect.stringContaining("move it to app/api/v1/workspaces/[slug]/investments/route.ts"),
      expect.stringContaining("export it as GET"),
    ]);
  });

  it("finds a route whose operation is not in the document, and a plain handler", () => {
    const routes = [
      route("app/api/v1/workspaces/[slug]/route.ts", "GET", getWorkspace),
      route("app/api/v1/workspaces/[slug]/investments/route.ts", "GET", listInvestments),
      route("app/api/v1/workspaces/[slug]/secrets/route.ts", "GET", null),
    ];
    const findings = checkRoutes({ routes, operations: [getWorkspace], document: documentOf(getWorkspace) });
    expect(findings).toEqual([
      expect.stringMatching(/investments\/route\.ts: GET serves listInvestments, which is missing from the OpenAPI document/),
      expect.stringMatching(/secrets\/route\.ts: GET is not an API operation/),
    ]);
  });

  it("finds an operation without a route, and duplicates", () => {
    const copy = { ...getWorkspace, operationId: "getWorkspaceAgain" };
    const findings = checkRoutes({
      routes: [route("app/api/v1/workspaces/[slug]/route.ts", "GET", getWorkspace)],
      operations: [getWorkspace, listInvestments, copy, getWorkspace],
      document: documentOf(getWorkspace, listInvestments),
    });
    expect(findings).toEqual([
      "listInvestments (GET /workspaces/{slug}/investments) has no route: add app/api/v1/workspaces/[slug]/investments/route.ts with export const GET = apiRoute(listInvestments)",
      "getWorkspaceAgain and getWorkspace are both GET /workspaces/{slug}",
      expect.stringContaining("getWorkspaceAgain (GET /workspaces/{slug}) has no route"),
      "API_OPERATIONS lists operationId getWorkspace more than once",
      "getWorkspace and getWorkspaceAgain are both GET /workspaces/{slug}",
    ]);
  });
});

describe("checkOpenApiDocument", () => {
  it("passes a sound document", () => {
    expect(checkOpenApiDocument(documentOf(getWorkspace, listInvestments))).toEqual([]);
  });

  it("finds duplicate operationIds, across paths and webhooks", () => {
    const document = {
      ...documentOf(getWorkspace, { ...listInvestments, operationId: "getWorkspace" }),
      webhooks: { "leak.opened": { post: { operationId: "getWorkspace", responses: { 200: { description: "ok" } } } } },
    };
    expect(checkOpenApiDocument(document)).toEqual([
      "operationId getWorkspace is used by both GET /workspaces/{slug} and GET /workspaces/{slug}/investments",
      "operationId getWorkspace is used by both GET /workspaces/{slug} and webhook leak.opened",
    ]);
  });

  it("finds undeclared, optional and stray path parameters", () => {
    const document = documentOf(getWorkspace);
    document.paths["/workspaces/{slug}/investments/{id}"] = {
      get: { operationId: "getInvestment", parameters: [slugParameter, { ...slugParameter, name: "investmentId" }], responses: { 200: { description: "ok" } } },
    };
    document.paths["/workspaces/{slug}/reports"] = {
      get: { operationId: "listReports", parameters: [{ ...slugParameter, required: false }], responses: { 200: { description: "ok" } } },
    };
    expect(checkOpenApiDocument(document)).toEqual([
      "GET /workspaces/{slug}/investments/{id}: path parameter {id} is not declared",
      "GET /workspaces/{slug}/investments/{id}: declares path parameter investmentId, which is not in the path",
      "GET /workspaces/{slug}/reports: path parameter {slug} must be required",
    ]);
  });

  it("accepts path parameters declared on the path item or by $ref", () => {
    const document = {
      openapi: "3.1.1",
      info: { title: "Test", version: "1" },
      components: { parameters: { Slug: slugParameter } },
      paths: {
        "/workspaces/{slug}": { parameters: [{ $ref: "#/components/parameters/Slug" }], get: { operationId: "a", responses: { 200: { description: "ok" } } } },
      },
    };
    expect(checkOpenApiDocument(document)).toEqual([]);
  });

  it("finds a wrong version, missing operationIds and responses, and dangling $refs", () => {
    const document = {
      openapi: "3.0.3",
      info: { title: "Test", version: "1" },
      paths: {
        "/workspaces/{slug}": {
          get: { parameters: [slugParameter], responses: { 200: { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Gone" } } } } } },
          post: { operationId: "b", parameters: [slugParameter], responses: {} },
        },
      },
    };
    expect(checkOpenApiDocument(document)).toEqual([
      'openapi must be a 3.1.x version (is "3.0.3")',
      "GET /workspaces/{slug} has no operationId",
      "POST /workspaces/{slug} documents no responses",
      "$ref #/components/schemas/Gone points at nothing",
    ]);
  });
});

describe("checkDrift", () => {
  it("names each generated file that differs, and only those", () => {
    const files: Record<string, string> = { "docs/api/openapi.json": "{}\n", "lib/api/client/schema.d.ts": "old" };
    const expected = [
      { file: "docs/api/openapi.json", content: "{}\n" },
      { file: "lib/api/client/schema.d.ts", content: "new" },
      { file: "docs/api/missing.json", content: "x" },
    ];
    expect(checkDrift(expected, (file) => files[file] ?? null)).toEqual([
      "schema drift: lib/api/client/schema.d.ts differs from what would be generated now; run npm run api:generate and commit",
      "schema drift: docs/api/missing.json differs from what would be generated now; run npm run api:generate and commit",
    ]);
  });
});

describe("checkCurlExamples", () => {
  const put = { operationId: "putActualsMonth", method: "put", path: "/workspaces/{slug}/investments/{id}/actuals/{month}" };
  const batch = { operationId: "batchActuals", method: "post", path: "/workspaces/{slug}/investments/{id}/actuals:batch" };

  it("passes examples that call their own operation", () => {
    expect(
      checkCurlExamples([
        { ...getWorkspace, curl: 'curl -H "Authorization: Bearer $REALISED_TOKEN" http://localhost:3000/api/v1/workspaces/acme-retail' },
        { ...listInvestments, curl: 'curl -H "Authorization: Bearer $REALISED_TOKEN" "http://localhost:3000/api/v1/workspaces/acme/investments?limit=50"' },
        {
          ...put,
          curl: 'curl -X PUT -H "Authorization: Bearer $REALISED_TOKEN" -H \'If-Match: "3"\' \\\n  -d \'{"cost":"500.00"}\' http://localhost:3000/api/v1/workspaces/acme/investments/cm1/actuals/2026-03',
        },
        { ...batch, curl: 'curl -H "Authorization: Bearer $REALISED_TOKEN" -d \'{"months":[]}\' "http://localhost:3000/api/v1/workspaces/acme/investments/cm1/actuals:batch"' },
      ]),
    ).toEqual([]);
  });

  it("finds an example of another path, method or token", () => {
    expect(
      checkCurlExamples([
        { ...listInvestments, curl: 'curl -H "Authorization: Bearer $REALISED_TOKEN" http://localhost:3000/api/v1/workspaces/acme' },
        { ...put, curl: 'curl -H "Authorization: Bearer $REALISED_TOKEN" -d \'{}\' http://localhost:3000/api/v1/workspaces/acme/investments/cm1/actuals/2026-03' },
        { ...getWorkspace, curl: 'curl -X DELETE -H "Authorization: Bearer rlsd_secret" http://localhost:3000/api/v1/workspaces/acme' },
        { ...batch, curl: "wget http://localhost:3000/api/v1/workspaces/acme/investments/cm1/actuals:batch" },
        { ...batch, curl: 'curl -X POST -H "Authorization: Bearer $REALISED_TOKEN" https://realised.example/api/v1/workspaces/acme/investments/cm1/actuals:batch' },
      ]),
    ).toEqual([
      "listInvestments's curl example must call http://localhost:3000/api/v1/workspaces/{slug}/investments (with example values for its parameters)",
      "putActualsMonth's curl example sends POST; the operation is PUT (add -X PUT)",
      'getWorkspace\'s curl example must authenticate with "Authorization: Bearer $REALISED_TOKEN"',
      "getWorkspace's curl example sends DELETE; the operation is GET",
      "batchActuals's curl example must be a curl command",
      "batchActuals's curl example must call http://localhost:3000/api/v1/workspaces/{slug}/investments/{id}/actuals:batch (with example values for its parameters)",
    ]);
  });
});
