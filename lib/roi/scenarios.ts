import { Dec, HUNDRED, ONE, ZERO } from "./decimal";
import type { BaseSeries } from "./monthly-values";
import { accumulate, computeBcr, computeRoiPct, outputCents, outputCentsOrNull, roundRunningTotals, toJsonNumber } from "./output";
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

/** What every scenario shares: costs, running totals and benefit ÷ cost at multiplier 1. */
export interface PlanBasis {
  base: BaseSeries;
  periods: string[];
  cumCost: Dec[];
  cumBenefit: Dec[];
  /** cumBenefit ÷ cumCost × 100 per month, null without cost; a scenario's ROI is m × this − 100. */
  cumRatioPct: (Dec | null)[];
  cost: ReturnType<typeof roundRunningTotals>;
}

export function preparePlanBasis(base: BaseSeries, periods: string[]): PlanBasis {
  const cumCost = accumulate(base.cost);
  const cumBenefit = accumulate(base.benefit);
  const cumRatioPct = cumCost.map((cost, i) => (cost.isZero() ? null : cumBenefit[i].times(HUNDRED).div(cost)));
  return { base, periods, cumCost, cumBenefit, cumRatioPct, cost: roundRunningTotals(cumCost) };
}

/** Payback = first month with some cost so far whose cumulative benefit ≥ cumulative cost. */
export function findPaybackMonth(cumCost: readonly Dec[], cumBenefit: readonly Dec[], months?: readonly number[]): number | null {
  for (let i = 0; i < cumCost.length; i++) {
    if (!cumCost[i].isZero() && cumBenefit[i].gte(cumCost[i])) return months ? months[i] : i + 1;
  }
  return null;
}

export function buildTotals(cost: Dec, benefit: Dec, paybackMonth: number | null): Totals {
  const roundedCost = outputCents(cost);
  const roundedBenefit = outputCents(benefit);
  const roiPct = computeRoiPct(benefit, cost);
  return {
    cost: roundedCost,
    benefit: roundedBenefit,
    // From the rounded figures, so cost + net = benefit holds on paper too.
    net: outputCents(new Dec(roundedBenefit).minus(roundedCost)),
    roiPct: outputCentsOrNull(roiPct),
    roiNullReason: roiPct === null ? "NO_COST" : null,
    bcr: outputCentsOrNull(computeBcr(benefit, cost)),
    paybackMonth,
  };
}

function buildYears(basis: PlanBasis, cumBenefit: readonly Dec[], roundedBenefit: readonly Dec[]): YearRow[] {
  const years: YearRow[] = [];
  const horizon = basis.base.horizon;
  for (let from = 1, year = 1; from <= horizon; from += 12, year++) {
    const to = Math.min(from + 11, horizon);
    const before = from - 2;
    const cost = basis.cumCost[to - 1].minus(before >= 0 ? basis.cumCost[before] : ZERO);
    const benefit = cumBenefit[to - 1].minus(before >= 0 ? cumBenefit[before] : ZERO);
    const costCents = basis.cost.roundedCumulative[to - 1].minus(before >= 0 ? basis.cost.roundedCumulative[before] : ZERO);
    const benefitCents = roundedBenefit[to - 1].minus(before >= 0 ? roundedBenefit[before] : ZERO);
    const roiPct = computeRoiPct(benefit, cost);
    years.push({
      year,
      fromMonth: from,
      toMonth: to,
      cost: toJsonNumber(costCents),
      benefit: toJsonNumber(benefitCents),
      net: toJsonNumber(benefitCents.minus(costCents)),
      roiPct: outputCentsOrNull(roiPct),
      roiNullReason: roiPct === null ? "NO_COST" : null,
      bcr: outputCentsOrNull(computeBcr(benefit, cost)),
    });
  }
  return years;
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
  const months: MonthRow[] = new Array<MonthRow>(basis.base.horizon);
  for (let i = 0; i < months.length; i++) {
    const ratioPct = basis.cumRatioPct[i];
    const roiPct = ratioPct === null ? null : (isUnit ? ratioPct : ratioPct.times(multiplier)).minus(HUNDRED);
    months[i] = {
      month: i + 1,
      period: basis.periods[i],
      cost: basis.cost.monthly[i],
      benefit: benefitOut.monthly[i],
      cumCost: basis.cost.cumulative[i],
      cumBenefit: benefitOut.cumulative[i],
      cumRoiPct: outputCentsOrNull(roiPct),
    };
  }
  const last = basis.base.horizon - 1;
  const paybackMonth = findPaybackMonth(basis.cumCost, cumBenefit);
  return {
    result: {
      multiplier: toJsonNumber(multiplier),
      totals: buildTotals(basis.cumCost[last], cumBenefit[last], paybackMonth),
      years: buildYears(basis, cumBenefit, benefitOut.roundedCumulative),
      months,
    },
    cumBenefit,
    paybackMonth,
  };
}
