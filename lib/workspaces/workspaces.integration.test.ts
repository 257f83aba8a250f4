import { describe, expect, it } from "vitest";
import { signInAs } from "@/tests/support/session";
import { getDb } from "@/lib/db/client";
import { createUser, createWorkspace } from "@/prisma/factories";
import { createWorkspaceAction, deleteWorkspaceAction, updateWorkspaceSettingsAction } from "./actions";

describe("workspaces", () => {
  it("creates a workspace with the creator as owner, audited in the same transaction", async () => {
    const user = await createUser(getDb());
    signInAs(user);
    const result = await createWorkspaceAction({ name: "Bakkerij Test", slug: "bakkerij-test", currency: "EUR", locale: "nl-NL" });
    expect(result).toEqual({ ok: true, data: { slug: "bakkerij-test" } });
    const workspace = await getDb().workspace.findUniqueOrThrow({ where: { slug: "bakkerij-test" }, include: { memberships: true } });
    expect(workspace.memberships).toMatchObject([{ userId: user.id, role: "owner" }]);
    const audit = await getDb().auditLog.findMany({ where: { workspaceId: workspace.id } });
    expect(audit).toMatchObject([{ action: "workspace.create", actorId: user.id, entityId: workspace.id }]);
  });

  it("rejects a duplicate slug with a message on the slug field and writes nothing", async () => {
    const user = await createUser(getDb());
    await createWorkspace(getDb(), { slug: "taken-slug" });
    signInAs(user);
    const before = await getDb().auditLog.count();
    const result = await createWorkspaceAction({ name: "Other", slug: "taken-slug" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors.slug).toEqual(["This slug is already taken"]);
    expect(await getDb().auditLog.count()).toBe(before);
    expect(await getDb().membership.count({ where: { userId: user.id } })).toBe(0);
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
