import { describe, expect, it } from "vitest";
import { actAs } from "@/tests/support/session";
import { getDb } from "@/lib/db/client";
import { createUser, createWorkspace } from "@/prisma/factories";
import { loadPaletteIndexAction } from "./actions";

const investment = (workspaceId: string, name: string, archivedAt: Date | null = null) =>
  getDb().investment.create({
    data: {
      workspaceId,
      name,
      archivedAt,
      startMonth: new Date(Date.UTC(2026, 0, 1)),
      horizonMonths: 12,
      plan: { costs: [], benefits: [] },
    },
    select: { id: true },
  });

describe("the command palette's index", () => {
  it("holds the caller's workspaces (with role) and their investments, and nothing of anyone else's", async () => {
    const [me, other] = await Promise.all([createUser(getDb()), createUser(getDb())]);
    const mine = await createWorkspace(getDb(), { name: "Palette Mine", members: [{ userId: me.id, role: "owner" }] });
    const shared = await createWorkspace(getDb(), {
      name: "Palette Shared",
      members: [
        { userId: me.id, role: "viewer" },
        { userId: other.id, role: "owner" },
      ],
    });
    const secret = await createWorkspace(getDb(), {
      name: "Palette Secret",
      members: [{ userId: other.id, role: "owner" }],
    });
    const plan = await investment(mine.id, "Zeppelin lease");
    const old = await investment(mine.id, "Old kiosk", new Date(Date.UTC(2026, 1, 1)));
    const sharedPlan = await investment(shared.id, "Shared kassa");
    await investment(secret.id, "Secret merger");

    const result = await actAs(me, () => loadPaletteIndexAction({}));
    expect(result).toEqual({
      ok: true,
      data: {
        workspaces: [
          { slug: mine.slug, name: "Palette Mine", role: "owner" },
          { slug: shared.slug, name: "Palette Shared", role: "viewer" },
        ],
        investments: expect.arrayContaining([
          {
            id: plan.id,
            name: "Zeppelin lease",
            archived: false,
            workspaceSlug: mine.slug,
            workspaceName: "Palette Mine",
          },
          { id: old.id, name: "Old kiosk", archived: true, workspaceSlug: mine.slug, workspaceName: "Palette Mine" },
          {
            id: sharedPlan.id,
            name: "Shared kassa",
            archived: false,
            workspaceSlug: shared.slug,
            workspaceName: "Palette Shared",
          },
        ]),
      },
    });
    if (!result.ok) return;
    expect(result.data.investments).toHaveLength(3);
    // Archived plans come after the live ones.
    expect(result.data.investments.at(-1)?.name).toBe("Old kiosk");
    const text = JSON.stringify(result);
    expect(text).not.toContain("Secret merger");
    expect(text).not.toContain("Palette Secret");
    expect(text).not.toContain(secret.slug);

    // The other user sees their own, and none of mine.
    const theirs = await actAs(other, () => loadPaletteIndexAction({ workspaceSlug: mine.slug }));
    expect(theirs.ok && theirs.data.workspaces.map((w) => w.slug).sort()).toEqual([shared.slug, secret.slug].sort());
    expect(JSON.stringify(theirs)).not.toContain("Zeppelin lease");
    expect(JSON.stringify(theirs)).not.toContain(mine.slug);
  });

  it("drops a workspace the moment the caller is removed from it", async () => {
    const me = await createUser(getDb());
    const workspace = await createWorkspace(getDb(), {
      name: "Palette Left",
      members: [{ userId: me.id, role: "editor" }],
    });
    await investment(workspace.id, "Left behind");
    const before = await actAs(me, () => loadPaletteIndexAction({}));
    expect(before.ok && before.data.investments.map((i) => i.name)).toEqual(["Left behind"]);

    await getDb().membership.deleteMany({ where: { userId: me.id, workspaceId: workspace.id } });
    expect(await actAs(me, () => loadPaletteIndexAction({}))).toEqual({
      ok: true,
      data: { workspaces: [], investments: [] },
    });
  });

  it("refuses a signed-out caller", async () => {
    expect(await actAs(null, () => loadPaletteIndexAction({}))).toMatchObject({ ok: false, error: "UNAUTHENTICATED" });
  });
});
