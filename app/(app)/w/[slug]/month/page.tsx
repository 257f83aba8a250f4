import { redirect } from "next/navigation";
import { requireWorkspacePage } from "@/lib/auth/workspace-gate";
import { openingMonthPath } from "@/lib/dashboard/month-opening-query";

/**
 * /w/[slug]/month → the month that needs action: the last complete month until the current
 * one has data (members only: the gate runs before the redirect).
 */
export default async function OpeningMonthPage({ params }: { params: Promise<{ slug: string }> }) {
  const ctx = await requireWorkspacePage((await params).slug);
  redirect(await openingMonthPath(ctx));
}
