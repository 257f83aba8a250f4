import { getTranslations } from "next-intl/server";
import { AlertPreferenceForm } from "@/components/alerts/alert-preference-form";
import { Card } from "@/components/ui/card";
import { getAlertPreference } from "@/lib/alerts/queries";
import { requireWorkspacePage } from "@/lib/auth/workspace-gate";

// Every member, viewers included, chooses their own leak e-mails here.
export default async function NotificationsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { workspace, user } = await requireWorkspacePage((await params).slug);
  const [preference, t] = await Promise.all([getAlertPreference(workspace.id, user.id), getTranslations("alerts")]);
  return (
    <div className="space-y-6">
      <Card title={t("title")}>
        <AlertPreferenceForm slug={workspace.slug} workspaceName={workspace.name} email={user.email} mode={preference.mode} />
      </Card>
    </div>
  );
}
