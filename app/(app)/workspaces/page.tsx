import { getTranslations } from "next-intl/server";
import { CategoryBenchmark } from "@/components/consultant/category-benchmark";
import { OverviewCurrencyForm } from "@/components/consultant/overview-currency-form";
import { OverviewTable } from "@/components/consultant/overview-table";
import { CreateWorkspaceForm } from "@/components/workspaces/create-workspace-form";
import { Card } from "@/components/ui/card";
import { requireUserPage } from "@/lib/auth/workspace-gate";
import { getConsultantOverview } from "@/lib/dashboard/consultant-overview";
import { parseOverviewSort } from "@/lib/dashboard/consultant-sort";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The consultant overview: every client workspace side by side, sorted by the URL. */
export default async function WorkspacesPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUserPage();
  const sort = parseOverviewSort(await searchParams);
  const [overview, t, tw] = await Promise.all([getConsultantOverview(user.id, sort), getTranslations("consultant"), getTranslations("workspaces")]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{tw("title")}</h1>
          {overview.rows.length > 0 ? <p className="mt-1 text-sm text-gray-600">{t("intro")}</p> : null}
          {overview.rows.length > 0 ? <p className="mt-1 text-sm text-gray-600">{t("currencyNote", { currency: overview.currency })}</p> : null}
        </div>
        <OverviewCurrencyForm currency={overview.currency} />
      </div>
      <Card title={tw("yourWorkspaces")}>
        {overview.rows.length === 0 ? <p className="text-sm text-gray-600">{tw("empty")}</p> : <OverviewTable overview={overview} />}
      </Card>
      {overview.rows.length > 0 ? (
        <Card title={t("benchmarkTitle")}>
          <CategoryBenchmark categories={overview.categories} investments={overview.investments} currency={overview.currency} />
        </Card>
      ) : null}
      <Card title={tw("createTitle")}>
        <CreateWorkspaceForm />
      </Card>
    </div>
  );
}
