import { useTranslations } from "next-intl";
import { KpiChart, MonthBarsChart, RoiBandChart } from "@/components/charts/investment-charts";
import { buildKpiSeries, buildMonthBars, buildRoiLines } from "@/lib/dashboard/investment-charts";
import type { InvestmentDetail } from "@/lib/investments/queries";
import type { RoiResult } from "@/lib/roi";

/** The investment's charts: cumulative ROI band vs measured, monthly bars, KPIs against baseline and target. */
export function InvestmentChartsSection({ result, kpis }: { result: RoiResult; kpis: InvestmentDetail["kpis"] }) {
  const t = useTranslations("dashboard");
  const bars = buildMonthBars(result);
  return (
    <div className="space-y-6">
      <RoiBandChart points={buildRoiLines(result)} title={t("investmentRoiTitle")} />
      {bars.length > 0 ? <MonthBarsChart points={bars} currency={result.currency} /> : null}
      {kpis
        .filter((kpi) => kpi.measurements.length > 0)
        .map((kpi) => (
          <KpiChart key={kpi.id} name={kpi.name} unit={kpi.unit} points={buildKpiSeries(kpi)} />
        ))}
    </div>
  );
}
