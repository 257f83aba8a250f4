import { type Dec, ONE, ZERO } from "./decimal";
import { buildBaseSeries } from "./monthly-values";
import { findMonthOfPeriod, listPeriods } from "./periods";
import { type PlanBasis, preparePlanBasis, resolveMultipliers } from "./scenarios";
import type { InvestmentDefinition } from "./schema";
import { expandTemplate } from "./templates";
import { buildTotals } from "./totals";

/**
 * Another plan that some recorded months are compared with instead of the evaluated
 * definition's own plan — e.g. the plan version that was in force when they were recorded.
 */
export interface ReferencePlan {
  /** A parsed plan; only its plan (costs, benefits, template, scenarios, start, horizon) is read. */
  definition: InvestmentDefinition;
  /** Month numbers of the evaluated definition (1 = its startMonth) that are compared with this plan. */
  months: readonly number[];
}

/** The forecast a recorded month is compared with: the expected scenario's cost and benefit, exact. */
export interface MonthForecast {
  cost: Dec;
  benefit: Dec;
}

export type MonthForecastLookup = (month: number) => MonthForecast;

/** The forecast of a set of months, rounded like the engine's other totals. */
export interface MonthsForecastFigures {
  forecastCost: number;
  forecastBenefit: number;
  forecastNet: number;
  forecastRoiPct: number | null;
}

/** A month forecast from a plan's basis: cost, and benefit × the expected multiplier. */
export function forecastFromBasis(basis: PlanBasis, expectedMultiplier: Dec, offset = 0): MonthForecastLookup {
  const isUnit = expectedMultiplier.eq(ONE);
  const horizon = basis.base.horizon;
  return (month) => {
    const own = month + offset;
    // A plan that did not cover this calendar month planned nothing for it.
    if (own < 1 || own > horizon) return { cost: ZERO, benefit: ZERO };
    const planned = basis.plannedBenefit(own);
    return { cost: basis.plannedCost(own), benefit: isUnit ? planned : planned.times(expectedMultiplier) };
  };
}

/** The month forecast of a whole definition (template expanded), aligned on `startMonth`'s calendar. */
function prepareForecast(definition: InvestmentDefinition, startMonth: string): MonthForecastLookup {
  const expansion = expandTemplate(definition);
  const costs = expansion ? [...definition.costs, ...expansion.costs] : definition.costs;
  const benefits = expansion ? [...definition.benefits, ...expansion.benefits] : definition.benefits;
  const horizon = definition.horizonMonths;
  const basis = preparePlanBasis(
    buildBaseSeries(costs, benefits, horizon),
    listPeriods(definition.startMonth, horizon),
  );
  // Month m of the evaluated definition is month m + offset of this plan (same calendar month).
  const offset = findMonthOfPeriod(definition.startMonth, startMonth) - 1;
  return forecastFromBasis(basis, resolveMultipliers(definition).expected, offset);
}

/** Prepares each distinct plan once per call (plans repeat across months and comparisons). */
function createPreparer(startMonth: string) {
  const prepared = new Map<InvestmentDefinition, MonthForecastLookup>();
  return (definition: InvestmentDefinition) => {
    let lookup = prepared.get(definition);
    if (lookup === undefined) {
      lookup = prepareForecast(definition, startMonth);
      prepared.set(definition, lookup);
    }
    return lookup;
  };
}

/**
 * The forecast of each month: from the reference plan that lists it, else from `own` (the
 * evaluated plan). A month listed by several reference plans takes the first one.
 */
export function resolveMonthForecasts(
  startMonth: string,
  own: MonthForecastLookup,
  referencePlans: readonly ReferencePlan[],
  prepare: (definition: InvestmentDefinition) => MonthForecastLookup = createPreparer(startMonth),
): MonthForecastLookup {
  const byMonth = new Map<number, MonthForecastLookup>();
  for (const reference of referencePlans) {
    if (reference.months.length === 0) continue;
    const lookup = prepare(reference.definition);
    for (const month of reference.months) if (!byMonth.has(month)) byMonth.set(month, lookup);
  }
  if (byMonth.size === 0) return own;
  return (month) => (byMonth.get(month) ?? own)(month);
}

/**
 * The expected forecast of the given months of `definition`, once per named comparison,
 * each with its own reference plans (months they do not list use the definition's plan).
 * Each distinct plan is prepared once for all comparisons. Figures are exact sums rounded
 * once, like `actuals.totals.forecast*`: with the same months and reference plans they
 * equal what `evaluateDefinition` reports there.
 */
export function forecastMonthsAgainst<K extends string>(
  definition: InvestmentDefinition,
  months: readonly number[],
  comparisons: Readonly<Record<K, readonly ReferencePlan[]>>,
): Record<K, MonthsForecastFigures> {
  const prepare = createPreparer(definition.startMonth);
  const own = prepare(definition);
  const distinct = [...new Set(months)].filter(
    (month) => Number.isInteger(month) && month >= 1 && month <= definition.horizonMonths,
  );
  const figures = {} as Record<K, MonthsForecastFigures>;
  for (const name of Object.keys(comparisons) as K[]) {
    const forecastOf = resolveMonthForecasts(definition.startMonth, own, comparisons[name], prepare);
    let cost = ZERO;
    let benefit = ZERO;
    for (const month of distinct) {
      const forecast = forecastOf(month);
      cost = cost.plus(forecast.cost);
      benefit = benefit.plus(forecast.benefit);
    }
    const totals = buildTotals(cost, benefit, null);
    figures[name] = {
      forecastCost: totals.cost,
      forecastBenefit: totals.benefit,
      forecastNet: totals.net,
      forecastRoiPct: totals.roiPct,
    };
  }
  return figures;
}
