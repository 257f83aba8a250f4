import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CsvImport } from "@/components/transfer/csv-import";
import { Card } from "@/components/ui/card";
import { requireWorkspacePage } from "@/lib/auth/workspace-gate";
import { currentPeriod } from "@/lib/investments/months";
import { getCsvImportContext } from "@/lib/transfer/queries";

export default async function ImportActualsPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const { workspace } = await requireWorkspacePage(slug, "editor");
  const investment = await getCsvImportContext(workspace.id, id);
  if (!investment) notFound();
  const t = await getTranslations("transfer.csv");
  return (
    <div className="space-y-4">
      <Link href={`/w/${workspace.slug}/investments/${investment.id}`} className="text-sm text-blue-700 hover:underline">
        ← {investment.name}
      </Link>
      <Card title={t("title")}>
        <CsvImport workspaceSlug={workspace.slug} investment={investment} currentPeriod={currentPeriod()} />
      </Card>
    </div>
  );
}
