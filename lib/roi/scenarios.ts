import { Dec, ONE } from "./decimal";
import { FIXED_DECIMALS, fromFixedPoint } from "./fixed-point";
import type { BaseSeries } from "./monthly-values";
import { type RoundedSeries, outputCents, roundFixedRunningTotals, toJsonFigure } from "./output";
import type { MonthRow, ScenarioName, ScenarioResult, YearRow } from "./result-types";
import type { InvestmentDefinition } from "./schema";
import { type DiscountBasis, computeDiscountedTotals, scaleMultiplier } from "./discounting";
import { buildTotalsFromFixed, findPaybackMonth, outputBcrFromFixed, outputRoiFromFixed } from "./totals";

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

/** What every scenario shares: the plan per month and its exact running totals. */
export interface PlanBasis {
  base: BaseSeries;
  periods: string[];
  /** Running cost, fixed point (× 10^24), exact. */
  cumCost: bigint[];
  /** Running benefit at multiplier 1, fixed point (× 10^24), exact. */
  cumBenefit: bigint[];
  cost: RoundedSeries;
  /** The plan of one month (1-based) as Decimals, for comparisons with actuals. */
  plannedCost(month: number): Dec;
  /** Benefit at multiplier 1. */
  plannedBenefit(month: number): Dec;
  plannedRunningCost(month: number): Dec;
}

function accumulate(values: readonly bigint[]): bigint[] {
  const sums = new Array<bigint>(values.length);
  let running = 0n;
  for (let i = 0; i < values.length; i++) {
    running += values[i];
    sums[i] = running;
  }
  return sums;
}

export function preparePlanBasis(base: BaseSeries, periods: string[]): PlanBasis {
  const cumCost = accumulate(base.cost);
  const cumBenefit = accumulate(base.benefit);
  const decimals = new Map<bigint, Dec>();
  // Plan values repeat between the months where an item starts or stops: convert each once.
  const toDecimal = (fixed: bigint) => {
    let value = decimals.get(fixed);
    if (value === undefined) {
      value = fromFixedPoint(fixed);
      decimals.set(fixed, value);
    }
    return value;
  };
  return {
    base,
    periods,
    cumCost,
    cumBenefit,
    cost: roundFixedRunningTotals(cumCost),
    plannedCost: (month) => toDecimal(base.cost[month - 1]),
    plannedBenefit: (month) => toDecimal(base.benefit[month - 1]),
    plannedRunningCost: (month) => toDecimal(base.runningCost[month - 1]),
  };
}

/** Total planned benefit at multiplier 1 over the horizon, as a Decimal. */
export function sumPlannedBenefit(basis: PlanBasis): Dec {
  return fromFixedPoint(basis.cumBenefit[basis.cumBenefit.length - 1]);
}

export interface ScenarioComputation {
  result: ScenarioResult;
  paybackMonth: number | null;
}

/**
 * One scenario: benefits × multiplier m. The running benefit m × B carries m's decimals on
 * top of the fixed-point ones, so the running cost is scaled up to match before comparing.
 */
export function computeScenario(basis: PlanBasis, multiplier: Dec, discount: DiscountBasis): ScenarioComputation {
  // m = factor ÷ 10^k with k its decimals (0.8 = 8 ÷ 10): m × B then has only k more decimals.
  const { factor, unit, decimals: extraDecimals, isUnit } = scaleMultiplier(multiplier);
  const decimals = FIXED_DECIMALS + extraDecimals;
  const cumBenefit = isUnit ? basis.cumBenefit : basis.cumBenefit.map((value) => value * factor);
  const cumCost = isUnit ? basis.cumCost : basis.cumCost.map((value) => value * unit);
  const benefitOut = roundFixedRunningTotals(cumBenefit, decimals);
  const horizon = basis.base.horizon;
  const months: MonthRow[] = new Array<MonthRow>(horizon);
  for (let i = 0; i < horizon; i++) {
    months[i] = {
      month: i + 1,
      period: basis.periods[i],
      cost: basis.cost.monthly[i],
      benefit: benefitOut.monthly[i],
      cumCost: basis.cost.cumulative[i],
      cumBenefit: benefitOut.cumulative[i],
      cumRoiPct: outputRoiFromFixed(cumBenefit[i], cumCost[i]),
    };
  }
  const years: YearRow[] = [];
  for (let from = 1; from <= horizon; from += 12) {
    const to = Math.min(from + 11, horizon);
    const cost = cumCost[to - 1] - (from > 1 ? cumCost[from - 2] : 0n);
    const benefit = cumBenefit[to - 1] - (from > 1 ? cumBenefit[from - 2] : 0n);
    const costOut = basis.cost.sumBetween(from - 2, to - 1);
    const benefitTotal = benefitOut.sumBetween(from - 2, to - 1);
    const roiPct = outputRoiFromFixed(benefit, cost);
    years.push({
      year: years.length + 1,
      fromMonth: from,
      toMonth: to,
      cost: costOut,
      benefit: benefitTotal,
      net: outputCents(new Dec(benefitTotal).minus(costOut)),
      roiPct,
      roiNullReason: roiPct === null ? "NO_COST" : null,
      bcr: outputBcrFromFixed(benefit, cost),
    });
  }
  const paybackMonth = findPaybackMonth(cumCost, cumBenefit);
  const last = horizon - 1;
  return {
    result: {
      multiplier: toJsonFigure(multiplier),
      totals: {
        ...buildTotalsFromFixed(cumCost[last], cumBenefit[last], decimals, paybackMonth),
        ...computeDiscountedTotals(discount, multiplier),
      },
      years,
      months,
    },
    paybackMonth,
  };
}
