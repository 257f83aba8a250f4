import { describe, expect, it } from "vitest";
import { assertIfMatch, etagOf, parseIfMatch } from "./etag";
import { ApiProblem } from "./problem";

const problemOf = (fn: () => void) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ApiProblem) return error;
    throw error;
  }
  throw new Error("expected a problem");
};

describe("If-Match", () => {
  it("reads strong, weak, bare and listed ETags, and *", () => {
    expect(etagOf(3)).toBe('"3"');
    expect(parseIfMatch('"3"')).toEqual({ any: false, revisions: [3] });
    expect(parseIfMatch('W/"4", "5"')).toEqual({ any: false, revisions: [4, 5] });
    expect(parseIfMatch("7")).toEqual({ any: false, revisions: [7] });
    expect(parseIfMatch(" * ")).toEqual({ any: true });
  });

  it("refuses a header that is not an ETag, naming the header", () => {
    const problem = problemOf(() => parseIfMatch('"abc"'));
    expect(problem.status).toBe(422);
    expect(problem.extras.errors).toEqual([{ path: "If-Match", message: expect.stringContaining("If-Match") }]);
  });

  it("passes the current revision, * on an existing resource and an absent header", () => {
    expect(() => assertIfMatch('"2"', 2)).not.toThrow();
    expect(() => assertIfMatch("*", 9)).not.toThrow();
    expect(() => assertIfMatch(null, 9)).not.toThrow();
    expect(() => assertIfMatch(null, null)).not.toThrow();
  });

  it("answers 412 with the current ETag for a stale revision, and for any match on nothing", () => {
    const stale = problemOf(() => assertIfMatch('"2"', 3));
    expect(stale.status).toBe(412);
    expect(stale.extras.headers).toEqual({ ETag: '"3"' });
    expect(stale.extras.currentRevision).toBe(3);
    expect(problemOf(() => assertIfMatch("*", null)).status).toBe(412);
    expect(problemOf(() => assertIfMatch('"1"', null)).status).toBe(412);
  });
});
