import { redirect } from "next/navigation";
import { requireWorkspacePage } from "@/lib/auth/workspace-gate";
import { monthViewPath } from "@/lib/dashboard/landing";

/** /w/[slug]/month → this month's view (members only: the gate runs before the redirect). */
export default async function CurrentMonthPage({ params }: { params: Promise<{ slug: string }> }) {
  const { workspace } = await requireWorkspacePage((await params).slug);
  redirect(monthViewPath(workspace.slug));
}
