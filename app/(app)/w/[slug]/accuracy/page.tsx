import { AccuracyOverview } from "@/components/accuracy/accuracy-overview";
import { getWorkspaceAccuracy } from "@/lib/accuracy/workspace-accuracy";
import { requireWorkspacePage } from "@/lib/auth/workspace-gate";

/** /w/[slug]/accuracy: how good the workspace's forecasts were (every member may see it). */
export default async function AccuracyPage({ params }: { params: Promise<{ slug: string }> }) {
  const { workspace } = await requireWorkspacePage((await params).slug);
  const accuracy = await getWorkspaceAccuracy(workspace.id);
  return <AccuracyOverview slug={workspace.slug} accuracy={accuracy} />;
}
