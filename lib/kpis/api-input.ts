import { z } from "zod";
import { evenAfterOtherIssues } from "@/lib/actuals/schemas";
import { readMeasurement } from "./schemas";

// A KPI value as the API takes it: a decimal string in "." notation, checked by the KPI
// section's own rule (readMeasurement: negative allowed, at most 4 decimals, not absurdly
// large), read as English notation, which a plain decimal string is.

export const KPI_VALUE_PATTERN = /^-?\d{1,15}(\.\d{1,4})?$/;

export const kpiValue = z
  .string()
  .regex(KPI_VALUE_PATTERN, 'must be a number like "118.5" (a decimal string, at most 4 decimals)')
  .meta({ description: "An exact KPI value as a decimal string, in the KPI's unit", example: "118.5" });

/** The body of PUT …/kpis/{kpiId}/measurements/{month}. */
export const kpiMeasurementBody = z
  .strictObject({ value: kpiValue })
  .superRefine((input, ctx) => {
    if (typeof input.value !== "string" || !KPI_VALUE_PATTERN.test(input.value)) return; // already refused by its pattern
    const { message } = readMeasurement(input.value, "en");
    if (message) ctx.addIssue({ code: "custom", path: ["value"], message });
  }, evenAfterOtherIssues)
  .transform((input) => ({ value: readMeasurement(input.value, "en").value }))
  .meta({ id: "KpiMeasurementInput", description: "One month's value of one KPI" });
