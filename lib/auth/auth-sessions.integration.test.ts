import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createUser, createWorkspace } from "@/prisma/factories";
import { openAuthSession, resolveSessionUser, revokeAllAuthSessions, revokeAuthSession, SESSION_MAX_AGE_SECONDS } from "./auth-sessions";
import { resolveWorkspace } from "./workspace-gate";

const T0 = new Date("2031-09-01T12:00:00.000Z");

async function signedIn() {
  const user = await createUser(getDb());
  const session = await openAuthSession(getDb(), user.id, T0);
  return { user, claims: { uid: user.id, sid: session.id, sv: 0 } };
}

describe("server-side sessions", () => {
  it("a cookie's session resolves to its user until it is revoked by sign-out", async () => {
    const { user, claims } = await signedIn();
    expect(await resolveSessionUser(getDb(), claims, T0)).toEqual({ id: user.id, email: user.email, name: user.name, locale: null });
    await revokeAuthSession(getDb(), claims, T0);
    // The same (still validly signed) cookie replayed after sign-out opens nothing.
    expect(await resolveSessionUser(getDb(), claims, T0)).toBeNull();
  });

  it("signing out one browser leaves the user's other sessions alone", async () => {
    const { user, claims } = await signedIn();
    const other = await openAuthSession(getDb(), user.id, T0);
    await revokeAuthSession(getDb(), claims, T0);
    expect(await resolveSessionUser(getDb(), { uid: user.id, sid: other.id, sv: 0 }, T0)).not.toBeNull();
  });

  it("a password change ends every session of the user", async () => {
    const { user, claims } = await signedIn();
    const other = await openAuthSession(getDb(), user.id, T0);
    await revokeAllAuthSessions(getDb(), user.id, T0);
    expect(await resolveSessionUser(getDb(), claims, T0)).toBeNull();
    expect(await resolveSessionUser(getDb(), { ...claims, sid: other.id }, T0)).toBeNull();
  });

  it("expires after 12 hours", async () => {
    const { claims } = await signedIn();
    const justBefore = new Date(T0.getTime() + SESSION_MAX_AGE_SECONDS * 1000 - 1000);
    expect(await resolveSessionUser(getDb(), claims, justBefore)).not.toBeNull();
    expect(await resolveSessionUser(getDb(), claims, new Date(T0.getTime() + SESSION_MAX_AGE_SECONDS * 1000))).toBeNull();
  });

  it("refuses a session id of another user, a missing id, and an outdated session version", async () => {
    const { claims } = await signedIn();
    const stranger = await createUser(getDb());
    expect(await resolveSessionUser(getDb(), { ...claims, uid: stranger.id }, T0)).toBeNull();
    expect(await resolveSessionUser(getDb(), { uid: claims.uid, sv: 0 }, T0)).toBeNull();
    await getDb().user.update({ where: { id: claims.uid }, data: { sessionVersion: { increment: 1 } } });
    expect(await resolveSessionUser(getDb(), claims, T0)).toBeNull();
  });

  it("removal from a workspace takes effect on the next request, with the same session", async () => {
    const { user, claims } = await signedIn();
    const workspace = await createWorkspace(getDb(), { members: [{ userId: user.id, role: "editor" }] });
    const sessionUser = await resolveSessionUser(getDb(), claims, T0);
    expect(await resolveWorkspace(sessionUser!, workspace.slug)).not.toBeNull();
    await getDb().membership.deleteMany({ where: { userId: user.id, workspaceId: workspace.id } });
    const nextRequest = await resolveSessionUser(getDb(), claims, T0);
    expect(nextRequest).not.toBeNull();
    expect(await resolveWorkspace(nextRequest!, workspace.slug)).toBeNull();
  });
});

describe("the workspace gate and hostile slugs", () => {
  it.each(["\u0000", "a\u0000b", "\ud800", "x".repeat(65)])("finds no workspace for the slug %j instead of failing", async (slug) => {
    const { claims } = await signedIn();
    const user = await resolveSessionUser(getDb(), claims, T0);
    expect(await resolveWorkspace(user!, slug)).toBeNull();
  });
});
