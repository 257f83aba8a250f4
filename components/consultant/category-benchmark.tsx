import { useTranslations } from "next-intl";
import type { CategoryBenchmark as Benchmark } from "@/lib/dashboard/consultant-overview";
import { CategoryBenchmarkChart } from "./category-benchmark-chart";

/** ROI by category across the user's workspaces, or why there is nothing to compare yet. */
export function CategoryBenchmark({ categories, investments }: { categories: Benchmark[]; investments: number }) {
  const t = useTranslations("consultant");
  const measured = categories.some((c) => c.actualRoiPct !== null || c.forecastRoiPct !== null);
  return (
    <div className="space-y-4">
      <p className="text-sm text-gray-600">{t("benchmarkNote")}</p>
      {investments === 0 ? (
        <p className="text-sm text-gray-700">{t("noInvestments")}</p>
      ) : measured ? (
        <CategoryBenchmarkChart categories={categories} title={t("benchmarkChartTitle")} />
      ) : (
        <p className="text-sm text-gray-700">{t("noActuals")}</p>
      )}
    </div>
  );
}
