// The contract harness must be able to fail: each kind of broken answer is caught, and a
// good one passes. Uses the real document and the getWorkspace operation.
import { describe, expect, it } from "vitest";
import { getWorkspace } from "@/lib/api/operations/workspace";
import { problemResponse, ApiProblem } from "@/lib/api/problem";
import type { ApiAnswer } from "@/tests/support/api";
import { contractViolations, expectMatchesContract, validatorOf } from "@/tests/support/contract";

const json = (status: number, body: unknown, contentType = "application/json; charset=utf-8"): ApiAnswer => {
  const text = JSON.stringify(body);
  return { status, headers: new Headers({ "content-type": contentType }), json: body, text };
};

const workspace = { slug: "acme", name: "Acme", currency: "EUR", locale: "nl-NL", token: { name: "ci", scope: "read", role: "viewer" } };

async function answerOf(response: Response): Promise<ApiAnswer> {
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: JSON.parse(text), text };
}

describe("expectMatchesContract", () => {
  it("passes a documented answer and a real problem document", async () => {
    expect(() => expectMatchesContract(getWorkspace, json(200, workspace))).not.toThrow();
    const problem = await answerOf(problemResponse(new ApiProblem("not-found", "Not found")));
    expect(() => expectMatchesContract(getWorkspace, problem)).not.toThrow();
  });

  it("fails for a status the operation does not document", () => {
    expect(() => expectMatchesContract(getWorkspace, json(201, workspace))).toThrow(/answered 201, which it does not document \(documented: .*200/);
    expect(() => expectMatchesContract(getWorkspace, json(409, { type: "/docs/api#problem-conflict", title: "Conflict", status: 409, detail: "x" }, "application/problem+json"))).toThrow(
      /answered 409/,
    );
  });

  it("fails for a body that does not match the schema, naming the field", () => {
    const { token: _token, ...withoutToken } = workspace;
    expect(() => expectMatchesContract(getWorkspace, json(200, withoutToken))).toThrow(/must have required property 'token'/);
    expect(() => expectMatchesContract(getWorkspace, json(200, { ...workspace, token: { ...workspace.token, scope: "admin" } }))).toThrow(
      /body\/token\/scope must be equal to one of the allowed values/,
    );
    // Through a $ref: the Problem component's title is an enum of the known titles.
    expect(() =>
      expectMatchesContract(getWorkspace, json(404, { type: "/docs/api#problem-not-found", title: "Gone", status: 404, detail: "x" }, "application/problem+json")),
    ).toThrow(/body\/title must be equal to one of the allowed values/);
  });

  it("fails for the wrong content type", () => {
    expect(() => expectMatchesContract(getWorkspace, json(200, workspace, "text/plain"))).toThrow(/answered Content-Type text\/plain; documented: application\/json/);
    // A problem must be application/problem+json, not plain JSON.
    expect(() => expectMatchesContract(getWorkspace, json(404, { type: "/docs/api#problem-not-found", title: "Not found", status: 404, detail: "x" }))).toThrow(
      /answered Content-Type application\/json; documented: application\/problem\+json/,
    );
  });

  it("fails for a body that is not JSON, and for an operation the document does not have", () => {
    const broken: ApiAnswer = { status: 200, headers: new Headers({ "content-type": "application/json" }), json: null, text: "{oops" };
    expect(() => expectMatchesContract(getWorkspace, broken)).toThrow(/that is not JSON/);
    expect(() => expectMatchesContract({ ...getWorkspace, path: "/nowhere" }, json(200, workspace))).toThrow(/is not in the OpenAPI document/);
  });

  it("checks binary and body-less responses by content type and emptiness", () => {
    const document = {
      paths: {
        "/r/{id}/pdf": {
          get: {
            responses: {
              200: { description: "The PDF", content: { "application/pdf": { schema: { type: "string", format: "binary" } } } },
              204: { description: "Nothing" },
            },
          },
        },
      },
    };
    const validator = validatorOf(document);
    const operation = { operationId: "getPdf", method: "get" as const, path: "/r/{id}/pdf" };
    const answer = (status: number, contentType: string | null, text: string): ApiAnswer => ({
      status,
      headers: new Headers(contentType ? { "content-type": contentType } : {}),
      json: null,
      text,
    });
    expect(contractViolations(validator, operation, answer(200, "application/pdf", "%PDF-1.7"))).toEqual([]);
    expect(contractViolations(validator, operation, answer(200, "application/json", "{}"))).toEqual([expect.stringContaining("documented: application/pdf")]);
    expect(contractViolations(validator, operation, answer(200, "application/pdf", ""))).toEqual([expect.stringContaining("empty application/pdf body")]);
    expect(contractViolations(validator, operation, answer(204, null, ""))).toEqual([]);
    expect(contractViolations(validator, operation, answer(204, "text/plain", "hello"))).toEqual([expect.stringContaining("documents no body")]);
  });
});
