import { getDb } from "@/lib/db/client";
import type { PaletteIndex } from "./palette-items";

/** Enough for any real portfolio; keeps one request bounded. */
const MAX_INVESTMENTS = 5000;

/**
 * The user's workspaces and their investments, for the command palette. Read only through
 * the user's memberships (as lib/workspaces/queries.ts listUserWorkspaces does), so a
 * workspace the user is not in can never appear.
 */
export async function loadPaletteIndex(userId: string): Promise<PaletteIndex> {
  const db = getDb();
  const memberships = await db.membership.findMany({
    where: { userId },
    orderBy: { workspace: { name: "asc" } },
    select: { role: true, workspace: { select: { id: true, slug: true, name: true } } },
  });
  const workspaceIds = memberships.map((m) => m.workspace.id);
  const investments = workspaceIds.length
    ? await db.investment.findMany({
        where: { workspaceId: { in: workspaceIds }, workspace: { memberships: { some: { userId } } } },
        orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { name: "asc" }, { id: "asc" }],
        take: MAX_INVESTMENTS,
        select: { id: true, name: true, archivedAt: true, workspaceId: true },
      })
    : [];
  const byId = new Map(memberships.map((m) => [m.workspace.id, m.workspace]));
  return {
    workspaces: memberships.map((m) => ({ slug: m.workspace.slug, name: m.workspace.name, role: m.role })),
    investments: investments.flatMap((investment) => {
      const workspace = byId.get(investment.workspaceId);
      return workspace
        ? [
            {
              id: investment.id,
              name: investment.name,
              archived: investment.archivedAt !== null,
              workspaceSlug: workspace.slug,
              workspaceName: workspace.name,
            },
          ]
        : [];
    }),
  };
}
