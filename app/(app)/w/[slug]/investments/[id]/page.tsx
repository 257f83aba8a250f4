import { Suspense } from "react";
import { InvestmentHeader } from "@/components/investments/investment-header";
import { canWrite } from "@/lib/auth/roles";
import { requireWorkspacePage } from "@/lib/auth/workspace-gate";
import { loadInvestmentPage } from "@/lib/investments/page-data";
import { InvestmentAnalysis } from "./investment-analysis";
import { SectionLoading } from "@/components/ui/section-loading";

type Props = { params: Promise<{ slug: string; id: string }>; searchParams: Promise<{ version?: string }> };

export default async function InvestmentPage({ params, searchParams }: Props) {
  const { slug, id } = await params;
  // Gate and lookup before anything streams, so an unknown or foreign id is a real 404.
  const { workspace, role } = await requireWorkspacePage(slug);
  const investment = await loadInvestmentPage(workspace.id, id);
  const version = Number.parseInt((await searchParams).version ?? "", 10);
  return (
    <div className="space-y-6">
      <InvestmentHeader slug={slug} investment={investment} role={role} />
      <Suspense fallback={<SectionLoading />}>
        <InvestmentAnalysis slug={slug} workspace={workspace} investment={investment} version={Number.isNaN(version) ? undefined : version} canEdit={canWrite(role)} />
      </Suspense>
    </div>
  );
}
