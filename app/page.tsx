import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { resolveWorkspace } from "@/lib/auth/workspace-gate";
import { landingWorkspaceFor, WORKSPACE_OVERVIEW_PATH } from "@/lib/dashboard/landing";
import { openingMonthPath } from "@/lib/dashboard/month-opening-query";
import { listUserWorkspaces } from "@/lib/workspaces/queries";

/**
 * Viewers and owners of a single workspace land on its month view, at the month that needs
 * action (lib/dashboard/month-opening.ts); consultants on the overview.
 */
export default async function Home() {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  const memberships = await listUserWorkspaces(user.id);
  const slug = landingWorkspaceFor(memberships.map((m) => ({ slug: m.slug, role: m.role })));
  // Through the gate like every workspace read (a membership just removed lands on the overview).
  const ctx = slug ? await resolveWorkspace(user, slug) : null;
  redirect(ctx ? await openingMonthPath(ctx) : WORKSPACE_OVERVIEW_PATH);
}
