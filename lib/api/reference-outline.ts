import { API_BASE_PATH } from "./openapi-document";
import type { ApiOperation } from "./operation";
import { PROBLEM_TYPES, type ProblemType } from "./problem";

// What the API reference page lists above the interactive reference, derived from the
// operations and problem types themselves so the page cannot fall behind them.

export type ReferenceOperation = {
  /** The element id of its entry: "operation-getWorkspace". */
  anchor: string;
  operationId: string;
  method: string;
  /** The full path, "/api/v1/workspaces/{slug}". */
  path: string;
  summary: string;
  /** Its description, one entry per paragraph. */
  paragraphs: string[];
  access: ApiOperation["access"];
  minRole: ApiOperation["minRole"];
  curl: string;
};

export type ReferenceGroup = { tag: string; anchor: string; operations: ReferenceOperation[] };

const slugOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** The operations grouped by tag, tags in the order they first appear. */
export function referenceOutline(operations: readonly ApiOperation[]): ReferenceGroup[] {
  const groups = new Map<string, ReferenceGroup>();
  for (const operation of operations) {
    let group = groups.get(operation.tag);
    if (!group) {
      group = { tag: operation.tag, anchor: `tag-${slugOf(operation.tag)}`, operations: [] };
      groups.set(operation.tag, group);
    }
    group.operations.push({
      anchor: `operation-${operation.operationId}`,
      operationId: operation.operationId,
      method: operation.method.toUpperCase(),
      path: `${API_BASE_PATH}${operation.path}`,
      summary: operation.summary,
      paragraphs: operation.description
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean),
      access: operation.access,
      minRole: operation.minRole,
      curl: operation.curl,
    });
  }
  return [...groups.values()];
}

export type ReferenceProblem = { type: ProblemType; anchor: string; status: number; title: string };

/** Every problem type with the id its `type` link lands on (/docs/api#problem-…), by status. */
export function referenceProblems(): ReferenceProblem[] {
  return (Object.entries(PROBLEM_TYPES) as [ProblemType, (typeof PROBLEM_TYPES)[ProblemType]][])
    .map(([type, { status, title }]) => ({ type, anchor: `problem-${type}`, status, title }))
    .sort((a, b) => a.status - b.status);
}
