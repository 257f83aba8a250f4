import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { InvestmentList } from "@/components/investments/investment-list";
import { Card } from "@/components/ui/card";
import { canWrite } from "@/lib/auth/roles";
import { requireWorkspacePage } from "@/lib/auth/workspace-gate";
import { listInvestments } from "@/lib/investments/queries";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ archived?: string }> };

export default async function InvestmentsPage({ params, searchParams }: Props) {
  const { workspace, role } = await requireWorkspacePage((await params).slug);
  const archived = (await searchParams).archived === "1";
  const [investments, t] = await Promise.all([listInvestments(workspace.id, { archived }), getTranslations("investments")]);
  const newButton = canWrite(role) ? (
    <Link href={`/w/${workspace.slug}/investments/new`} className="rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white hover:bg-blue-800">
      {t("new")}
    </Link>
  ) : null;
  return (
    <Card title={archived ? t("archivedTitle") : t("title")} actions={newButton}>
      {investments.length === 0 ? <p className="text-sm text-gray-600">{archived ? t("noArchived") : t("empty")}</p> : <InvestmentList slug={workspace.slug} investments={investments} />}
      <Link href={`/w/${workspace.slug}/investments${archived ? "" : "?archived=1"}`} className="mt-4 inline-block text-sm text-blue-700 underline">
        {archived ? t("showActive") : t("showArchived")}
      </Link>
    </Card>
  );
}
