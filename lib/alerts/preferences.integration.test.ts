import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createUser, createWorkspace } from "@/prisma/factories";
import { signInAs } from "@/tests/support/session";
import { setAlertPreferenceAction } from "./actions";
import { getAlertPreference } from "./queries";

async function setup() {
  const [owner, viewer, outsider] = await Promise.all([createUser(getDb()), createUser(getDb()), createUser(getDb())]);
  const ws = await createWorkspace(getDb(), { members: [{ userId: owner.id, role: "owner" }, { userId: viewer.id, role: "viewer" }] });
  return { owner, viewer, outsider, ws };
}

const storedMode = async (workspaceId: string, userId: string) =>
  (await getDb().alertPreference.findUnique({ where: { workspaceId_userId: { workspaceId, userId } } }))?.mode ?? null;

describe("leak e-mail preference", () => {
  it("is off until chosen; a viewer sets their own, and another member's choice is untouched", async () => {
    const { owner, viewer, ws } = await setup();
    expect(await getAlertPreference(ws.id, viewer.id)).toEqual({ mode: "off" });
    signInAs(owner);
    expect(await setAlertPreferenceAction({ workspaceSlug: ws.slug, mode: "immediate" })).toEqual({ ok: true, data: { mode: "immediate" } });
    signInAs(viewer);
    expect(await setAlertPreferenceAction({ workspaceSlug: ws.slug, mode: "weekly" })).toEqual({ ok: true, data: { mode: "weekly" } });
    expect(await getAlertPreference(ws.id, viewer.id)).toEqual({ mode: "weekly" });
    expect(await getAlertPreference(ws.id, owner.id)).toEqual({ mode: "immediate" });
    expect(await setAlertPreferenceAction({ workspaceSlug: ws.slug, mode: "off" })).toMatchObject({ ok: true });
    expect(await getAlertPreference(ws.id, viewer.id)).toEqual({ mode: "off" });
    expect(await getAlertPreference(ws.id, owner.id)).toEqual({ mode: "immediate" });
  });

  it("is per workspace: a choice in one workspace does not change another", async () => {
    const { owner, ws } = await setup();
    const other = await createWorkspace(getDb(), { members: [{ userId: owner.id, role: "editor" }] });
    signInAs(owner);
    await setAlertPreferenceAction({ workspaceSlug: ws.slug, mode: "weekly" });
    expect(await getAlertPreference(other.id, owner.id)).toEqual({ mode: "off" });
    expect(await storedMode(other.id, owner.id)).toBeNull();
  });

  it("a non-member gets NOT_FOUND and nothing is stored", async () => {
    const { outsider, ws } = await setup();
    signInAs(outsider);
    expect(await setAlertPreferenceAction({ workspaceSlug: ws.slug, mode: "immediate" })).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await getDb().alertPreference.count({ where: { workspaceId: ws.id } })).toBe(0);
  });

  it("names the field for an unknown mode, in the member's language, and stores nothing", async () => {
    const { viewer, ws } = await setup();
    signInAs(viewer);
    const bad = await setAlertPreferenceAction({ workspaceSlug: ws.slug, mode: "hourly" });
    expect(bad).toMatchObject({ ok: false, error: "INVALID_INPUT", fieldErrors: { mode: ["Choose off, immediately or weekly digest"] } });
    signInAs({ ...viewer, locale: "nl" });
    const dutch = await setAlertPreferenceAction({ workspaceSlug: ws.slug });
    expect(dutch).toMatchObject({ ok: false, error: "INVALID_INPUT", fieldErrors: { mode: ["Kies uit, direct of wekelijks overzicht"] } });
    expect(await storedMode(ws.id, viewer.id)).toBeNull();
  });

  it("starting the weekly digest again forgets an old digest's end; saving weekly again keeps the running week", async () => {
    const { viewer, ws } = await setup();
    const key = { workspaceId_userId: { workspaceId: ws.id, userId: viewer.id } };
    const lastDigest = new Date("2026-11-16T05:00:00Z");
    signInAs(viewer);
    await setAlertPreferenceAction({ workspaceSlug: ws.slug, mode: "weekly" });
    await getDb().alertPreference.update({ where: key, data: { digestSentUntil: lastDigest } });
    await setAlertPreferenceAction({ workspaceSlug: ws.slug, mode: "weekly" });
    expect((await getDb().alertPreference.findUniqueOrThrow({ where: key })).digestSentUntil).toEqual(lastDigest);
    await setAlertPreferenceAction({ workspaceSlug: ws.slug, mode: "off" });
    await setAlertPreferenceAction({ workspaceSlug: ws.slug, mode: "weekly" });
    expect((await getDb().alertPreference.findUniqueOrThrow({ where: key })).digestSentUntil).toBeNull();
  });
});
