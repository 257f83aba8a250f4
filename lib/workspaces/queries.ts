import { getDb } from "@/lib/db/client";

/** Every workspace the user belongs to, with their role; the consultant's client list. */
export async function listUserWorkspaces(userId: string) {
  const memberships = await getDb().membership.findMany({
    where: { userId },
    orderBy: { workspace: { name: "asc" } },
    select: {
      role: true,
      workspace: {
        select: { id: true, name: true, slug: true, currency: true, locale: true, updatedAt: true, _count: { select: { memberships: true } } },
      },
    },
  });
  return memberships.map((m) => ({ ...m.workspace, role: m.role, memberCount: m.workspace._count.memberships }));
}
