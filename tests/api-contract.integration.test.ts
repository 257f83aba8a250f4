// Every operation of /api/v1 keeps its contract on the refusals that need no data: no
// token (401), a token of another workspace (404, the workspace is not revealed), a read
// token on a write operation (403) and an exhausted rate limit (429 with Retry-After).
// Each answer is validated against the OpenAPI document. The operations' own tests check
// their success paths with expectMatchesContract.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { API_OPERATIONS } from "@/lib/api/operations";
import { getWorkspace } from "@/lib/api/operations/workspace";
import type { ApiOperation } from "@/lib/api/operation";
import { getDb } from "@/lib/db/client";
import { createUser, createWorkspace } from "@/prisma/factories";
import { apiTokenFor, callApi } from "@/tests/support/api";
import { expectMatchesContract } from "@/tests/support/contract";

const NOW = new Date("2026-03-16T09:30:00Z");

type Setup = { slug: string; ownToken: string; readToken: string; otherToken: string; userId: string; workspaceId: string };
let setup: Setup;

beforeAll(async () => {
  const owner = await createUser(getDb(), { name: "Contract Owner" });
  const stranger = await createUser(getDb(), { name: "Other Owner" });
  const workspace = await createWorkspace(getDb(), { name: "Contract Retail", currency: "EUR", locale: "nl-NL", members: [{ userId: owner.id, role: "owner" }] });
  const other = await createWorkspace(getDb(), { members: [{ userId: stranger.id, role: "owner" }] });
  setup = {
    slug: workspace.slug,
    userId: owner.id,
    workspaceId: workspace.id,
    ownToken: await apiTokenFor(owner, workspace.id, "write", { name: "contract-ci" }),
    readToken: await apiTokenFor(owner, workspace.id, "read", { name: "contract-read" }),
    otherToken: await apiTokenFor(stranger, other.id, "write"),
  };
});

/** Path parameters for an operation: the workspace's slug, a valid month and currency pair, and ids nothing needs to exist for. */
const FIXED_PARAMS: Record<string, string> = { month: "2026-01", from: "EUR", to: "USD" };
function paramsFor(operation: ApiOperation, slug: string): Record<string, string> {
  const names = [...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
  return Object.fromEntries(names.map((name) => [name, name === "slug" ? slug : (FIXED_PARAMS[name] ?? `unknown-${name}`)]));
}

const label = (operation: ApiOperation) => `${operation.operationId} (${operation.method.toUpperCase()} ${operation.path})`;

describe("the API's contract on refusals", () => {
  it("lists at least the example operation", () => {
    expect(API_OPERATIONS.map((operation) => operation.operationId)).toContain("getWorkspace");
  });

  it.each(API_OPERATIONS.map((operation) => [label(operation), operation] as const))("%s without a token: 401 problem", async (_label, operation) => {
    const answer = await callApi(operation, { token: null, params: paramsFor(operation, setup.slug), now: NOW });
    expect(answer.status).toBe(401);
    expect(answer.headers.get("www-authenticate")).toMatch(/^Bearer /);
    expect(answer.json).toMatchObject({ type: "/docs/api#problem-unauthenticated", status: 401 });
    expectMatchesContract(operation, answer);
  });

  it.each(API_OPERATIONS.map((operation) => [label(operation), operation] as const))(
    "%s with another workspace's token: 404 problem, nothing revealed",
    async (_label, operation) => {
      const answer = await callApi(operation, { token: setup.otherToken, params: paramsFor(operation, setup.slug), now: NOW });
      expect(answer.status).toBe(404);
      expect(answer.json).toMatchObject({ type: "/docs/api#problem-not-found", detail: "Not found" });
      expect(answer.text).not.toContain("Contract Retail");
      expectMatchesContract(operation, answer);
    },
  );

  it("every write operation refuses a read token: 403 problem", async () => {
    // Refused before the operation runs, so no data is needed (and none is written).
    for (const operation of API_OPERATIONS.filter((candidate) => candidate.access === "write")) {
      const answer = await callApi(operation, { token: setup.readToken, params: paramsFor(operation, setup.slug), now: NOW });
      expect(answer.status, label(operation)).toBe(403);
      expect(answer.json, label(operation)).toMatchObject({ type: "/docs/api#problem-forbidden" });
      expectMatchesContract(operation, answer);
    }
  });

  it("every operation with a month in its path refuses a malformed one: 422 naming it, as documented", async () => {
    const withMonth = API_OPERATIONS.filter((operation) => operation.path.includes("{month}"));
    expect(withMonth.length).toBeGreaterThan(0);
    for (const operation of withMonth) {
      const answer = await callApi(operation, { token: setup.ownToken, params: { ...paramsFor(operation, setup.slug), month: "2026-13" }, now: NOW });
      expect(answer.status, label(operation)).toBe(422);
      expect(answer.json.errors, label(operation)).toEqual([{ path: "month", message: expect.any(String) }]);
      expectMatchesContract(operation, answer);
    }
  });

  describe("with the rate limit used up", () => {
    const configured = process.env.API_RATE_LIMIT_PER_MINUTE;
    afterEach(() => {
      if (configured === undefined) delete process.env.API_RATE_LIMIT_PER_MINUTE;
      else process.env.API_RATE_LIMIT_PER_MINUTE = configured;
    });

    it("every operation answers 429 with Retry-After, as documented", async () => {
      // One request a minute, spent on a harmless read; then every operation is refused
      // before it runs, so none of them needs data or writes anything.
      process.env.API_RATE_LIMIT_PER_MINUTE = "1";
      const user = { id: setup.userId };
      const token = await apiTokenFor(user, setup.workspaceId, "write", { name: "contract-throttled" });
      const first = await callApi(getWorkspace, { token, params: { slug: setup.slug }, now: NOW });
      expect(first.status).toBe(200);
      for (const operation of API_OPERATIONS) {
        const answer = await callApi(operation, { token, params: paramsFor(operation, setup.slug), now: new Date(NOW.getTime() + 10_000) });
        expect(answer.status, label(operation)).toBe(429);
        expect(answer.headers.get("retry-after"), label(operation)).toBe("50");
        expectMatchesContract(operation, answer);
      }
    });
  });
});

describe("getWorkspace", () => {
  it("answers 200 with the workspace and what the token may do, as documented", async () => {
    const answer = await callApi(getWorkspace, { token: setup.ownToken, params: { slug: setup.slug }, now: NOW });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toMatch(/^application\/json/);
    expect(answer.json).toEqual({
      slug: setup.slug,
      name: "Contract Retail",
      currency: "EUR",
      locale: "nl-NL",
      token: { name: "contract-ci", scope: "write", role: "owner" },
    });
    expectMatchesContract(getWorkspace, answer);
  });

  it("a read token acts as a viewer", async () => {
    const answer = await callApi(getWorkspace, { token: setup.readToken, params: { slug: setup.slug }, now: NOW });
    expect(answer.json.token).toEqual({ name: "contract-read", scope: "read", role: "viewer" });
    expectMatchesContract(getWorkspace, answer);
  });

  it("an unknown token is 401, the same for a workspace that does not exist", async () => {
    const unknown = await callApi(getWorkspace, { token: "rlsd_not-a-real-token", params: { slug: setup.slug }, now: NOW });
    expect(unknown.status).toBe(401);
    expectMatchesContract(getWorkspace, unknown);
    const missing = await callApi(getWorkspace, { token: setup.ownToken, params: { slug: "no-such-workspace" }, now: NOW });
    expect(missing.status).toBe(404);
    expectMatchesContract(getWorkspace, missing);
  });
});
