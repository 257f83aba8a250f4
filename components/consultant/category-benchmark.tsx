import { useTranslations } from "next-intl";
import type { CategoryBenchmark as Benchmark } from "@/lib/dashboard/consultant-overview";
import { CategoryBenchmarkChart } from "./category-benchmark-chart";

/** ROI by category across the user's workspaces, or why there is nothing to compare yet. */
export function CategoryBenchmark({ categories, investments, currency }: { categories: Benchmark[]; investments: number; currency: string }) {
  const t = useTranslations("consultant");
  const measured = categories.some((c) => c.actualRoiPct !== null || c.forecastRoiPct !== null);
  const incomplete = categories.filter((c) => !c.complete);
  return (
    <div className="space-y-4">
      <p className="text-sm text-gray-600">{t("benchmarkNote")}</p>
      <p className="text-sm text-gray-600">{t("benchmarkCurrency", { currency })}</p>
      {incomplete.length > 0 ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" data-testid="benchmark-incomplete-note">
          {t("benchmarkIncomplete", { count: incomplete.length })}
        </p>
      ) : null}
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
