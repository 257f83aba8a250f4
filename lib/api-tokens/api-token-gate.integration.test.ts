// The API's token gate, end to end through the request handler: who a token is, what it
// may reach, when it stops working, and how fast it may ask. Every request's moment is
// pinned, so nothing here depends on today's date or on how fast the machine is.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { defineOperation, type ApiOperation } from "@/lib/api/operation";
import { getWorkspace } from "@/lib/api/operations/workspace";
import { slugParams } from "@/lib/api/schemas";
import type { Role } from "@/lib/auth/roles";
import { hashToken } from "@/lib/auth/tokens";
import { getDb } from "@/lib/db/client";
import { createUser, createWorkspace } from "@/prisma/factories";
import { apiTokenFor, callApi } from "@/tests/support/api";
import { workspaceContextFor } from "@/tests/support/workspace-context";
import { revokeApiToken } from "./mutations";

const NOW = new Date("2026-03-10T12:00:00.000Z");
const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

const read = getWorkspace as unknown as ApiOperation;
// Gate probes: operations that only answer "ok", so what is tested is the gate's decision.
const writeProbe = defineOperation({
  operationId: "gateWriteProbe",
  method: "post",
  path: "/workspaces/{slug}/gate-probe",
  tag: "Test",
  summary: "Gate probe",
  description: "A write that needs an editor.",
  access: "write",
  minRole: "editor",
  params: slugParams,
  responses: { 200: { description: "ok", schema: z.object({ ok: z.boolean() }) } },
  curl: "",
  handle: async () => ({ body: { ok: true } }),
}) as unknown as ApiOperation;
const ownerProbe = { ...writeProbe, operationId: "gateOwnerProbe", minRole: "owner" } as ApiOperation;

async function setup() {
  const [owner, editor, viewer, stranger] = await Promise.all([1, 2, 3, 4].map(() => createUser(getDb())));
  const ws = await createWorkspace(getDb(), {
    name: "Gate Client",
    members: [
      { userId: owner.id, role: "owner" },
      { userId: editor.id, role: "editor" },
      { userId: viewer.id, role: "viewer" },
    ],
  });
  const other = await createWorkspace(getDb(), { name: "Other Secret Client", members: [{ userId: stranger.id, role: "owner" }] });
  return { owner, editor, viewer, ws, other };
}

const setRole = (workspaceId: string, userId: string, role: Role) =>
  getDb().membership.update({ where: { workspaceId_userId: { workspaceId, userId } }, data: { role } });

const tokenRow = (secret: string) =>
  getDb().apiToken.findUniqueOrThrow({ where: { tokenHash: hashToken(secret) }, select: { id: true, lastUsedAt: true } });

function expectUnauthenticated(answer: Awaited<ReturnType<typeof callApi>>, detail: string) {
  expect(answer.status).toBe(401);
  expect(answer.headers.get("content-type")).toBe("application/problem+json");
  expect(answer.headers.get("www-authenticate")).toBe('Bearer realm="realised"');
  expect(answer.json).toEqual({ type: "/docs/api#problem-unauthenticated", title: "Unauthenticated", status: 401, detail });
}

describe("a valid token", () => {
  it("reads its own workspace with its creator's role, and records when it was used", async () => {
    const { owner, editor, ws } = await setup();
    const ownerToken = await apiTokenFor(owner, ws.id, "write", { name: "Owner sync" });
    const answer = await callApi(read, { token: ownerToken, params: { slug: ws.slug }, now: NOW });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    expect(answer.json).toEqual({
      slug: ws.slug,
      name: "Gate Client",
      currency: "EUR",
      locale: "nl-NL",
      token: { name: "Owner sync", scope: "write", role: "owner" },
    });
    expect((await tokenRow(ownerToken)).lastUsedAt).toEqual(NOW);

    const editorToken = await apiTokenFor(editor, ws.id, "write");
    expect((await callApi(read, { token: editorToken, params: { slug: ws.slug }, now: NOW })).json.token).toEqual({
      name: "write token",
      scope: "write",
      role: "editor",
    });
  });

  it("updates lastUsedAt at most once a minute", async () => {
    const { owner, ws } = await setup();
    const token = await apiTokenFor(owner, ws.id);
    expect((await tokenRow(token)).lastUsedAt).toBeNull();
    await callApi(read, { token, params: { slug: ws.slug }, now: NOW });
    await callApi(read, { token, params: { slug: ws.slug }, now: later(30) });
    expect((await tokenRow(token)).lastUsedAt).toEqual(NOW);
    await callApi(read, { token, params: { slug: ws.slug }, now: later(61) });
    expect((await tokenRow(token)).lastUsedAt).toEqual(later(61));
  });
});

describe("scope and role", () => {
  it("a read token acts as a viewer, even when its creator is the owner", async () => {
    const { owner, ws } = await setup();
    const token = await apiTokenFor(owner, ws.id, "read");
    const answer = await callApi(read, { token, params: { slug: ws.slug }, now: NOW });
    expect(answer.json.token).toEqual({ name: "read token", scope: "read", role: "viewer" });
    const write = await callApi(writeProbe, { token, params: { slug: ws.slug }, body: {}, now: NOW });
    expect(write.status).toBe(403);
    expect(write.json).toMatchObject({ type: "/docs/api#problem-forbidden", detail: "This token has the read scope; writing needs a token with the write scope" });
  });

  it("a write token writes with its creator's role and no more", async () => {
    const { editor, ws } = await setup();
    const token = await apiTokenFor(editor, ws.id, "write");
    expect(await callApi(writeProbe, { token, params: { slug: ws.slug }, body: {}, now: NOW })).toMatchObject({ status: 200, json: { ok: true } });
    const asOwner = await callApi(ownerProbe, { token, params: { slug: ws.slug }, body: {}, now: NOW });
    expect(asOwner.status).toBe(403);
    expect(asOwner.json.detail).toBe("This needs the owner role; the token acts as editor");
  });
});

describe("refused tokens: 401 problem documents with WWW-Authenticate", () => {
  it("no token, or not a bearer token", async () => {
    const { ws } = await setup();
    expectUnauthenticated(await callApi(read, { token: null, params: { slug: ws.slug }, now: NOW }), "Send an API token as Authorization: Bearer <token>");
    expectUnauthenticated(
      await callApi(read, { token: null, params: { slug: ws.slug }, headers: { authorization: "Basic dXNlcjpwYXNz" }, now: NOW }),
      "Send an API token as Authorization: Bearer <token>",
    );
  });

  it("an unknown token", async () => {
    const { ws } = await setup();
    expectUnauthenticated(await callApi(read, { token: `rlsd_${"x".repeat(43)}`, params: { slug: ws.slug }, now: NOW }), "This API token is not valid");
    expectUnauthenticated(await callApi(read, { token: "x".repeat(300), params: { slug: ws.slug }, now: NOW }), "This API token is not valid");
  });

  it("a revoked token", async () => {
    const { owner, ws } = await setup();
    const token = await apiTokenFor(owner, ws.id);
    expect((await callApi(read, { token, params: { slug: ws.slug }, now: NOW })).status).toBe(200);
    await revokeApiToken(await workspaceContextFor(owner, ws.slug), { tokenId: (await tokenRow(token)).id }, later(60));
    expectUnauthenticated(await callApi(read, { token, params: { slug: ws.slug }, now: later(61) }), "This API token has been revoked");
  });

  it("an expired token: it works until the moment it expires, not from then on", async () => {
    const { owner, ws } = await setup();
    const token = await apiTokenFor(owner, ws.id, "read", { expiresAt: later(3600) });
    expect((await callApi(read, { token, params: { slug: ws.slug }, now: later(3599) })).status).toBe(200);
    expectUnauthenticated(await callApi(read, { token, params: { slug: ws.slug }, now: later(3600) }), "This API token has expired");
  });

  it("a token whose creator was demoted to viewer, or removed", async () => {
    const { editor, ws } = await setup();
    const token = await apiTokenFor(editor, ws.id, "read");
    const lostAccess = "This API token no longer works: the member who created it is no longer an owner or editor of its workspace";
    await setRole(ws.id, editor.id, "viewer");
    expectUnauthenticated(await callApi(read, { token, params: { slug: ws.slug }, now: NOW }), lostAccess);
    // Made editor again, the same token works again: it was stopped, not revoked.
    await setRole(ws.id, editor.id, "editor");
    expect((await callApi(read, { token, params: { slug: ws.slug }, now: NOW })).status).toBe(200);
    await getDb().membership.delete({ where: { workspaceId_userId: { workspaceId: ws.id, userId: editor.id } } });
    expectUnauthenticated(await callApi(read, { token, params: { slug: ws.slug }, now: NOW }), lostAccess);
  });
});

describe("other workspaces", () => {
  it("a token asking for another workspace gets the same 404 as for a workspace that does not exist", async () => {
    const { owner, ws, other } = await setup();
    const token = await apiTokenFor(owner, ws.id);
    const existing = await callApi(read, { token, params: { slug: other.slug }, now: NOW });
    const missing = await callApi(read, { token, params: { slug: "no-such-workspace" }, now: NOW });
    expect(existing.status).toBe(404);
    expect(existing.headers.get("content-type")).toBe("application/problem+json");
    expect(existing.json).toEqual({ type: "/docs/api#problem-not-found", title: "Not found", status: 404, detail: "Not found" });
    expect({ status: missing.status, text: missing.text }).toEqual({ status: 404, text: existing.text });
    expect(existing.text).not.toContain("Other Secret Client");
    expect(existing.headers.get("www-authenticate")).toBeNull();
  });
});

describe("rate limit", () => {
  const saved = process.env.API_RATE_LIMIT_PER_MINUTE;
  beforeEach(() => {
    process.env.API_RATE_LIMIT_PER_MINUTE = "3";
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.API_RATE_LIMIT_PER_MINUTE;
    else process.env.API_RATE_LIMIT_PER_MINUTE = saved;
  });

  it("refuses the request over the limit with 429 and Retry-After in seconds, and allows again once the minute has passed", async () => {
    const { owner, ws } = await setup();
    const token = await apiTokenFor(owner, ws.id);
    const call = (now: Date) => callApi(read, { token, params: { slug: ws.slug }, now });
    for (let i = 0; i < 3; i++) expect((await call(NOW)).status).toBe(200);

    const refused = await call(NOW);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("60");
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(refused.json).toMatchObject({ type: "/docs/api#problem-rate-limited", status: 429, detail: "This token may make 3 requests a minute; retry after 60 s" });

    // Half a minute on, the wait left is half a minute.
    expect((await call(later(30))).headers.get("retry-after")).toBe("30");
    expect((await call(later(61))).status).toBe(200);
  });

  it("counts per token: another token of the same workspace is not slowed down", async () => {
    const { owner, ws } = await setup();
    const busy = await apiTokenFor(owner, ws.id, "write", { name: "busy" });
    const calm = await apiTokenFor(owner, ws.id, "write", { name: "calm" });
    for (let i = 0; i < 3; i++) await callApi(read, { token: busy, params: { slug: ws.slug }, now: NOW });
    expect((await callApi(read, { token: busy, params: { slug: ws.slug }, now: NOW })).status).toBe(429);
    expect((await callApi(read, { token: calm, params: { slug: ws.slug }, now: NOW })).status).toBe(200);
  });
});
