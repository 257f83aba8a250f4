import { getTranslations } from "next-intl/server";
import { EditHeaderForm } from "@/components/investments/edit-header-form";
import { EditPlanForm } from "@/components/investments/edit-plan-form";
import { Card } from "@/components/ui/card";
import { requireWorkspacePage } from "@/lib/auth/workspace-gate";
import { getEvaluationSettings } from "@/lib/investments/evaluation-settings";
import { dateToPeriod } from "@/lib/investments/months";
import { loadInvestmentPage } from "@/lib/investments/page-data";
import type { PlanDocument } from "@/lib/investments/schemas";

export default async function EditInvestmentPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const { workspace } = await requireWorkspacePage(slug, "editor");
  const investment = await loadInvestmentPage(workspace.id, id);
  const [t, settings] = await Promise.all([getTranslations("investments"), getEvaluationSettings(workspace.id)]);
  const approved = investment.versions.length > 0;
  const header = {
    name: investment.name,
    description: investment.description,
    category: investment.category,
    ownerName: investment.ownerName,
    startMonth: dateToPeriod(investment.startMonth),
    horizonMonths: String(investment.horizonMonths),
    currency: investment.currency,
  };
  return (
    <div className="space-y-6">
      <Card title={t("detailsTitle")}>
        <EditHeaderForm slug={slug} investmentId={id} revision={investment.revision} approved={approved} initial={header} />
      </Card>
      <Card title={approved ? t("planApprovedTitle", { version: investment.versions[0].version }) : t("planTitle")}>
        <EditPlanForm slug={slug} investmentId={id} revision={investment.revision} approved={approved} header={header} initialPlan={investment.plan as PlanDocument} workspaceDiscountRatePct={settings.discountRatePct} />
      </Card>
    </div>
  );
}
