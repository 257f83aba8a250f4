import { z } from "zod";
import { validatePlan } from "@/lib/investments/definition";
import { CATEGORIES, investmentHeaderInput, planDocument, type InvestmentHeader, type PlanDocument } from "@/lib/investments/schemas";
import { ApiProblem, type FieldProblem } from "../problem";

// The format v1 document as the API takes it (docs/format-v1.md): the plan part the engine
// validates (its item fields are checked by lib/roi, which names every problem by its path,
// "costs.1.month"), the investment's header and details, and KPIs and actuals, which these
// operations do not write (an empty list is accepted, so an exported document fits).

export const FORMAT_V1_ONLY_MESSAGE = "must be 1 (format v1)";
export const CATEGORY_MESSAGE = `must be one of ${CATEGORIES.join(", ")}`;
export const KPIS_NOT_WRITTEN_MESSAGE = "KPIs are not written through the API: leave kpis out (or empty) and add KPIs in the app";
export const ACTUALS_NOT_WRITTEN_MESSAGE =
  "Actuals are not written with the plan: leave actuals out (or empty) and record them with POST /workspaces/{slug}/investments/{id}/actuals:batch";

const items = (what: string) =>
  planDocument.shape.costs.meta({
    description: `The ${what} items of format v1 (see docs/format-v1.md); the engine checks each field and names it by its path`,
  });

/** The plan part of format v1. */
export const planFields = {
  version: z.literal(1, { error: FORMAT_V1_ONLY_MESSAGE }).optional().meta({ description: "The format version; exports write 1" }),
  template: planDocument.shape.template.meta({ description: "A template the plan expands (loyaltyProgram or customerAcquisition), with its inputs" }),
  inputs: planDocument.shape.inputs.meta({ description: "The template's inputs (only together with template)" }),
  costs: items("cost"),
  benefits: items("benefit"),
  scenarios: planDocument.shape.scenarios.meta({ description: "Benefit multipliers: conservative, expected, optimistic (defaults 0.8, 1.0, 1.2)" }),
  kpis: z.array(z.unknown()).max(0, KPIS_NOT_WRITTEN_MESSAGE).optional().meta({ description: "Accepted only empty: the API does not write KPIs" }),
  actuals: z
    .array(z.unknown())
    .max(0, ACTUALS_NOT_WRITTEN_MESSAGE)
    .optional()
    .meta({ description: "Accepted only empty: record actuals with POST …/actuals:batch" }),
};

type PlanFields = { template?: PlanDocument["template"]; inputs?: PlanDocument["inputs"]; costs: unknown[]; benefits: unknown[]; scenarios?: PlanDocument["scenarios"] };

/** The plan to store, from a document's plan fields (everything else of the document left aside). */
export const planOf = (document: PlanFields): PlanDocument =>
  planDocument.parse({ template: document.template, inputs: document.inputs, costs: document.costs, benefits: document.benefits, scenarios: document.scenarios });

/** A new investment: a format v1 document with the investment's details (category, description, owner). */
export const newInvestmentDocument = z
  .strictObject({
    name: investmentHeaderInput.shape.name,
    currency: investmentHeaderInput.shape.currency.meta({ description: "ISO 4217; every amount of the investment is in it", example: "EUR" }),
    startMonth: investmentHeaderInput.shape.startMonth.meta({ description: "Month 1 of the plan, YYYY-MM", example: "2026-01" }),
    horizonMonths: investmentHeaderInput.shape.horizonMonths.meta({ description: "1 to 120 months", example: 24 }),
    category: z.enum(CATEGORIES, { error: CATEGORY_MESSAGE }).default("other"),
    description: investmentHeaderInput.shape.description,
    ownerName: investmentHeaderInput.shape.ownerName,
    ...planFields,
  })
  .meta({ id: "NewInvestment", description: "A format v1 document (docs/format-v1.md) without KPIs and actuals; category defaults to other" });

/**
 * The engine's verdict on a plan under a header: a 422 naming every problem by the
 * engine's own path below `prefix` ("costs.1.month", or "document.costs.1.month").
 */
export function requireEngineValidPlan(header: Pick<InvestmentHeader, "name" | "currency" | "startMonth" | "horizonMonths">, plan: PlanDocument, prefix = "") {
  const validation = validatePlan(header, plan);
  if (validation.ok) return;
  const errors: FieldProblem[] = validation.errors.map((e) => ({ path: [prefix, e.path].filter(Boolean).join("."), message: e.message }));
  throw new ApiProblem("invalid-input", "Please correct the fields listed in errors", { errors });
}
