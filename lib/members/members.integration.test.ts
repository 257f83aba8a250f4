import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actAs, signInAs } from "@/tests/support/session";
import { getDb } from "@/lib/db/client";
import { hashToken } from "@/lib/auth/tokens";
import { createUser, createWorkspace } from "@/prisma/factories";
import { extractLink, startSmtpSink } from "@/tests/support/smtp-sink";
import {
  acceptInvitationAction,
  changeMemberRoleAction,
  inviteMemberAction,
  leaveWorkspaceAction,
  removeMemberAction,
  revokeInvitationAction,
} from "./actions";
import { appErrorOf, workspaceContextFor } from "@/tests/support/workspace-context";
import { acceptInvitation, describeInvitation, inviteMember } from "./invitation-mutations";

const LAST_OWNER = "A workspace needs at least one owner: make someone else owner first";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
const savedSmtpUrl = process.env.SMTP_URL;

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
});
afterAll(async () => {
  if (savedSmtpUrl === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = savedSmtpUrl;
  await sink.close();
});

type User = Awaited<ReturnType<typeof createUser>>;
type Workspace = Awaited<ReturnType<typeof createWorkspace>>;

async function ownedWorkspace(locale = "nl-NL") {
  const owner = await createUser(getDb());
  const workspace = await createWorkspace(getDb(), { locale, members: [{ userId: owner.id, role: "owner" }] });
  return { owner, workspace };
}

const membershipOf = (workspace: Workspace, user: User) =>
  getDb().membership.findUniqueOrThrow({
    where: { workspaceId_userId: { workspaceId: workspace.id, userId: user.id } },
  });

/** Invites as `owner` and returns the token read from the mail the sink received. */
async function invite(
  owner: User,
  workspace: Workspace,
  email: string,
  role: "owner" | "editor" | "viewer" = "editor",
) {
  signInAs(owner);
  const before = sink.mailsTo(email).length;
  const result = await inviteMemberAction({ workspaceSlug: workspace.slug, email, role });
  expect(result.ok).toBe(true);
  const mails = sink.mailsTo(email);
  expect(mails).toHaveLength(before + 1);
  const mail = mails[mails.length - 1];
  const link = extractLink(mail.text);
  const match = link.match(/\/invite\/([A-Za-z0-9_-]+)$/);
  expect(match, link).not.toBeNull();
  return { mail, link, token: match![1], result };
}

describe("invitations", () => {
  it("mails a single-use link in the workspace's language; the invitee accepts and becomes a member with the invited role", async () => {
    const { owner, workspace } = await ownedWorkspace("nl-NL");
    const invitee = await createUser(getDb());
    const { mail, token, result } = await invite(owner, workspace, invitee.email, "editor");

    expect(mail.subject).toBe(`Uitnodiging voor ${workspace.name} op Realised`);
    expect(mail.text).toContain(owner.name);
    // Only a hash of the token is stored, and nothing secret is returned.
    const stored = await getDb().invitation.findFirstOrThrow({
      where: { workspaceId: workspace.id },
      select: { tokenHash: true, role: true },
    });
    expect(stored).toEqual({ tokenHash: hashToken(token), role: "editor" });
    expect(JSON.stringify(result)).not.toContain(stored.tokenHash);
    expect(await describeInvitation(token)).toMatchObject({
      state: "valid",
      email: invitee.email,
      workspaceName: workspace.name,
    });

    signInAs(invitee);
    const accepted = await acceptInvitationAction({ token });
    expect(accepted).toEqual({ ok: true, data: { slug: workspace.slug } });
    const membership = await membershipOf(workspace, invitee);
    expect(membership.role).toBe("editor");
    const audit = await getDb().auditLog.findMany({
      where: { workspaceId: workspace.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["invitation.create", "invitation.accept"]);
    expect(audit[1]).toMatchObject({ actorId: invitee.id, entityType: "Membership", entityId: membership.id });
    expect(audit[1].after).toMatchObject({ role: "editor", userId: invitee.id });

    const again = await acceptInvitationAction({ token });
    expect(again).toMatchObject({ ok: false, error: "CONFLICT" });
    if (!again.ok) expect(again.message).toMatch(/already been used/);
    expect(await describeInvitation(token)).toMatchObject({ state: "used" });
    expect(await getDb().membership.count({ where: { workspaceId: workspace.id } })).toBe(2);
  });

  it("writes the mail in English for an English workspace", async () => {
    const { owner, workspace } = await ownedWorkspace("en");
    const { mail, link } = await invite(owner, workspace, `en-${Date.now()}@example.test`, "viewer");
    expect(mail.subject).toBe(`Invitation to ${workspace.name} on Realised`);
    expect(link.startsWith("http://localhost:3000/invite/") || link.startsWith(`${process.env.APP_URL}/invite/`)).toBe(
      true,
    );
  });

  it("refuses an expired invitation", async () => {
    const { owner, workspace } = await ownedWorkspace();
    const invitee = await createUser(getDb());
    const { token } = await invite(owner, workspace, invitee.email);
    await getDb().invitation.updateMany({
      where: { workspaceId: workspace.id },
      data: { expiresAt: new Date("2026-03-01T12:00:00Z") },
    });
    const asInvitee = { id: invitee.id, email: invitee.email, name: invitee.name, locale: null };
    const expired = await appErrorOf(acceptInvitation(asInvitee, token, new Date("2026-03-01T12:00:00Z")));
    expect([expired.code, expired.message]).toEqual(["CONFLICT", "This invitation has expired; ask for a new one"]);
    expect(await getDb().membership.count({ where: { workspaceId: workspace.id, userId: invitee.id } })).toBe(0);
    // The action answers in words, too.
    signInAs(invitee);
    const result = await acceptInvitationAction({ token });
    expect(result).toMatchObject({ ok: false, error: "CONFLICT" });
    if (!result.ok) expect(result.message).toMatch(/expired/);
    // A second earlier it was still valid.
    await acceptInvitation(asInvitee, token, new Date("2026-03-01T11:59:59Z"));
    expect(await getDb().membership.count({ where: { workspaceId: workspace.id, userId: invitee.id } })).toBe(1);
  });

  it("expires invitations after 7 days", async () => {
    const { owner, workspace } = await ownedWorkspace();
    const now = new Date("2026-03-01T12:00:00Z");
    const ctx = await workspaceContextFor(owner, workspace.slug);
    await inviteMember(ctx, { email: `week-${workspace.id}@example.test`, role: "editor" }, now);
    const { expiresAt } = await getDb().invitation.findFirstOrThrow({ where: { workspaceId: workspace.id } });
    expect(expiresAt.toISOString()).toBe("2026-03-08T12:00:00.000Z");
  });

  it("refuses a revoked invitation, and the revocation is audited", async () => {
    const { owner, workspace } = await ownedWorkspace();
    const invitee = await createUser(getDb());
    const { token } = await invite(owner, workspace, invitee.email);
    const { id } = await getDb().invitation.findFirstOrThrow({ where: { workspaceId: workspace.id } });
    signInAs(owner);
    expect(await revokeInvitationAction({ workspaceSlug: workspace.slug, invitationId: id })).toEqual({
      ok: true,
      data: undefined,
    });
    expect(
      await getDb().auditLog.count({ where: { workspaceId: workspace.id, action: "invitation.revoke", entityId: id } }),
    ).toBe(1);
    // Revoking twice finds nothing left to revoke.
    expect(await revokeInvitationAction({ workspaceSlug: workspace.slug, invitationId: id })).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });

    signInAs(invitee);
    expect(await acceptInvitationAction({ token })).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
      message: "This invitation link is not valid",
    });
    expect(await getDb().membership.count({ where: { workspaceId: workspace.id, userId: invitee.id } })).toBe(0);
  });

  it("a new invitation to the same address replaces the pending one", async () => {
    const { owner, workspace } = await ownedWorkspace();
    const invitee = await createUser(getDb());
    const first = await invite(owner, workspace, invitee.email, "viewer");
    const second = await invite(owner, workspace, invitee.email, "editor");
    signInAs(invitee);
    expect(await acceptInvitationAction({ token: first.token })).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect((await acceptInvitationAction({ token: second.token })).ok).toBe(true);
    expect((await membershipOf(workspace, invitee)).role).toBe("editor");
  });

  it("refuses someone signed in with another e-mail address", async () => {
    const { owner, workspace } = await ownedWorkspace();
    const invitee = await createUser(getDb());
    const other = await createUser(getDb());
    const { token } = await invite(owner, workspace, invitee.email);
    signInAs(other);
    const result = await acceptInvitationAction({ token });
    expect(result).toMatchObject({ ok: false, error: "FORBIDDEN" });
    if (!result.ok) expect(result.message).toContain(invitee.email);
    expect(await getDb().membership.count({ where: { workspaceId: workspace.id, userId: other.id } })).toBe(0);
    // The invitation is still there for the right person.
    expect(await describeInvitation(token)).toMatchObject({ state: "valid" });
  });

  it("asks a signed-out visitor to sign in, and rejects unknown tokens", async () => {
    signInAs(null);
    expect(await acceptInvitationAction({ token: "x".repeat(43) })).toMatchObject({
      ok: false,
      error: "UNAUTHENTICATED",
    });
    signInAs(await createUser(getDb()));
    expect(await acceptInvitationAction({ token: "x".repeat(43) })).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await acceptInvitationAction({ token: "short" })).toMatchObject({ ok: false, error: "INVALID_INPUT" });
  });

  it("refuses to invite someone who is already a member, on the e-mail field", async () => {
    const { owner, workspace } = await ownedWorkspace();
    signInAs(owner);
    const result = await inviteMemberAction({
      workspaceSlug: workspace.slug,
      email: owner.email.toUpperCase(),
      role: "viewer",
    });
    expect(result).toMatchObject({
      ok: false,
      error: "CONFLICT",
      fieldErrors: { email: ["This person is already a member"] },
    });
    expect(await getDb().invitation.count({ where: { workspaceId: workspace.id } })).toBe(0);
    expect(sink.mailsTo(owner.email)).toHaveLength(0);
  });

  it("names the wrong fields of an invitation", async () => {
    const { owner, workspace } = await ownedWorkspace();
    signInAs(owner);
    const result = await inviteMemberAction({ workspaceSlug: workspace.slug, email: "not-an-email", role: "admin" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fieldErrors).sort()).toEqual(["email", "role"]);
  });

  it.each(["editor", "viewer"] as const)("does not let a member with the %s role invite", async (role) => {
    const { workspace } = await ownedWorkspace();
    const member = await createUser(getDb());
    await getDb().membership.create({ data: { workspaceId: workspace.id, userId: member.id, role } });
    signInAs(member);
    const email = `nope-${role}-${Date.now()}@example.test`;
    expect(await inviteMemberAction({ workspaceSlug: workspace.slug, email, role: "viewer" })).toMatchObject({
      ok: false,
      error: "FORBIDDEN",
    });
    expect(await getDb().invitation.count({ where: { workspaceId: workspace.id } })).toBe(0);
    expect(sink.mailsTo(email)).toHaveLength(0);
  });
});

describe("memberships", () => {
  async function team() {
    const owner = await createUser(getDb());
    const editor = await createUser(getDb());
    const workspace = await createWorkspace(getDb(), {
      members: [
        { userId: owner.id, role: "owner" },
        { userId: editor.id, role: "editor" },
      ],
    });
    return { owner, editor, workspace };
  }

  it("audits a role change with before and after", async () => {
    const { owner, editor, workspace } = await team();
    const membership = await membershipOf(workspace, editor);
    signInAs(owner);
    expect(
      await changeMemberRoleAction({ workspaceSlug: workspace.slug, membershipId: membership.id, role: "viewer" }),
    ).toMatchObject({ ok: true });
    expect((await membershipOf(workspace, editor)).role).toBe("viewer");
    const entry = await getDb().auditLog.findFirstOrThrow({
      where: { workspaceId: workspace.id, action: "membership.role" },
    });
    expect(entry).toMatchObject({
      actorId: owner.id,
      entityId: membership.id,
      before: { email: editor.email, role: "editor" },
      after: { email: editor.email, role: "viewer" },
    });
  });

  it("an editor cannot change roles or remove members", async () => {
    const { owner, editor, workspace } = await team();
    const ownerMembership = await membershipOf(workspace, owner);
    signInAs(editor);
    expect(
      await changeMemberRoleAction({ workspaceSlug: workspace.slug, membershipId: ownerMembership.id, role: "viewer" }),
    ).toMatchObject({
      ok: false,
      error: "FORBIDDEN",
    });
    expect(await removeMemberAction({ workspaceSlug: workspace.slug, membershipId: ownerMembership.id })).toMatchObject(
      { ok: false, error: "FORBIDDEN" },
    );
    expect((await membershipOf(workspace, owner)).role).toBe("owner");
  });

  it("keeps the last owner: no demotion, removal or leaving, until there is another owner", async () => {
    const { owner, editor, workspace } = await team();
    const own = await membershipOf(workspace, owner);
    signInAs(owner);
    const demoted = await changeMemberRoleAction({
      workspaceSlug: workspace.slug,
      membershipId: own.id,
      role: "editor",
    });
    expect(demoted).toEqual({ ok: false, error: "CONFLICT", message: LAST_OWNER, fieldErrors: { role: [LAST_OWNER] } });
    expect(await removeMemberAction({ workspaceSlug: workspace.slug, membershipId: own.id })).toMatchObject({
      ok: false,
      error: "CONFLICT",
      message: LAST_OWNER,
    });
    expect(await leaveWorkspaceAction({ workspaceSlug: workspace.slug })).toMatchObject({
      ok: false,
      error: "CONFLICT",
      message: LAST_OWNER,
    });
    expect((await membershipOf(workspace, owner)).role).toBe("owner");
    expect(await getDb().auditLog.count({ where: { workspaceId: workspace.id } })).toBe(0);

    const editorMembership = await membershipOf(workspace, editor);
    expect(
      (
        await changeMemberRoleAction({
          workspaceSlug: workspace.slug,
          membershipId: editorMembership.id,
          role: "owner",
        })
      ).ok,
    ).toBe(true);
    expect(await leaveWorkspaceAction({ workspaceSlug: workspace.slug })).toEqual({ ok: true, data: undefined });
    expect(
      await getDb().membership.findMany({ where: { workspaceId: workspace.id }, select: { userId: true, role: true } }),
    ).toEqual([{ userId: editor.id, role: "owner" }]);
    expect(
      await getDb().auditLog.findFirst({ where: { workspaceId: workspace.id, action: "membership.leave" } }),
    ).toMatchObject({
      actorId: owner.id,
      before: { email: owner.email, role: "owner" },
    });
  });

  it("an owner can remove a member (audited) and then demote or remove another owner", async () => {
    const { owner, editor, workspace } = await team();
    const second = await createUser(getDb());
    await getDb().membership.create({ data: { workspaceId: workspace.id, userId: second.id, role: "owner" } });
    signInAs(owner);
    const editorMembership = await membershipOf(workspace, editor);
    expect((await removeMemberAction({ workspaceSlug: workspace.slug, membershipId: editorMembership.id })).ok).toBe(
      true,
    );
    expect(await getDb().membership.count({ where: { id: editorMembership.id } })).toBe(0);
    expect(
      await getDb().auditLog.count({
        where: { workspaceId: workspace.id, action: "membership.remove", entityId: editorMembership.id },
      }),
    ).toBe(1);
    const secondMembership = await membershipOf(workspace, second);
    expect((await removeMemberAction({ workspaceSlug: workspace.slug, membershipId: secondMembership.id })).ok).toBe(
      true,
    );
    expect(await getDb().membership.count({ where: { workspaceId: workspace.id, role: "owner" } })).toBe(1);
  });

  it("a viewer may leave", async () => {
    const { workspace } = await team();
    const viewer = await createUser(getDb());
    await getDb().membership.create({ data: { workspaceId: workspace.id, userId: viewer.id, role: "viewer" } });
    signInAs(viewer);
    expect((await leaveWorkspaceAction({ workspaceSlug: workspace.slug })).ok).toBe(true);
    expect(await getDb().membership.count({ where: { workspaceId: workspace.id, userId: viewer.id } })).toBe(0);
    // Gone means gone: a second attempt looks like any other stranger.
    expect(await leaveWorkspaceAction({ workspaceSlug: workspace.slug })).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });
  });

  it("cannot reach a membership of another workspace by guessing its id", async () => {
    const a = await team();
    const b = await team();
    const victim = await membershipOf(b.workspace, b.editor);
    signInAs(a.owner);
    expect(await removeMemberAction({ workspaceSlug: a.workspace.slug, membershipId: victim.id })).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });
    expect(
      await changeMemberRoleAction({ workspaceSlug: a.workspace.slug, membershipId: victim.id, role: "owner" }),
    ).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await membershipOf(b.workspace, b.editor)).toEqual(victim);
  });

  it("two owners demoting each other at the same time leave exactly one owner", async () => {
    // Repeated, because a race only shows up when the two transactions overlap.
    for (let round = 0; round < 5; round++) {
      const first = await createUser(getDb());
      const second = await createUser(getDb());
      const workspace = await createWorkspace(getDb(), {
        members: [
          { userId: first.id, role: "owner" },
          { userId: second.id, role: "owner" },
        ],
      });
      const [firstMembership, secondMembership] = await Promise.all([
        membershipOf(workspace, first),
        membershipOf(workspace, second),
      ]);
      const results = await Promise.all([
        actAs(first, () =>
          changeMemberRoleAction({ workspaceSlug: workspace.slug, membershipId: secondMembership.id, role: "editor" }),
        ),
        actAs(second, () =>
          changeMemberRoleAction({ workspaceSlug: workspace.slug, membershipId: firstMembership.id, role: "editor" }),
        ),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      // The loser was demoted while waiting for the lock, so it is no longer allowed at all.
      expect(results.find((r) => !r.ok)).toMatchObject({ error: "FORBIDDEN", message: "This needs the owner role; you are editor" });
      expect(await getDb().membership.count({ where: { workspaceId: workspace.id, role: "owner" } })).toBe(1);
      expect(await getDb().auditLog.count({ where: { workspaceId: workspace.id, action: "membership.role" } })).toBe(1);
    }
  });
});
