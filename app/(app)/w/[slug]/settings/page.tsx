import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { DeleteWorkspaceForm } from "@/components/workspaces/delete-workspace-form";
import { WorkspaceSettingsForm } from "@/components/workspaces/workspace-settings-form";
import { requireWorkspacePage } from "@/lib/auth/workspace-gate";

export default async function SettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { workspace } = await requireWorkspacePage((await params).slug, "owner");
  const t = await getTranslations("settings");
  return (
    <div className="space-y-6">
      <Card title={t("title")}>
        <WorkspaceSettingsForm workspace={workspace} />
      </Card>
      <Card title={t("dangerTitle")}>
        <DeleteWorkspaceForm slug={workspace.slug} />
      </Card>
    </div>
  );
}
