import { describe, expect, it } from "vitest";
import { signInAs } from "@/tests/support/session";
import { getDb } from "@/lib/db/client";
import { createUser, createWorkspace } from "@/prisma/factories";
import { createWorkspaceAction, deleteWorkspaceAction, updateWorkspaceSettingsAction } from "./actions";
import { createWorkspace as createWorkspaceAs } from "./mutations";

describe("workspaces", () => {
  it("creates a workspace with the creator as owner, audited in the same transaction", async () => {
    const user = await createUser(getDb());
    signInAs(user);
    const result = await createWorkspaceAction({ name: "Bakkerij Test", slug: "bakkerij-test", currency: "EUR", locale: "nl-NL" });
    expect(result).toEqual({ ok: true, data: { slug: expect.stringMatching(/^bakkerij-test-[a-z0-9]{5}$/) } });
    const slug = result.ok ? result.data.slug : "";
    const workspace = await getDb().workspace.findUniqueOrThrow({ where: { slug }, include: { memberships: true } });
    expect(workspace.memberships).toMatchObject([{ userId: user.id, role: "owner" }]);
    const audit = await getDb().auditLog.findMany({ where: { workspaceId: workspace.id } });
    expect(audit).toMatchObject([{ action: "workspace.create", actorId: user.id, entityId: workspace.id }]);
  });

  it("answers alike for a slug used by a workspace the user cannot see and a free one: both get a random ending", async () => {
    const stamp = Date.now().toString(36);
    const hidden = await createWorkspace(getDb(), { slug: `hidden-${stamp}` });
    signInAs(await createUser(getDb()));
    const taken = await createWorkspaceAction({ name: "Other", slug: hidden.slug });
    const free = await createWorkspaceAction({ name: "Other", slug: `free-${stamp}` });

    // The same shape, nothing about the other workspace.
    const shape = (result: typeof taken, base: string) =>
      result.ok ? { ok: true, data: { slug: result.data.slug.replace(new RegExp(`^${base}-[a-z0-9]{5}$`), "<base>-<ending>") } } : result;
    expect(shape(taken, hidden.slug)).toEqual({ ok: true, data: { slug: "<base>-<ending>" } });
    expect(shape(free, `free-${stamp}`)).toEqual({ ok: true, data: { slug: "<base>-<ending>" } });
    expect(JSON.stringify([taken, free]).toLowerCase()).not.toMatch(/taken|already|exists/);
    // The hidden workspace is untouched and the user is not in it.
    expect(await getDb().membership.count({ where: { workspaceId: hidden.id } })).toBe(0);
  });

  it("draws a new ending when the full address is in use, and never says the slug is taken", async () => {
    const user = await createUser(getDb());
    const stamp = Date.now().toString(36);
    await createWorkspace(getDb(), { slug: `clash-${stamp}-aaaaa` });
    const endings = ["aaaaa", "bbbbb"];
    const result = await createWorkspaceAs(
      { id: user.id, email: user.email, name: user.name, locale: null },
      { name: "Clash", slug: `clash-${stamp}`, currency: "EUR", locale: "en" },
      (requested) => `${requested}-${endings.shift()}`,
    );
    expect(result).toEqual({ slug: `clash-${stamp}-bbbbb` });
    expect(await getDb().membership.count({ where: { userId: user.id } })).toBe(1);
  });

  it("names every invalid field", async () => {
    signInAs(await createUser(getDb()));
    const result = await createWorkspaceAction({ name: "", slug: "Bad Slug!", currency: "XXX", locale: "de" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fieldErrors).sort()).toEqual(["currency", "locale", "name", "slug"]);
  });

  it("lets an owner update settings with before/after in the audit log, and refuses an editor", async () => {
    const owner = await createUser(getDb());
    const editor = await createUser(getDb());
    const ws = await createWorkspace(getDb(), { members: [{ userId: owner.id, role: "owner" }, { userId: editor.id, role: "editor" }] });
    signInAs(editor);
    const refused = await updateWorkspaceSettingsAction({ workspaceSlug: ws.slug, name: "X", currency: "EUR", locale: "en" });
    expect(refused).toMatchObject({ ok: false, error: "FORBIDDEN" });
    signInAs(owner);
    const saved = await updateWorkspaceSettingsAction({ workspaceSlug: ws.slug, name: "Renamed", currency: "USD", locale: "en" });
    expect(saved.ok).toBe(true);
    const entry = await getDb().auditLog.findFirstOrThrow({ where: { workspaceId: ws.id, action: "workspace.update" } });
    expect(entry.before).toMatchObject({ name: ws.name, currency: "EUR" });
    expect(entry.after).toMatchObject({ name: "Renamed", currency: "USD", locale: "en" });
  });

  it("deletes only when the slug is typed to confirm", async () => {
    const owner = await createUser(getDb());
    const ws = await createWorkspace(getDb(), { members: [{ userId: owner.id, role: "owner" }] });
    signInAs(owner);
    const wrong = await deleteWorkspaceAction({ workspaceSlug: ws.slug, confirmSlug: "nope" });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.fieldErrors.confirmSlug).toBeDefined();
    expect(await getDb().workspace.count({ where: { id: ws.id } })).toBe(1);
    expect((await deleteWorkspaceAction({ workspaceSlug: ws.slug, confirmSlug: ws.slug })).ok).toBe(true);
    expect(await getDb().workspace.count({ where: { id: ws.id } })).toBe(0);
  });
});
