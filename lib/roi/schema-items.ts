import { z } from "zod";
import {
  MAX_HORIZON_MONTHS,
  decimalField,
  growthPctField,
  kindUnionError,
  kpiValueField,
  itemMonthField,
  labelField,
  moneyField,
  monthField,
  rangeMultiplierField,
  ratePctField,
  wholeNumberField,
} from "./schema-fields";

// Strict objects everywhere: in an import format a misspelt key ("monthy") must be an
// error, not a silently ignored value.

const span = {
  fromMonth: itemMonthField().optional(),
  toMonth: itemMonthField().optional(),
};

/**
 * How uncertain an item's value is: multipliers of it, low ≤ 1 ≤ high (checked across fields).
 * { low: 0.6, high: 1.3 } = somewhere between 60% and 130% of the value, most likely the value
 * itself (a triangular distribution in the simulation, README "Uncertainty").
 */
export const rangeSchema = z.strictObject({
  low: rangeMultiplierField(),
  high: rangeMultiplierField(),
});

const uncertain = { range: rangeSchema.optional() };

export const oneTimeCostSchema = z.strictObject({
  kind: z.literal("oneTime"),
  label: labelField(),
  amount: moneyField(),
  month: itemMonthField(),
  ...uncertain,
});

export const recurringCostSchema = z.strictObject({
  kind: z.literal("recurring"),
  label: labelField(),
  monthly: moneyField(),
  ...span,
  ...uncertain,
});

export const internalTimeCostSchema = z.strictObject({
  kind: z.literal("internalTime"),
  label: labelField(),
  hoursPerMonth: decimalField({ min: 0, max: 100_000 }),
  hourlyRate: moneyField(),
  ...span,
  ...uncertain,
});

export const COST_KINDS = ["oneTime", "recurring", "internalTime"] as const;

export const costSchema = z.discriminatedUnion(
  "kind",
  [oneTimeCostSchema, recurringCostSchema, internalTimeCostSchema],
  { error: kindUnionError(COST_KINDS) },
);

const benefitBase = {
  label: labelField(),
  ...span,
  rampMonths: wholeNumberField(0, MAX_HORIZON_MONTHS - 1).optional(),
  ...uncertain,
};

export const fixedBenefitSchema = z.strictObject({
  kind: z.literal("fixed"),
  ...benefitBase,
  monthly: moneyField(),
});

export const revenueUpliftBenefitSchema = z.strictObject({
  kind: z.literal("revenueUplift"),
  ...benefitBase,
  baseMonthlyRevenue: moneyField(),
  upliftPct: growthPctField(),
  marginPct: ratePctField().optional(),
});

export const timeSavingBenefitSchema = z.strictObject({
  kind: z.literal("timeSaving"),
  ...benefitBase,
  minutesPerUnit: decimalField({ min: 0, max: 100_000 }),
  unitsPerMonth: decimalField({ min: 0 }),
  hourlyRate: moneyField(),
});

export const conversionUpliftBenefitSchema = z.strictObject({
  kind: z.literal("conversionUplift"),
  ...benefitBase,
  visitorsPerMonth: decimalField({ min: 0 }),
  baselineRatePct: ratePctField(),
  targetRatePct: ratePctField(),
  orderValue: moneyField(),
  marginPct: ratePctField().optional(),
});

export const BENEFIT_KINDS = ["fixed", "revenueUplift", "timeSaving", "conversionUplift"] as const;

export const benefitSchema = z.discriminatedUnion(
  "kind",
  [fixedBenefitSchema, revenueUpliftBenefitSchema, timeSavingBenefitSchema, conversionUpliftBenefitSchema],
  { error: kindUnionError(BENEFIT_KINDS) },
);

export const kpiMeasurementSchema = z.strictObject({
  month: monthField(),
  value: kpiValueField(),
});

export const kpiSchema = z.strictObject({
  name: labelField(),
  unit: z.string().trim().max(20).optional(),
  baseline: kpiValueField().optional(),
  target: kpiValueField().optional(),
  direction: z.enum(["up", "down"]).optional(),
  measurements: z.array(kpiMeasurementSchema).max(1000).default([]),
});

export const actualSchema = z.strictObject({
  month: monthField(),
  cost: moneyField(),
  benefit: moneyField(),
  note: z.string().max(500).optional(),
});

const multiplierField = () => decimalField({ min: 0, max: 10 });

export const scenariosSchema = z.strictObject({
  conservative: multiplierField().optional(),
  expected: multiplierField().optional(),
  optimistic: multiplierField().optional(),
});

export type Cost = z.output<typeof costSchema>;
export type Benefit = z.output<typeof benefitSchema>;
export type Kpi = z.output<typeof kpiSchema>;
export type Actual = z.output<typeof actualSchema>;
export type ItemRange = z.output<typeof rangeSchema>;
export type ScenarioMultipliersInput = z.output<typeof scenariosSchema>;
export type CostKind = Cost["kind"];
export type BenefitKind = Benefit["kind"];
