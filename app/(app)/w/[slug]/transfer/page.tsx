import { getTranslations } from "next-intl/server";
import { ImportInvestmentJson, ImportWorkspaceJson } from "@/components/transfer/json-file-import";
import { Card } from "@/components/ui/card";
import { hasRole } from "@/lib/auth/roles";
import { requireWorkspacePage } from "@/lib/auth/workspace-gate";
import { countInvestments } from "@/lib/transfer/queries";

export default async function TransferPage({ params }: { params: Promise<{ slug: string }> }) {
  const { workspace, role } = await requireWorkspacePage((await params).slug, "viewer");
  const [t, investments] = await Promise.all([getTranslations("transfer.page"), countInvestments(workspace.id)]);
  const canImport = hasRole(role, "editor");
  return (
    <div className="space-y-6">
      <Card title={t("exportTitle")}>
        <p className="mb-4 text-sm text-gray-700">{t("exportIntro")}</p>
        <a href={`/api/w/${workspace.slug}/export`} download className="inline-flex rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white hover:bg-blue-800">
          {t("exportWorkspace")}
        </a>
      </Card>
      {canImport ? (
        <>
          <Card title={t("importInvestmentTitle")}>
            <p className="mb-4 text-sm text-gray-700">{t("importInvestmentIntro")}</p>
            <ImportInvestmentJson workspaceSlug={workspace.slug} />
          </Card>
          <Card title={t("importWorkspaceTitle")}>
            <p className="mb-4 text-sm text-gray-700">{t("importWorkspaceIntro")}</p>
            {investments === 0 ? <ImportWorkspaceJson workspaceSlug={workspace.slug} /> : <p className="text-sm text-gray-600">{t("importWorkspaceNotEmpty")}</p>}
          </Card>
        </>
      ) : (
        <p className="text-sm text-gray-600">{t("readOnly")}</p>
      )}
    </div>
  );
}
