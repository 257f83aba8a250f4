// Managing API tokens: who may create and revoke them, what is stored (never the secret),
// what is audited, and what the list shows. Lib calls take a pinned `now`; the actions
// (which use the wall clock) are only given input that does not depend on the date.
import { beforeAll, describe, expect, it } from "vitest";
// First: it replaces "who is signed in" before anything imports the session module.
import { actAs } from "@/tests/support/session";
import { actAsApiToken } from "@/lib/api/request-actor";
import { getWorkspace } from "@/lib/api/operations/workspace";
import type { ApiOperation } from "@/lib/api/operation";
import { listAuditEntries } from "@/lib/audit/queries";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashToken } from "@/lib/auth/tokens";
import { getDb } from "@/lib/db/client";
import { createUser, createWorkspace } from "@/prisma/factories";
import { apiTokenFor, callApi } from "@/tests/support/api";
import { appErrorOf, workspaceContextFor } from "@/tests/support/workspace-context";
import { createApiTokenAction, revokeApiTokenAction } from "./actions";
import { createApiToken, revokeApiToken } from "./mutations";
import { listApiTokens } from "./queries";

const NOW = new Date("2026-03-10T12:00:00.000Z");
const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

async function setup() {
  const [owner, editor, viewer, outsider] = await Promise.all(
    ["Olivia Owner", "Eddie Editor", "Vera Viewer", "Otto Outsider"].map((name) => createUser(getDb(), { name })),
  );
  const ws = await createWorkspace(getDb(), {
    name: "Token Client",
    members: [
      { userId: owner.id, role: "owner" },
      { userId: editor.id, role: "editor" },
      { userId: viewer.id, role: "viewer" },
    ],
  });
  const other = await createWorkspace(getDb(), { members: [{ userId: outsider.id, role: "owner" }] });
  const ctx = {
    owner: await workspaceContextFor(owner, ws.slug),
    editor: await workspaceContextFor(editor, ws.slug),
    viewer: await workspaceContextFor(viewer, ws.slug),
  };
  return { owner, editor, viewer, outsider, ws, other, ctx };
}

/** Every column of the workspace's token rows and audit rows, as text. */
async function storedText(workspaceId: string) {
  const rows = await getDb().$queryRaw<{ text: string | null }[]>`
    SELECT (SELECT json_agg(t)::text FROM "ApiToken" t WHERE t."workspaceId" = ${workspaceId}) AS text
    UNION ALL SELECT (SELECT json_agg(a)::text FROM "AuditLog" a WHERE a."workspaceId" = ${workspaceId})`;
  return rows.map((row) => row.text ?? "").join("\n");
}

const auditOf = (workspaceId: string, action: string) =>
  getDb().auditLog.findMany({ where: { workspaceId, action }, select: { actorId: true, entityId: true, before: true, after: true, apiTokenId: true } });

describe("creating a token", () => {
  it("returns the secret once and stores only its SHA-256 hash; the audit names the token without its secret", async () => {
    const { editor, ws, ctx } = await setup();
    const created = await createApiToken(ctx.editor, { name: "  Finance sync  ", scope: "write" }, NOW);
    expect(created).toEqual({
      id: expect.any(String),
      secret: expect.stringMatching(/^rlsd_[A-Za-z0-9_-]{43}$/),
      prefix: created.secret.slice(0, 11),
      name: "Finance sync",
      scope: "write",
      expiresAt: null,
    });
    const row = await getDb().apiToken.findUniqueOrThrow({ where: { id: created.id }, omit: { tokenHash: false } });
    expect(row).toMatchObject({ workspaceId: ws.id, createdById: editor.id, name: "Finance sync", scope: "write", tokenHash: hashToken(created.secret), prefix: created.prefix, createdAt: NOW, expiresAt: null, revokedAt: null, lastUsedAt: null });

    const stored = await storedText(ws.id);
    expect(stored).toContain(hashToken(created.secret)); // the token row holds the hash…
    expect(stored).not.toContain(created.secret); // …and nowhere the secret itself
    const audit = await auditOf(ws.id, "api-token.create");
    expect(audit).toEqual([
      { actorId: editor.id, entityId: created.id, before: null, after: { name: "Finance sync", scope: "write", prefix: created.prefix, expiresAt: null }, apiTokenId: null },
    ]);
    expect(JSON.stringify(audit)).not.toContain(hashToken(created.secret));

    // The secret is the credential the API accepts.
    const answer = await callApi(getWorkspace as unknown as ApiOperation, { token: created.secret, params: { slug: ws.slug }, now: NOW });
    expect(answer.json.token).toEqual({ name: "Finance sync", scope: "write", role: "editor" });
  });

  it("an optional expiry day after today: the token stops working at the start of that day (UTC)", async () => {
    const { ws, ctx } = await setup();
    const created = await createApiToken(ctx.owner, { name: "Quarterly", scope: "read", expiresOn: "2026-03-11" }, NOW);
    expect(created.expiresAt).toEqual(new Date("2026-03-11T00:00:00.000Z"));
    const call = (now: Date) => callApi(getWorkspace as unknown as ApiOperation, { token: created.secret, params: { slug: ws.slug }, now });
    expect((await call(new Date("2026-03-10T23:59:59.000Z"))).status).toBe(200);
    expect((await call(new Date("2026-03-11T00:00:00.000Z"))).status).toBe(401);
  });

  it("through the action: an editor gets the secret; a viewer is refused and nothing is created", async () => {
    const { editor, viewer, ws, ctx } = await setup();
    const created = await actAs(editor, () => createApiTokenAction({ workspaceSlug: ws.slug, name: "CI", scope: "read", expiresOn: "" }));
    if (!created.ok) throw new Error(created.message);
    expect(created.data).toMatchObject({ name: "CI", scope: "read", expiresAt: null, secret: expect.stringMatching(/^rlsd_/) });
    expect(await getDb().apiToken.findUniqueOrThrow({ where: { tokenHash: hashToken(created.data.secret) }, select: { createdById: true } })).toEqual({ createdById: editor.id });

    const refused = await actAs(viewer, () => createApiTokenAction({ workspaceSlug: ws.slug, name: "Mine", scope: "read" }));
    expect(refused).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect((await appErrorOf(createApiToken(ctx.viewer, { name: "Mine", scope: "read" }, NOW))).code).toBe("FORBIDDEN");
    expect(await getDb().apiToken.count({ where: { workspaceId: ws.id } })).toBe(1);
  });

  it("through the action: a field error comes back on its field", async () => {
    const { editor, ws } = await setup();
    const result = await actAs(editor, () => createApiTokenAction({ workspaceSlug: ws.slug, name: "", scope: "write" }));
    expect(result).toMatchObject({ ok: false, error: "INVALID_INPUT", fieldErrors: { name: ["Name is required"] } });
  });
});

describe("refused input names the field, and creates nothing", () => {
  let shared: Awaited<ReturnType<typeof setup>>;
  beforeAll(async () => {
    shared = await setup();
  });

  it.each([
    [{ name: "   ", scope: "read" }, "name", "Name is required"],
    [{ scope: "read" }, "name", "Name is required"],
    [{ name: "x".repeat(81), scope: "read" }, "name", "Name must be at most 80 characters"],
    [{ name: "Sync", scope: "admin" }, "scope", "Choose read or write"],
    [{ name: "Sync" }, "scope", "Choose read or write"],
    [{ name: "Sync", scope: "read", expiresOn: "2026-02-30" }, "expiresOn", "Enter the expiry as a date like 2026-12-31"],
    [{ name: "Sync", scope: "read", expiresOn: "next week" }, "expiresOn", "Enter the expiry as a date like 2026-12-31"],
    [{ name: "Sync", scope: "read", expiresOn: "2026-03-10" }, "expiresOn", "Choose an expiry date after today"],
    [{ name: "Sync", scope: "read", expiresOn: "2025-12-31" }, "expiresOn", "Choose an expiry date after today"],
  ])("refuses %j naming the field %s", async (input, field, message) => {
    const { ws, ctx } = shared;
    const error = await appErrorOf(createApiToken(ctx.editor, input as never, NOW));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.fieldErrors[field]).toEqual([message]);
    expect(await getDb().apiToken.count({ where: { workspaceId: ws.id } })).toBe(0);
  });

});

describe("revoking a token", () => {
  it("an editor revokes their own token; doing it twice is harmless and audited once", async () => {
    const { editor, ws, ctx } = await setup();
    const token = await createApiToken(ctx.editor, { name: "Mine", scope: "write" }, NOW);
    await revokeApiToken(ctx.editor, { tokenId: token.id }, later(60));
    await revokeApiToken(ctx.editor, { tokenId: token.id }, later(120));
    expect((await getDb().apiToken.findUniqueOrThrow({ where: { id: token.id }, select: { revokedAt: true } })).revokedAt).toEqual(later(60));
    const audit = await auditOf(ws.id, "api-token.revoke");
    expect(audit).toEqual([
      {
        actorId: editor.id,
        entityId: token.id,
        before: { name: "Mine", scope: "write", prefix: token.prefix, revokedAt: null },
        after: { name: "Mine", scope: "write", prefix: token.prefix, revokedAt: later(60).toISOString() },
        apiTokenId: null,
      },
    ]);
    expect(await storedText(ws.id)).not.toContain(token.secret);
  });

  it("an editor cannot revoke an owner's (or another editor's) token; the owner can revoke anyone's", async () => {
    const { owner, editor, ws, ctx } = await setup();
    const ownerToken = await createApiToken(ctx.owner, { name: "Owner's", scope: "write" }, NOW);
    const colleague = await createUser(getDb());
    await getDb().membership.create({ data: { workspaceId: ws.id, userId: colleague.id, role: "editor" } });
    const colleagueToken = await createApiToken(await workspaceContextFor(colleague, ws.slug), { name: "Colleague's", scope: "read" }, NOW);

    for (const tokenId of [ownerToken.id, colleagueToken.id]) {
      const error = await appErrorOf(revokeApiToken(ctx.editor, { tokenId }, NOW));
      expect({ code: error.code, message: error.message }).toEqual({ code: "FORBIDDEN", message: "Editors can only revoke API tokens they created" });
    }
    const byAction = await actAs(editor, () => revokeApiTokenAction({ workspaceSlug: ws.slug, tokenId: ownerToken.id }));
    expect(byAction).toMatchObject({ ok: false, error: "FORBIDDEN", message: "Editors can only revoke API tokens they created" });
    expect(await getDb().apiToken.count({ where: { workspaceId: ws.id, revokedAt: { not: null } } })).toBe(0);

    const byOwner = await actAs(owner, () => revokeApiTokenAction({ workspaceSlug: ws.slug, tokenId: colleagueToken.id }));
    expect(byOwner).toEqual({ ok: true, data: undefined });
    expect(await getDb().apiToken.findUniqueOrThrow({ where: { id: colleagueToken.id }, select: { revokedAt: true } })).toEqual({ revokedAt: expect.any(Date) });
  });

  it("a viewer cannot revoke; another workspace's token is not found", async () => {
    const { viewer, outsider, ws, other, ctx } = await setup();
    const token = await createApiToken(ctx.owner, { name: "Owner's", scope: "read" }, NOW);
    expect(await actAs(viewer, () => revokeApiTokenAction({ workspaceSlug: ws.slug, tokenId: token.id }))).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await actAs(outsider, () => revokeApiTokenAction({ workspaceSlug: other.slug, tokenId: token.id }))).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await actAs(outsider, () => revokeApiTokenAction({ workspaceSlug: ws.slug, tokenId: token.id }))).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect((await appErrorOf(revokeApiToken(ctx.owner, { tokenId: "no-such-token" }, NOW))).code).toBe("NOT_FOUND");
    expect((await getDb().apiToken.findUniqueOrThrow({ where: { id: token.id }, select: { revokedAt: true } })).revokedAt).toBeNull();
  });
});

describe("the list", () => {
  it("shows each token's details and state, newest first, and never its secret or hash", async () => {
    const { owner, editor, ws, other, ctx } = await setup();
    const active = await createApiToken(ctx.owner, { name: "Active", scope: "read", expiresOn: "2026-12-31" }, later(1));
    const expiring = await createApiToken(ctx.owner, { name: "Expiring", scope: "write", expiresOn: "2026-03-11" }, later(2));
    const revoked = await createApiToken(ctx.owner, { name: "Revoked", scope: "write" }, later(3));
    await revokeApiToken(ctx.owner, { tokenId: revoked.id }, later(4));
    const orphaned = await createApiToken(ctx.editor, { name: "Editor's", scope: "write" }, later(5));
    await getDb().membership.update({ where: { workspaceId_userId: { workspaceId: ws.id, userId: editor.id } }, data: { role: "viewer" } });
    await apiTokenFor(owner, other.id); // not this workspace's
    await callApi(getWorkspace as unknown as ApiOperation, { token: active.secret, params: { slug: ws.slug }, now: later(10) });

    const list = await listApiTokens(ws.id, new Date("2026-03-11T00:00:00.000Z"));
    expect(list).toEqual([
      expect.objectContaining({ id: orphaned.id, name: "Editor's", creatorName: "Eddie Editor", state: "creator-lost-access", lastUsedAt: null }),
      expect.objectContaining({ id: revoked.id, name: "Revoked", state: "revoked", revokedAt: later(4) }),
      expect.objectContaining({ id: expiring.id, name: "Expiring", state: "expired", expiresAt: new Date("2026-03-11T00:00:00.000Z") }),
      {
        id: active.id,
        name: "Active",
        prefix: active.prefix,
        scope: "read",
        createdById: owner.id,
        creatorName: "Olivia Owner",
        createdAt: later(1),
        expiresAt: new Date("2026-12-31T00:00:00.000Z"),
        lastUsedAt: later(10),
        revokedAt: null,
        state: "active",
      },
    ]);
    expect(JSON.stringify(list)).not.toContain(hashToken(active.secret));
    expect(JSON.stringify(list)).not.toContain(active.secret);
    expect(await listApiTokens(other.id, NOW)).toHaveLength(1);
  });
});

describe("audit entries of API requests", () => {
  it("recordAudit inside actAsApiToken names the token; outside it names none", async () => {
    const { owner, ws } = await setup();
    await actAsApiToken({ tokenId: "token-1", tokenName: "Zapier" }, () =>
      getDb().$transaction((tx) => recordAudit(tx, { workspaceId: ws.id, actorId: owner.id, action: "probe.api", entityType: "Probe" })),
    );
    await getDb().$transaction((tx) => recordAudit(tx, { workspaceId: ws.id, actorId: owner.id, action: "probe.ui", entityType: "Probe" }));
    const rows = await getDb().auditLog.findMany({ where: { workspaceId: ws.id, entityType: "Probe" }, select: { action: true, apiTokenId: true, apiTokenName: true }, orderBy: { action: "asc" } });
    expect(rows).toEqual([
      { action: "probe.api", apiTokenId: "token-1", apiTokenName: "Zapier" },
      { action: "probe.ui", apiTokenId: null, apiTokenName: null },
    ]);
    // The audit page's query carries the name it shows beside the actor.
    const entries = await listAuditEntries(ws.id);
    expect(entries.map((entry) => [entry.action, entry.apiTokenName]).sort()).toEqual([
      ["probe.api", "Zapier"],
      ["probe.ui", null],
    ]);
  });
});
