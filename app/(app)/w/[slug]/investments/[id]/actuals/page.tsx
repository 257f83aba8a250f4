import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { ActualsGrid } from "@/components/actuals/actuals-grid";
import { KpiManager } from "@/components/kpis/kpi-manager";
import { Card } from "@/components/ui/card";
import { findActualsPage } from "@/lib/actuals/queries";
import { canWrite, type Role } from "@/lib/auth/roles";
import { requireWorkspacePage, type WorkspaceSummary } from "@/lib/auth/workspace-gate";
import { currentPeriod } from "@/lib/investments/months";
import { requireInvestment } from "@/lib/investments/page-data";
import { SectionLoading } from "@/components/ui/section-loading";

export default async function ActualsPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  // Gate and lookup before anything streams, so an unknown or foreign id is a real 404.
  const { workspace, role } = await requireWorkspacePage(slug);
  const investment = await requireInvestment(workspace.id, id);
  const t = await getTranslations("actuals");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-xl font-semibold">{investment.name}</h2>
        <Link href={`/w/${workspace.slug}/investments/${investment.id}`} className="text-sm text-blue-700 underline">
          {t("back")}
        </Link>
      </div>
      <Suspense fallback={<SectionLoading />}>
        <ActualsSections workspace={workspace} role={role} investmentId={investment.id} />
      </Suspense>
    </div>
  );
}

async function ActualsSections({ workspace, role, investmentId }: { workspace: WorkspaceSummary; role: Role; investmentId: string }) {
  const [data, t, tk] = await Promise.all([findActualsPage(workspace.id, investmentId), getTranslations("actuals"), getTranslations("kpis")]);
  if (!data) notFound(); // deleted between the lookup and here
  const editable = canWrite(role);
  return (
    <>
      <Card title={t("title")}>
        <ActualsGrid slug={workspace.slug} data={data} editable={editable} currentPeriod={currentPeriod()} />
      </Card>
      <Card title={tk("title")}>
        <KpiManager slug={workspace.slug} investmentId={data.investment.id} kpis={data.kpis} months={data.grid.rows.map((r) => r.period)} editable={editable} />
      </Card>
    </>
  );
}
