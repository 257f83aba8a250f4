import { InvestmentRoiChart, KpiChart, MonthBarsChart } from "@/components/charts/investment-charts";
import { buildKpiSeries, buildMonthBars, buildRoiLines } from "@/lib/dashboard/investment-charts";
import type { InvestmentDetail } from "@/lib/investments/queries";
import type { RoiResult } from "@/lib/roi";

/** The investment's charts: cumulative ROI band vs measured, monthly bars, KPIs against baseline and target. */
export function InvestmentChartsSection({ result, kpis }: { result: RoiResult; kpis: InvestmentDetail["kpis"] }) {
  const bars = buildMonthBars(result);
  return (
    <div className="space-y-6">
      <InvestmentRoiChart points={buildRoiLines(result)} />
      {bars.length > 0 ? <MonthBarsChart points={bars} currency={result.currency} /> : null}
      {kpis
        .filter((kpi) => kpi.measurements.length > 0)
        .map((kpi) => (
          <KpiChart key={kpi.id} name={kpi.name} unit={kpi.unit} points={buildKpiSeries(kpi)} />
        ))}
    </div>
  );
}
