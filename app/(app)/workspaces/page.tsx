import { getLocale, getTranslations } from "next-intl/server";
import { CreateWorkspaceForm } from "@/components/workspaces/create-workspace-form";
import { WorkspaceList } from "@/components/workspaces/workspace-list";
import { Card } from "@/components/ui/card";
import { requireUserPage } from "@/lib/auth/workspace-gate";
import { listUserWorkspaces } from "@/lib/workspaces/queries";
import type { UiLocale } from "@/lib/i18n/locales";

export default async function WorkspacesPage() {
  const user = await requireUserPage();
  const [workspaces, t, locale] = await Promise.all([listUserWorkspaces(user.id), getTranslations("workspaces"), getLocale()]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <Card title={t("yourWorkspaces")}>
        <WorkspaceList workspaces={workspaces} locale={locale as UiLocale} />
      </Card>
      <Card title={t("createTitle")}>
        <CreateWorkspaceForm />
      </Card>
    </div>
  );
}
