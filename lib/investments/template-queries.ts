import { getDb } from "@/lib/db/client";

/** Templates a user saved from any of their workspaces; they follow the user, not the workspace. */
export async function listUserTemplates(userId: string) {
  return getDb().investmentTemplate.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, category: true, plan: true, createdAt: true },
  });
}
