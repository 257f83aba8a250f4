import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActualsGrid } from "@/components/actuals/actuals-grid";
import { KpiManager } from "@/components/kpis/kpi-manager";
import { Card } from "@/components/ui/card";
import { findActualsPage } from "@/lib/actuals/queries";
import { canWrite } from "@/lib/auth/roles";
import { requireWorkspacePage } from "@/lib/auth/workspace-gate";

export default async function ActualsPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const { workspace, role } = await requireWorkspacePage(slug);
  const data = await findActualsPage(workspace.id, id);
  if (!data) notFound();
  const [t, tk] = await Promise.all([getTranslations("actuals"), getTranslations("kpis")]);
  const editable = canWrite(role);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-xl font-semibold">{data.investment.name}</h2>
        <Link
          href={`/w/${workspace.slug}/investments/${data.investment.id}`}
          className="text-sm text-blue-700 underline"
        >
          {t("back")}
        </Link>
      </div>
      <Card title={t("title")}>
        <ActualsGrid slug={workspace.slug} data={data} editable={editable} />
      </Card>
      <Card title={tk("title")}>
        <KpiManager
          slug={workspace.slug}
          investmentId={data.investment.id}
          kpis={data.kpis}
          months={data.grid.rows.map((r) => r.period)}
          editable={editable}
        />
      </Card>
    </div>
  );
}
