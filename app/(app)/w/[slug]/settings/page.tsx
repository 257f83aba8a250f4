import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { DeleteWorkspaceForm } from "@/components/workspaces/delete-workspace-form";
import { LogoForm } from "@/components/reports/logo-form";
import { DiscountRateForm } from "@/components/workspaces/discount-rate-form";
import { LeakThresholdsForm } from "@/components/workspaces/leak-thresholds-form";
import { WorkspaceSettingsForm } from "@/components/workspaces/workspace-settings-form";
import { getEvaluationSettings } from "@/lib/investments/evaluation-settings";
import { getWorkspaceLogo } from "@/lib/reports/queries";
import { DEFAULT_LEAK_THRESHOLDS } from "@/lib/roi";
import { requireWorkspacePage } from "@/lib/auth/workspace-gate";

export default async function SettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { workspace } = await requireWorkspacePage((await params).slug, "owner");
  const [t, tReports, tRate, settings, logo] = await Promise.all([
    getTranslations("settings"),
    getTranslations("reports.logo"),
    getTranslations("discountRateSetting"),
    getEvaluationSettings(workspace.id),
    getWorkspaceLogo(workspace.id),
  ]);
  const logoPreview = logo ? { src: `data:${logo.contentType};base64,${logo.bytes.toString("base64")}`, contentType: logo.contentType } : null;
  return (
    <div className="space-y-6">
      <Card title={t("title")}>
        <WorkspaceSettingsForm workspace={workspace} />
      </Card>
      <Card title={t("thresholds.title")}>
        <LeakThresholdsForm slug={workspace.slug} values={settings.leakThresholds} defaults={{ ...DEFAULT_LEAK_THRESHOLDS }} />
      </Card>
      <Card title={tRate("title")}>
        <DiscountRateForm slug={workspace.slug} value={settings.discountRatePct} />
      </Card>
      <Card title={tReports("title")}>
        <LogoForm slug={workspace.slug} current={logoPreview} />
      </Card>
      <Card title={t("dangerTitle")}>
        <DeleteWorkspaceForm slug={workspace.slug} />
      </Card>
    </div>
  );
}
