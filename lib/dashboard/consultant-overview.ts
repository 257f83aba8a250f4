import type Decimal from "decimal.js";
import type { Role } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { isRunning } from "@/lib/investments/status";
import type { InvestmentStatus } from "@/lib/investments/schemas";
import { DEFAULT_OVERVIEW_SORT, sortOverviewRows, type OverviewSort } from "./consultant-sort";
import { cents, roiPct, sumExact } from "./decimal-figures";
import { loadPortfolio } from "./load-portfolio";
import { evaluatePortfolio, type EvaluatedInvestment } from "./portfolio-evaluation";
import { sumActualsByInvestment, type ActualSums } from "./sql-aggregates";

// Money is added up as Decimal (SQL sums arrive as exact text, engine figures are rounded
// cents) and only becomes a number, rounded to cents, in the returned figures.
type Tally = {
  investments: number;
  invested: Decimal;
  realised: Decimal;
  forecastCost: Decimal;
  forecastBenefit: Decimal;
  openLeaks: number;
  atStake: Decimal;
  missingMonths: number;
  lastUpdate: Date | null;
};

const emptyTally = (): Tally => ({
  investments: 0,
  invested: sumExact([]),
  realised: sumExact([]),
  forecastCost: sumExact([]),
  forecastBenefit: sumExact([]),
  openLeaks: 0,
  atStake: sumExact([]),
  missingMonths: 0,
  lastUpdate: null,
});

const later = (a: Date | null, b: Date | null) => (a === null ? b : b === null || a >= b ? a : b);

function addInvestment(tally: Tally, { summary }: EvaluatedInvestment, actuals: ActualSums | undefined) {
  tally.investments += 1;
  if (actuals) {
    tally.invested = tally.invested.plus(actuals.cost);
    tally.realised = tally.realised.plus(actuals.benefit);
    tally.lastUpdate = later(tally.lastUpdate, actuals.lastUpdate);
  }
  // Forecast over the recorded months only, so actual and forecast ROI compare like with like.
  tally.forecastCost = tally.forecastCost.plus(summary.forecastCost);
  tally.forecastBenefit = tally.forecastBenefit.plus(summary.forecastBenefit);
  tally.openLeaks += summary.leaks.length;
  tally.atStake = tally.atStake.plus(sumExact(summary.leaks.map((leak) => leak.atStakeMonthly)));
  if (isRunning(summary.status as InvestmentStatus)) tally.missingMonths += Math.max(0, summary.expectedMonths - summary.recordedMonths);
}

function mergeTallies(tallies: Tally[]): Tally {
  const total = emptyTally();
  for (const t of tallies) {
    total.investments += t.investments;
    total.invested = total.invested.plus(t.invested);
    total.realised = total.realised.plus(t.realised);
    total.forecastCost = total.forecastCost.plus(t.forecastCost);
    total.forecastBenefit = total.forecastBenefit.plus(t.forecastBenefit);
    total.openLeaks += t.openLeaks;
    total.atStake = total.atStake.plus(t.atStake);
    total.missingMonths += t.missingMonths;
    total.lastUpdate = later(total.lastUpdate, t.lastUpdate);
  }
  return total;
}

/** ROI from summed cost and benefit (never an average of percentages). */
const figuresOf = (t: Tally) => ({
  investments: t.investments,
  invested: cents(t.invested),
  realised: cents(t.realised),
  net: cents(t.realised.minus(t.invested)),
  actualRoiPct: roiPct(t.invested, t.realised),
  forecastCost: cents(t.forecastCost),
  forecastBenefit: cents(t.forecastBenefit),
  forecastRoiPct: roiPct(t.forecastCost, t.forecastBenefit),
  openLeaks: t.openLeaks,
  atStakeMonthly: cents(t.atStake),
  missingMonths: t.missingMonths,
  lastUpdate: t.lastUpdate,
});

export type OverviewFigures = ReturnType<typeof figuresOf>;
export type ConsultantOverviewRow = OverviewFigures & { workspaceId: string; name: string; slug: string; role: Role; currency: string };
/** One total per currency: amounts in different currencies are never added together. */
export type ConsultantOverviewTotal = OverviewFigures & { currency: string; workspaces: number };
export type CategoryBenchmark = {
  category: string;
  currency: string;
  investments: number;
  workspaces: number;
  invested: number;
  realised: number;
  actualRoiPct: number | null;
  forecastRoiPct: number | null;
};

/** The user's memberships with the workspace fields the overview shows. */
async function listMemberships(userId: string) {
  const memberships = await getDb().membership.findMany({
    where: { userId },
    select: { role: true, workspace: { select: { id: true, name: true, slug: true, currency: true } } },
  });
  return memberships.map((m) => ({ ...m.workspace, role: m.role as Role }));
}

/**
 * ROI per investment category across every workspace the user is a member of — a viewer
 * membership counts — so a consultant sees a benchmark no single client can see. Costs and
 * benefits are summed per category first; categories are kept apart per currency.
 */
function benchmarkCategories(evaluated: EvaluatedInvestment[], sums: Map<string, ActualSums>, currencyOf: Map<string, string>): CategoryBenchmark[] {
  const groups = new Map<string, { category: string; currency: string; tally: Tally; workspaces: Set<string> }>();
  for (const item of evaluated) {
    const { category, workspaceId, id } = item.summary;
    const currency = currencyOf.get(workspaceId) ?? item.summary.currency;
    const key = `${category}\u0000${currency}`;
    const group = groups.get(key) ?? { category, currency, tally: emptyTally(), workspaces: new Set<string>() };
    addInvestment(group.tally, item, sums.get(id));
    group.workspaces.add(workspaceId);
    groups.set(key, group);
  }
  const rows = [...groups.values()].map(({ category, currency, tally, workspaces }) => {
    const figures = figuresOf(tally);
    const { investments, invested, realised, actualRoiPct, forecastRoiPct } = figures;
    return { category, currency, investments, workspaces: workspaces.size, invested, realised, actualRoiPct, forecastRoiPct };
  });
  // Best measured ROI first; categories without actuals yet go last.
  return rows.sort((a, b) => (b.actualRoiPct ?? -Infinity) - (a.actualRoiPct ?? -Infinity) || a.category.localeCompare(b.category));
}

/**
 * The consultant overview on /workspaces: one row per workspace the user belongs to, a
 * total row per currency and ROI by investment category. Five queries whatever the number
 * of workspaces or investments: memberships, then loadPortfolio (three) and one SQL sum.
 */
export async function getConsultantOverview(userId: string, options: { today?: Date } & Partial<OverviewSort> = {}) {
  const today = options.today ?? new Date();
  const sort: OverviewSort = { sort: options.sort ?? DEFAULT_OVERVIEW_SORT.sort, direction: options.direction ?? DEFAULT_OVERVIEW_SORT.direction };
  const memberships = await listMemberships(userId);
  if (memberships.length === 0) return { rows: [], totals: [], categories: [], sort, investments: 0 };

  const ids = memberships.map((m) => m.id);
  const [portfolio, sums] = await Promise.all([loadPortfolio(ids), sumActualsByInvestment(ids)]);
  const evaluated = evaluatePortfolio(portfolio, today);
  const tallies = new Map(ids.map((id) => [id, emptyTally()]));
  for (const item of evaluated) {
    const tally = tallies.get(item.summary.workspaceId);
    if (tally) addInvestment(tally, item, sums.get(item.summary.id));
  }

  const rows: ConsultantOverviewRow[] = memberships.map((m) => ({
    workspaceId: m.id,
    name: m.name,
    slug: m.slug,
    role: m.role,
    currency: m.currency,
    ...figuresOf(tallies.get(m.id) ?? emptyTally()),
  }));
  const currencies = [...new Set(memberships.map((m) => m.currency))].sort();
  const totals: ConsultantOverviewTotal[] = currencies.map((currency) => {
    const inCurrency = memberships.filter((m) => m.currency === currency);
    return { currency, workspaces: inCurrency.length, ...figuresOf(mergeTallies(inCurrency.map((m) => tallies.get(m.id) ?? emptyTally()))) };
  });
  const currencyOf = new Map(memberships.map((m) => [m.id, m.currency]));
  return {
    rows: sortOverviewRows(rows, sort),
    totals,
    categories: benchmarkCategories(evaluated, sums, currencyOf),
    sort,
    investments: evaluated.length,
  };
}

export type ConsultantOverview = Awaited<ReturnType<typeof getConsultantOverview>>;
