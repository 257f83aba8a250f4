// Public API of the ROI engine. Pure TypeScript: safe to import in the browser, the server,
// the PDF renderer and the command line.
export { Dec } from "./decimal";
export { formatValidationError, type ValidationError } from "./errors";
export {
  evaluateDefinition,
  evaluateInput,
  resolveAsOfMonth,
  selectScenario,
  type EvaluateInputResult,
  type EvaluateOptions,
} from "./evaluate";
export { DEFAULT_LEAK_THRESHOLDS, resolveLeakThresholds, type LeakThresholds } from "./leaks";
export { resolveKpiDirection } from "./leak-rules-plan";
export { buildBenefitValues, computeBenefitMonthly, computeCostMonthly } from "./monthly-values";
export { computeBcr, computeRoiPct, roundCents } from "./output";
export { parseDefinition, parseDefinitionText, serialiseDefinition, type JsonValue, type ParseResult } from "./parse";
export { findMonthOfPeriod, formatPeriod } from "./periods";
export { forecastMonthsAgainst, type MonthsForecastFigures, type ReferencePlan } from "./reference-plans";
export * from "./result-types";
export { DEFAULT_SCENARIO_MULTIPLIERS } from "./scenarios";
export { DEFAULT_DISCOUNT_RATE_PCT } from "./discounting";
export { SENSITIVITY_CHANGE_PCT } from "./sensitivity";
export { DEFAULT_SIMULATION_DRAWS, DEFAULT_SIMULATION_SEED, type SimulationOptions } from "./simulation";
export { investmentDefinitionSchema, type InvestmentDefinition, type InvestmentDefinitionInput } from "./schema";
export type { Actual, Benefit, BenefitKind, Cost, CostKind, ItemRange, Kpi } from "./schema-items";
export type { CustomerAcquisitionInputs, LoyaltyProgramInputs, TemplateName } from "./schema-templates";
export { LOYALTY_FORMULAS, expandTemplate, summariseCustomerAcquisition, summariseLoyaltyProgram } from "./templates";
export type { EngineWarning } from "./warnings";
