import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { DeleteWorkspaceForm } from "@/components/workspaces/delete-workspace-form";
import { LeakThresholdsForm } from "@/components/workspaces/leak-thresholds-form";
import { WorkspaceSettingsForm } from "@/components/workspaces/workspace-settings-form";
import { getLeakThresholds } from "@/lib/leaks/queries";
import { DEFAULT_LEAK_THRESHOLDS } from "@/lib/roi";
import { requireWorkspacePage } from "@/lib/auth/workspace-gate";

export default async function SettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { workspace } = await requireWorkspacePage((await params).slug, "owner");
  const [t, thresholds] = await Promise.all([getTranslations("settings"), getLeakThresholds(workspace.id)]);
  return (
    <div className="space-y-6">
      <Card title={t("title")}>
        <WorkspaceSettingsForm workspace={workspace} />
      </Card>
      <Card title={t("thresholds.title")}>
        <LeakThresholdsForm slug={workspace.slug} values={thresholds} defaults={{ ...DEFAULT_LEAK_THRESHOLDS }} />
      </Card>
      <Card title={t("dangerTitle")}>
        <DeleteWorkspaceForm slug={workspace.slug} />
      </Card>
    </div>
  );
}
