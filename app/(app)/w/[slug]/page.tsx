import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { requireWorkspacePage } from "@/lib/auth/workspace-gate";

export default async function WorkspaceOverviewPage({ params }: { params: Promise<{ slug: string }> }) {
  const { workspace, role } = await requireWorkspacePage((await params).slug);
  const t = await getTranslations("overview");
  return (
    <Card title={t("title")}>
      <p className="text-sm text-gray-700">{t("empty", { workspace: workspace.name })}</p>
      {role === "viewer" ? <p className="mt-2 text-sm text-gray-500">{t("viewerNote")}</p> : null}
    </Card>
  );
}
