import type { z } from "zod";

/** One validation problem; `path` joins the field names with dots ("costs.0.amount"), "" is the document. */
export interface ValidationError {
  path: string;
  message: string;
}

export type PathSegment = PropertyKey;

interface IssueLike {
  code: string;
  path: readonly PathSegment[];
  message: string;
  input?: unknown;
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  keys?: readonly string[];
  values?: readonly unknown[];
}

export function joinPath(segments: readonly PathSegment[]): string {
  return segments.map((segment) => String(segment)).join(".");
}

const TYPE_NAMES: Record<string, string> = {
  object: "an object",
  array: "a list",
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
};

function describeSize(issue: IssueLike, bound: number | bigint | undefined, isMax: boolean): string {
  const limit = String(bound);
  if (issue.origin === "string") {
    if (!isMax && limit === "1") return "must not be empty";
    return isMax ? `must be at most ${limit} characters` : `must be at least ${limit} characters`;
  }
  if (issue.origin === "array") {
    return isMax ? `must have at most ${limit} items` : `must have at least ${limit} items`;
  }
  if (!isMax && limit === "0" && issue.inclusive !== false) return "must not be negative";
  if (issue.inclusive === false) return isMax ? `must be less than ${limit}` : `must be greater than ${limit}`;
  return isMax ? `must be at most ${limit}` : `must be at least ${limit}`;
}

/** Turns zod issues into plain-language errors with a dotted path; one error per unknown key. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PathSegment[] = []) {
  const described: { segments: PathSegment[]; message: string }[] = [];
  for (const raw of issues) {
    const issue = raw as IssueLike;
    const segments = [...prefix, ...issue.path];
    switch (issue.code) {
      case "invalid_type": {
        const missing = !("input" in issue) || issue.input === undefined;
        const expected = TYPE_NAMES[issue.expected ?? ""] ?? issue.expected ?? "something else";
        described.push({ segments, message: missing ? "is required" : `must be ${expected}` });
        break;
      }
      case "too_small":
        described.push({ segments, message: describeSize(issue, issue.minimum, false) });
        break;
      case "too_big":
        described.push({ segments, message: describeSize(issue, issue.maximum, true) });
        break;
      case "unrecognized_keys":
        for (const key of issue.keys ?? []) described.push({ segments: [...segments, key], message: "unknown field" });
        break;
      case "invalid_value": {
        const options = (issue.values ?? []).map((value) => JSON.stringify(value)).join(", ");
        described.push({ segments, message: `must be one of: ${options}` });
        break;
      }
      default:
        described.push({ segments, message: issue.message });
    }
  }
  return described;
}

export function toValidationErrors(issues: readonly z.core.$ZodIssue[]): ValidationError[] {
  return describeIssues(issues).map(({ segments, message }) => ({ path: joinPath(segments), message }));
}

/** "costs.0.amount: must not be negative"; the document itself is shown as "(document)". */
export function formatValidationError(error: ValidationError): string {
  return `${error.path === "" ? "(document)" : error.path}: ${error.message}`;
}
