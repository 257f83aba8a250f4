import { z } from "zod";
import { PERIOD_PATTERN } from "./periods";
import { MAX_HORIZON_MONTHS, decimalField, labelField, wholeNumberField } from "./schema-fields";
import { actualSchema, benefitSchema, costSchema, kpiSchema, scenariosSchema } from "./schema-items";
import { checkDefinitionRules } from "./schema-rules";
import {
  TEMPLATE_NAMES,
  customerAcquisitionInputsSchema,
  loyaltyProgramInputsSchema,
  type CustomerAcquisitionInputs,
  type LoyaltyProgramInputs,
} from "./schema-templates";

const definitionObjectSchema = z.strictObject({
  version: z.literal(1).optional(),
  name: labelField(),
  // Descriptive fields an exported file carries (the app keeps them); the engine ignores them.
  category: z.string().max(40).optional(),
  description: z.string().max(2000).optional(),
  ownerName: z.string().max(100).optional(),
  currency: z.string().regex(/^[A-Z]{3}$/, { error: "must be a three-letter currency code such as EUR" }),
  startMonth: z.string().regex(PERIOD_PATTERN, { error: "must be a month like 2026-01 (YYYY-MM)" }),
  horizonMonths: wholeNumberField(1, MAX_HORIZON_MONTHS),
  template: z.enum(TEMPLATE_NAMES).optional(),
  // Checked against the chosen template's own schema by checkDefinitionRules.
  inputs: z.unknown().optional(),
  costs: z.array(costSchema).max(500).default([]),
  benefits: z.array(benefitSchema).max(500).default([]),
  scenarios: scenariosSchema.optional(),
  // Annual discount rate in percent for NPV, IRR and discounted payback (README "Discounting").
  discountRatePct: decimalField({ min: 0, max: 100 }).optional(),
  kpis: z.array(kpiSchema).max(100).default([]),
  actuals: z.array(actualSchema).max(MAX_HORIZON_MONTHS).default([]),
  asOfMonth: wholeNumberField(1, 100_000).optional(),
});

type DefinitionBase = Omit<z.output<typeof definitionObjectSchema>, "template" | "inputs">;

export type TemplateChoice =
  | { template: "loyaltyProgram"; inputs: LoyaltyProgramInputs }
  | { template: "customerAcquisition"; inputs: CustomerAcquisitionInputs }
  | { template?: undefined; inputs?: undefined };

/** A parsed, valid investment definition (format v1); money and percentages are Decimals. */
export type InvestmentDefinition = DefinitionBase & TemplateChoice;

/** What a caller may send: numbers as JSON numbers or decimal strings. */
export type InvestmentDefinitionInput = z.input<typeof definitionObjectSchema>;

function attachTemplateInputs(
  value: z.output<typeof definitionObjectSchema>,
  ctx: z.core.$RefinementCtx<unknown>,
): InvestmentDefinition {
  const { template, inputs, ...base } = value;
  if (template === undefined) return base;
  // Already validated by checkDefinitionRules; parsing again yields the typed Decimals.
  if (template === "loyaltyProgram") {
    const result = loyaltyProgramInputsSchema.safeParse(inputs);
    if (result.success) return { ...base, template, inputs: result.data };
  } else {
    const result = customerAcquisitionInputsSchema.safeParse(inputs);
    if (result.success) return { ...base, template, inputs: result.data };
  }
  ctx.addIssue({ code: "custom", path: ["inputs"], message: "are invalid for the template" });
  return z.NEVER;
}

/** The single source of truth for format v1: structure, ranges and cross-field rules. */
export const investmentDefinitionSchema = definitionObjectSchema
  .superRefine(checkDefinitionRules, { when: () => true })
  .transform(attachTemplateInputs);
