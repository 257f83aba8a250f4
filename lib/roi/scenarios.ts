import { Dec, ONE, ZERO } from "./decimal";
import type { BaseSeries } from "./monthly-values";
import {
  type RoundedSeries,
  accumulate,
  computeBcr,
  outputCents,
  outputCentsOrNull,
  outputRoiPctFromRatio,
  roundRunningTotals,
  toJsonNumber,
} from "./output";
import type { MonthRow, ScenarioName, ScenarioResult, Totals, YearRow } from "./result-types";
import type { InvestmentDefinition } from "./schema";

export const DEFAULT_SCENARIO_MULTIPLIERS: Readonly<Record<ScenarioName, Dec>> = {
  conservative: new Dec("0.8"),
  expected: ONE,
  optimistic: new Dec("1.2"),
};

export function resolveMultipliers(definition: InvestmentDefinition): Record<ScenarioName, Dec> {
  const given = definition.scenarios ?? {};
  return {
    conservative: given.conservative ?? DEFAULT_SCENARIO_MULTIPLIERS.conservative,
    expected: given.expected ?? DEFAULT_SCENARIO_MULTIPLIERS.expected,
    optimistic: given.optimistic ?? DEFAULT_SCENARIO_MULTIPLIERS.optimistic,
  };
}

interface YearBasis {
  from: number;
  to: number;
  cost: Dec;
  /** Benefit ÷ cost of the year at multiplier 1; null without cost. */
  bcr: Dec | null;
}

// Scenarios differ only in a benefit multiplier m, so every ratio is computed once at m = 1:
// a scenario's BCR is m × BCR and its ROI % is (m × BCR − 1) × 100. That saves most divisions.
export interface PlanBasis {
  base: BaseSeries;
  periods: string[];
  cumCost: Dec[];
  cumBenefit: Dec[];
  /** cumBenefit ÷ cumCost per month at multiplier 1; null while nothing has been spent. */
  cumRatio: (Dec | null)[];
  years: YearBasis[];
  cost: RoundedSeries;
}

export function preparePlanBasis(base: BaseSeries, periods: string[]): PlanBasis {
  const cumCost = accumulate(base.cost);
  const cumBenefit = accumulate(base.benefit);
  const cumRatio = cumCost.map((cost, i) => (cost.isZero() ? null : cumBenefit[i].div(cost)));
  const years: YearBasis[] = [];
  for (let from = 1; from <= base.horizon; from += 12) {
    const to = Math.min(from + 11, base.horizon);
    const cost = cumCost[to - 1].minus(from > 1 ? cumCost[from - 2] : ZERO);
    const benefit = cumBenefit[to - 1].minus(from > 1 ? cumBenefit[from - 2] : ZERO);
    years.push({ from, to, cost, bcr: computeBcr(benefit, cost) });
  }
  return { base, periods, cumCost, cumBenefit, cumRatio, years, cost: roundRunningTotals(cumCost) };
}

/** Payback = first month with some cost so far whose cumulative benefit ≥ cumulative cost. */
export function findPaybackMonth(cumCost: readonly Dec[], cumBenefit: readonly Dec[], months?: readonly number[]): number | null {
  for (let i = 0; i < cumCost.length; i++) {
    if (!cumCost[i].isZero() && cumBenefit[i].gte(cumCost[i])) return months ? months[i] : i + 1;
  }
  return null;
}

/** Totals from exact cost and benefit; `bcr` may be passed when it is already known. */
export function buildTotals(cost: Dec, benefit: Dec, paybackMonth: number | null, bcr = computeBcr(benefit, cost)): Totals {
  const roundedCost = outputCents(cost);
  const roundedBenefit = outputCents(benefit);
  return {
    cost: roundedCost,
    benefit: roundedBenefit,
    // From the rounded figures, so cost + net = benefit holds on paper too.
    net: outputCents(new Dec(roundedBenefit).minus(roundedCost)),
    roiPct: bcr === null ? null : outputRoiPctFromRatio(bcr),
    roiNullReason: bcr === null ? "NO_COST" : null,
    bcr: outputCentsOrNull(bcr),
    paybackMonth,
  };
}

function buildYears(basis: PlanBasis, multiplier: Dec, benefitOut: RoundedSeries): YearRow[] {
  return basis.years.map((year, index): YearRow => {
    const cost = basis.cost.sumBetween(year.from - 2, year.to - 1);
    const benefit = benefitOut.sumBetween(year.from - 2, year.to - 1);
    const bcr = year.bcr === null ? null : year.bcr.times(multiplier);
    return {
      year: index + 1,
      fromMonth: year.from,
      toMonth: year.to,
      cost,
      benefit,
      net: outputCents(new Dec(benefit).minus(cost)),
      roiPct: bcr === null ? null : outputRoiPctFromRatio(bcr),
      roiNullReason: bcr === null ? "NO_COST" : null,
      bcr: outputCentsOrNull(bcr),
    };
  });
}

export interface ScenarioComputation {
  result: ScenarioResult;
  cumBenefit: Dec[];
  paybackMonth: number | null;
}

export function computeScenario(basis: PlanBasis, multiplier: Dec): ScenarioComputation {
  const isUnit = multiplier.eq(ONE);
  const cumBenefit = isUnit ? basis.cumBenefit : basis.cumBenefit.map((value) => value.times(multiplier));
  const benefitOut = roundRunningTotals(cumBenefit);
  const horizon = basis.base.horizon;
  const months: MonthRow[] = new Array<MonthRow>(horizon);
  for (let i = 0; i < horizon; i++) {
    const ratio = basis.cumRatio[i];
    months[i] = {
      month: i + 1,
      period: basis.periods[i],
      cost: basis.cost.monthly[i],
      benefit: benefitOut.monthly[i],
      cumCost: basis.cost.cumulative[i],
      cumBenefit: benefitOut.cumulative[i],
      cumRoiPct: ratio === null ? null : outputRoiPctFromRatio(isUnit ? ratio : ratio.times(multiplier)),
    };
  }
  const last = horizon - 1;
  const lastRatio = basis.cumRatio[last];
  const bcr = lastRatio === null ? null : lastRatio.times(multiplier);
  const paybackMonth = findPaybackMonth(basis.cumCost, cumBenefit);
  return {
    result: {
      multiplier: toJsonNumber(multiplier),
      totals: buildTotals(basis.cumCost[last], cumBenefit[last], paybackMonth, bcr),
      years: buildYears(basis, multiplier, benefitOut),
      months,
    },
    cumBenefit,
    paybackMonth,
  };
}
