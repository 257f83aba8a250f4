import { describe, expect, it } from "vitest";
import { ApiProblem } from "./problem";
import { readJsonBody } from "./read-body";

const request = (body: BodyInit | null, headers: Record<string, string> = { "content-type": "application/json" }) =>
  new Request("http://localhost/api/v1/x", { method: "POST", body, headers, ...(body instanceof ReadableStream ? { duplex: "half" } : {}) } as RequestInit);

async function problemOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiProblem) return error;
    throw error;
  }
  throw new Error("expected a problem");
}

describe("readJsonBody", () => {
  it("parses JSON sent as application/json, with a charset or a +json type", async () => {
    expect(await readJsonBody(request('{"a":"1.50"}'))).toEqual({ a: "1.50" });
    expect(await readJsonBody(request("[1]", { "content-type": "application/json; charset=utf-8" }))).toEqual([1]);
    expect(await readJsonBody(request("{}", { "content-type": "application/merge-patch+json" }))).toEqual({});
  });

  it("refuses another content type with 415", async () => {
    const problem = await problemOf(readJsonBody(request("a=1", { "content-type": "application/x-www-form-urlencoded" })));
    expect(problem.status).toBe(415);
    expect(problem.detail).toContain("application/x-www-form-urlencoded");
  });

  it("refuses malformed, empty and non-UTF-8 bodies with 400", async () => {
    expect((await problemOf(readJsonBody(request('{"a":')))).status).toBe(400);
    expect((await problemOf(readJsonBody(request("")))).status).toBe(400);
    expect((await problemOf(readJsonBody(request(new Uint8Array([0x7b, 0xff, 0x7d]))))).detail).toMatch(/UTF-8/);
  });

  it("refuses a body over the cap with 413 even when Content-Length is absent", async () => {
    const big = "x".repeat(2000);
    expect((await problemOf(readJsonBody(request(JSON.stringify({ big })), 1000))).status).toBe(413);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 5; i++) controller.enqueue(new TextEncoder().encode(`"${big}"`));
        controller.close();
      },
    });
    expect((await problemOf(readJsonBody(request(stream), 1000))).status).toBe(413);
  });

  it("refuses prototype keys and unstorable text under their path with 422", async () => {
    const problem = await problemOf(readJsonBody(request('{"months":[{"__proto__":{}}]}')));
    expect(problem.status).toBe(422);
    expect(problem.extras.errors?.[0].path).toBe("months.0.__proto__");
  });
});
