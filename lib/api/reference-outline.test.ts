import { describe, expect, it } from "vitest";
import type { ApiOperation } from "./operation";
import { PROBLEM_TYPES, problemTypeUri, type ProblemType } from "./problem";
import { referenceOutline, referenceProblems } from "./reference-outline";

const operation = (operationId: string, tag: string, method: ApiOperation["method"], path: string): ApiOperation =>
  ({ operationId, tag, method, path, summary: `${operationId} summary`, description: `What ${operationId} does.\n\nIts rules.\n`, access: method === "get" ? "read" : "write", minRole: "viewer", curl: `curl ${path}` }) as ApiOperation;

describe("referenceOutline", () => {
  it("groups operations by tag in order of first appearance, with full paths and anchors", () => {
    const groups = referenceOutline([
      operation("getWorkspace", "Workspace", "get", "/workspaces/{slug}"),
      operation("listInvestments", "Investments", "get", "/workspaces/{slug}/investments"),
      operation("getPortfolio", "Workspace", "get", "/workspaces/{slug}/portfolio"),
      operation("batchActuals", "Actuals & KPIs", "post", "/workspaces/{slug}/investments/{id}/actuals:batch"),
    ]);
    expect(groups.map((group) => [group.tag, group.anchor, group.operations.map((op) => op.operationId)])).toEqual([
      ["Workspace", "tag-workspace", ["getWorkspace", "getPortfolio"]],
      ["Investments", "tag-investments", ["listInvestments"]],
      ["Actuals & KPIs", "tag-actuals-kpis", ["batchActuals"]],
    ]);
    expect(groups[2].operations[0]).toEqual({
      anchor: "operation-batchActuals",
      operationId: "batchActuals",
      method: "POST",
      path: "/api/v1/workspaces/{slug}/investments/{id}/actuals:batch",
      summary: "batchActuals summary",
      paragraphs: ["What batchActuals does.", "Its rules."],
      access: "write",
      minRole: "viewer",
      curl: "curl /workspaces/{slug}/investments/{id}/actuals:batch",
    });
  });
});

describe("referenceProblems", () => {
  it("lists every problem type once, by status, anchored where problem documents link", () => {
    const problems = referenceProblems();
    expect(problems.map((p) => p.type).sort()).toEqual(Object.keys(PROBLEM_TYPES).sort());
    expect(problems.map((p) => p.status)).toEqual([...problems.map((p) => p.status)].sort((a, b) => a - b));
    for (const problem of problems) {
      expect(problemTypeUri(problem.type as ProblemType)).toBe(`/docs/api#${problem.anchor}`);
    }
  });
});
