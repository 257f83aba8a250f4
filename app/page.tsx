import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { landingPathFor } from "@/lib/dashboard/landing";
import { listUserWorkspaces } from "@/lib/workspaces/queries";

/** Viewers and owners of a single workspace land on its month view; consultants on the overview. */
export default async function Home() {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  const memberships = await listUserWorkspaces(user.id);
  redirect(landingPathFor({ memberships: memberships.map((m) => ({ slug: m.slug, role: m.role })) }));
}
