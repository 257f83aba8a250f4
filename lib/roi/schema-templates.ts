import { z } from "zod";
import { decimalField, growthPctField, moneyField, ratePctField, wholeNumberField } from "./schema-fields";

export const loyaltyProgramInputsSchema = z.strictObject({
  customers: decimalField({ min: 0, whole: true }),
  participationPct: ratePctField(),
  /** Yearly revenue of the whole target group, before participation is applied. */
  annualRevenue: moneyField(),
  growthPct: growthPctField(),
  marginPct: ratePctField(),
  kickbackPct: ratePctField(),
  redemptionPct: ratePctField(),
  oneTimeInvestment: moneyField(),
  capitalizeYears: wholeNumberField(1, 30),
  annualMarketing: moneyField(),
});

export const customerAcquisitionInputsSchema = z.strictObject({
  cac: moneyField(),
  ltv: moneyField(),
  /** Required LTV:CAC ratio, e.g. 3 for "LTV at least three times CAC". */
  targetRatio: decimalField({ min: 0, minExclusive: true, max: 1000 }),
  customersPerMonth: decimalField({ min: 0 }),
});

export const TEMPLATE_NAMES = ["loyaltyProgram", "customerAcquisition"] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

export const TEMPLATE_INPUT_SCHEMAS = {
  loyaltyProgram: loyaltyProgramInputsSchema,
  customerAcquisition: customerAcquisitionInputsSchema,
} as const;

export type LoyaltyProgramInputs = z.output<typeof loyaltyProgramInputsSchema>;
export type CustomerAcquisitionInputs = z.output<typeof customerAcquisitionInputsSchema>;
