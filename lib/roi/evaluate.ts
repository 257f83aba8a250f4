import { analyseActuals } from "./actuals";
import { type LeakThresholds, detectLeaks, resolveLeakThresholds } from "./leaks";
import { buildBaseSeries } from "./monthly-values";
import { outputCents, outputCentsOrNull, toJsonFigure } from "./output";
import { parseDefinition } from "./parse";
import type { ValidationError } from "./errors";
import { deriveMonthOfDate, listPeriods } from "./periods";
import { presentExpansion } from "./present-expansion";
import { type ReferencePlan, forecastFromBasis, resolveMonthForecasts } from "./reference-plans";
import { SCENARIO_NAMES, type RoiResult, type ScenarioName, type ScenarioResult } from "./result-types";
import { computeScenario, preparePlanBasis, resolveMultipliers, type ScenarioComputation } from "./scenarios";
import type { InvestmentDefinition } from "./schema";
import { expandTemplate } from "./templates";
import { collectItemWarnings } from "./warnings";
import { type Dec, toDecimal } from "./decimal";
import { prepareDiscountBasis, resolveDiscountRate } from "./discounting";
import { computeSensitivity } from "./sensitivity";
import { type SimulationOptions, simulateUncertainty } from "./simulation";

export interface EvaluateOptions {
  /** Decides which months are past when neither `asOfMonth` option nor the definition sets it. Default: now. */
  today?: Date | string;
  /** Month number (1 = startMonth) whose predecessors are past; overrides the definition's asOfMonth. */
  asOfMonth?: number;
  /** Whether the investment is running. Default: true (MISSING_ACTUALS then applies to past months). */
  active?: boolean;
  /** Workspace overrides of DEFAULT_LEAK_THRESHOLDS. */
  leakThresholds?: Partial<LeakThresholds>;
  /**
   * Plans that some recorded months are compared with instead of this definition's own plan,
   * e.g. the plan version in force when each month was recorded (README, "Reference plans").
   * Default: every month is compared with this definition's plan.
   */
  referencePlans?: readonly ReferencePlan[];
  /** The workspace's default annual discount rate in %; the definition's `discountRatePct` wins. Default 8. */
  discountRatePct?: number | string | Dec;
  /**
   * Also compute the sensitivity (tornado) and the seeded simulation of the expected scenario
   * (`result.risk`). Off by default: they cost more than the rest of an evaluation.
   */
  risk?: boolean | SimulationOptions;
}

function readWorkspaceRate(value: EvaluateOptions["discountRatePct"]): Dec | null {
  if (value === undefined) return null;
  const rate = typeof value === "object" ? value : toDecimal(value);
  return rate !== null && rate.gte(0) && rate.lte(100) ? rate : null;
}

export function resolveAsOfMonth(definition: InvestmentDefinition, options: EvaluateOptions): number {
  return (
    options.asOfMonth ?? definition.asOfMonth ?? deriveMonthOfDate(definition.startMonth, options.today ?? new Date())
  );
}

/** Computes the output document (docs/format-v1.md) for a parsed definition. Pure and deterministic given `today`. */
export function evaluateDefinition(definition: InvestmentDefinition, options: EvaluateOptions = {}): RoiResult {
  const horizon = definition.horizonMonths;
  const expansion = expandTemplate(definition);
  const costs = expansion ? [...definition.costs, ...expansion.costs] : definition.costs;
  const benefits = expansion ? [...definition.benefits, ...expansion.benefits] : definition.benefits;
  const periods = listPeriods(definition.startMonth, horizon);
  const basis = preparePlanBasis(buildBaseSeries(costs, benefits, horizon), periods);
  const multipliers = resolveMultipliers(definition);
  const discountRate = resolveDiscountRate(definition, readWorkspaceRate(options.discountRatePct));
  const discount = prepareDiscountBasis(basis, discountRate.ratePct);

  const computed = {} as Record<ScenarioName, ScenarioComputation>;
  const scenarios = {} as Record<ScenarioName, ScenarioResult>;
  for (const name of SCENARIO_NAMES) {
    computed[name] = computeScenario(basis, multipliers[name], discount);
    scenarios[name] = computed[name].result;
  }

  const asOfMonth = resolveAsOfMonth(definition, options);
  const plannedPaybackMonth = computed.expected.paybackMonth;
  const reference = options.referencePlans?.length
    ? resolveMonthForecasts(
        definition.startMonth,
        forecastFromBasis(basis, multipliers.expected),
        options.referencePlans,
      )
    : undefined;
  const actuals = analyseActuals({
    actuals: definition.actuals,
    basis,
    expectedMultiplier: multipliers.expected,
    plannedPaybackMonth,
    reference,
  });
  const started = definition.actuals.length > 0 || asOfMonth > 1;
  const leaks = detectLeaks({
    currency: definition.currency,
    periods,
    horizon,
    asOfMonth,
    active: options.active ?? true,
    started,
    thresholds: resolveLeakThresholds(options.leakThresholds),
    basis,
    expectedMultiplier: multipliers.expected,
    plannedPaybackMonth,
    projectedPaybackMonth: actuals?.result.projectedPaybackMonth ?? null,
    actualPaybackMonth: actuals?.paybackMonth ?? null,
    points: actuals?.points ?? [],
    recordedMonths: new Set(definition.actuals.map((actual) => actual.month)),
    kpis: definition.kpis,
    rampEndMonth: basis.base.rampEndMonth,
  });

  const result: RoiResult = {
    name: definition.name,
    currency: definition.currency,
    startMonth: definition.startMonth,
    horizonMonths: horizon,
    asOfMonth,
    discountRatePct: toJsonFigure(discountRate.ratePct),
    discountRateSource: discountRate.source,
    warnings: [...collectItemWarnings(definition.costs, definition.benefits, horizon), ...(expansion?.warnings ?? [])],
    scenarios,
    ...(actuals ? { actuals: actuals.result } : {}),
    leaks,
  };
  const acquisition = expansion?.customerAcquisition;
  if (acquisition) {
    result.customerAcquisition = {
      roiPct: outputCentsOrNull(acquisition.roiPct),
      roiNullReason: acquisition.roiPct === null ? "NO_COST" : null,
      ltvCacRatio: outputCentsOrNull(acquisition.ltvCacRatio),
      maxCac: outputCents(acquisition.maxCac),
    };
  }
  if (expansion) result.expansion = presentExpansion(expansion);
  if (options.risk) {
    const simulationOptions = typeof options.risk === "object" ? options.risk : {};
    const input = { definition, expectedMultiplier: multipliers.expected, discountRatePct: discountRate.ratePct };
    result.risk = {
      sensitivity: computeSensitivity({ ...input, discount }),
      simulation: simulateUncertainty(input, simulationOptions),
    };
  }
  return result;
}

export type EvaluateInputResult = { ok: true; result: RoiResult } | { ok: false; errors: ValidationError[] };

/** Validates a JSON value and evaluates it; invalid input yields errors and nothing is computed. */
export function evaluateInput(json: unknown, options: EvaluateOptions = {}): EvaluateInputResult {
  const parsed = parseDefinition(json);
  if (!parsed.ok) return parsed;
  return { ok: true, result: evaluateDefinition(parsed.definition, options) };
}

/** The same document restricted to one scenario (the CLI's --scenario). */
export function selectScenario(result: RoiResult, name: ScenarioName): RoiResult {
  const only = result.scenarios[name];
  return { ...result, scenarios: only ? { [name]: only } : {} };
}
