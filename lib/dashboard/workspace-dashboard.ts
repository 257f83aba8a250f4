import { currentPeriod, monthNumberOf, periodOfMonthNumber } from "@/lib/investments/months";
import type { InvestmentCategory } from "@/lib/investments/schemas";
import { SCENARIO_NAMES } from "@/lib/roi";
import { cents, roiPct, sumExact } from "./decimal-figures";
import type { RoiLinePoint } from "./investment-charts";
import { loadPortfolio } from "./load-portfolio";
import { evaluatePortfolio, type EvaluatedInvestment } from "./portfolio-evaluation";
import { sumActualsByInvestment, sumActualsByMonth } from "./sql-aggregates";

type ChartPoint = RoiLinePoint;

/** The cumulative ROI over calendar months: the forecast band of all plans and the measured line. */
function buildChart(evaluated: EvaluatedInvestment[], measured: Awaited<ReturnType<typeof sumActualsByMonth>>, today: Date): ChartPoint[] {
  const results = evaluated.flatMap((e) => (e.evaluation.ok ? [e.evaluation.result] : []));
  if (results.length === 0) return [];
  const first = results.map((r) => r.startMonth).sort()[0];
  const last = results.map((r) => periodOfMonthNumber(r.startMonth, r.horizonMonths)).sort().at(-1) ?? first;
  const length = Math.min(monthNumberOf(first, last), 120);
  const now = currentPeriod(today);
  const perPeriod = new Map(measured.map((m) => [m.period, m]));
  const running = { cost: sumExact([]), benefit: sumExact([]) };
  const band = Object.fromEntries(SCENARIO_NAMES.map((n) => [n, { cost: sumExact([]), benefit: sumExact([]) }]));
  const points: ChartPoint[] = [];
  for (let i = 1; i <= length; i++) {
    const period = periodOfMonthNumber(first, i);
    const m = perPeriod.get(period);
    if (m) {
      running.cost = running.cost.plus(m.cost);
      running.benefit = running.benefit.plus(m.benefit);
    }
    const point: ChartPoint = { period, actual: period < now && !running.cost.isZero() ? roiPct(running.cost, running.benefit) : null, conservative: null, expected: null, optimistic: null };
    for (const name of SCENARIO_NAMES) {
      for (const result of results) {
        const row = result.scenarios[name]?.months[monthNumberOf(result.startMonth, period) - 1];
        if (row) {
          band[name].cost = band[name].cost.plus(row.cost);
          band[name].benefit = band[name].benefit.plus(row.benefit);
        }
      }
      point[name] = roiPct(band[name].cost, band[name].benefit);
    }
    points.push(point);
  }
  return points;
}

/** Everything on /w/[slug]: KPI cards, chart, investment table and the ranked leaks. */
export async function getWorkspaceDashboard(workspaceId: string, options: { today?: Date; category?: InvestmentCategory } = {}) {
  const today = options.today ?? new Date();
  const category = options.category ?? null;
  const [portfolio, sums, measured] = await Promise.all([
    loadPortfolio([workspaceId], { category: options.category }),
    sumActualsByInvestment([workspaceId], category),
    sumActualsByMonth(workspaceId, category),
  ]);
  const evaluated = evaluatePortfolio(portfolio, today);
  const invested = sumExact([...sums.values()].map((s) => s.cost));
  const realised = sumExact([...sums.values()].map((s) => s.benefit));
  const forecastCost = sumExact(evaluated.map((e) => e.summary.forecastCost));
  const forecastBenefit = sumExact(evaluated.map((e) => e.summary.forecastBenefit));
  const rows = evaluated.map((e) => e.summary);
  return {
    cards: {
      invested: cents(invested),
      realised: cents(realised),
      net: cents(realised.minus(invested)),
      actualRoiPct: roiPct(invested, realised),
      forecastRoiPct: roiPct(forecastCost, forecastBenefit),
      onTime: rows.filter((r) => r.paybackState === "on_time" || r.paybackState === "paid_back").length,
      late: rows.filter((r) => r.paybackState === "late").length,
    },
    chart: buildChart(evaluated, measured, today),
    rows,
    leaks: rows.flatMap((r) => r.leaks).sort((a, b) => b.atStakeMonthly - a.atStakeMonthly),
    hiddenLeaks: rows.reduce((n, r) => n + r.hiddenLeaks, 0),
  };
}
export type WorkspaceDashboard = Awaited<ReturnType<typeof getWorkspaceDashboard>>;
