import { getTranslations } from "next-intl/server";
import { NewInvestmentForm } from "@/components/investments/new-investment-form";
import { TemplateGallery } from "@/components/investments/template-gallery";
import { Card } from "@/components/ui/card";
import { requireWorkspacePage } from "@/lib/auth/workspace-gate";
import { getEvaluationSettings } from "@/lib/investments/evaluation-settings";
import { resolveNewInvestmentStart } from "@/lib/investments/new-investment";
import { listUserTemplates } from "@/lib/investments/template-queries";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ template?: string; saved?: string }> };

export default async function NewInvestmentPage({ params, searchParams }: Props) {
  const { workspace, user } = await requireWorkspacePage((await params).slug, "editor");
  const [query, saved, t, settings] = await Promise.all([
    searchParams,
    listUserTemplates(user.id),
    getTranslations("templates"),
    getEvaluationSettings(workspace.id),
  ]);
  const start = resolveNewInvestmentStart({ query, saved, currency: workspace.currency, templateName: (id) => t(`starter.${id}.name`) });
  return (
    <Card title={start ? t("formTitle", { template: start.title }) : t("chooseTitle")}>
      {start ? (
        <NewInvestmentForm slug={workspace.slug} initialHeader={start.header} initialPlan={start.plan} workspaceDiscountRatePct={settings.discountRatePct} />
      ) : (
        <TemplateGallery slug={workspace.slug} saved={saved} />
      )}
    </Card>
  );
}
