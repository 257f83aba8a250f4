import { isDec } from "./decimal";
import { outputCents, outputCentsOrNull } from "./output";
import type { JsonValue } from "./parse";
import type { ExpansionResult } from "./result-types";
import type { TemplateExpansion } from "./templates";

// Expanded items are shown to users, so amounts appear rounded to cents like every other
// output figure; the engine itself keeps computing with the exact values.
function presentItem(item: object): JsonValue {
  const out: { [key: string]: JsonValue } = {};
  for (const [key, value] of Object.entries(item)) {
    if (isDec(value)) out[key] = outputCents(value);
    else if (typeof value === "string" || typeof value === "number") out[key] = value;
  }
  return out;
}

export function presentExpansion(expansion: TemplateExpansion): ExpansionResult {
  const summary: { [key: string]: number | null } = {};
  const source = expansion.loyaltyProgram ?? expansion.customerAcquisition ?? {};
  for (const [key, value] of Object.entries(source)) {
    if (value === null || isDec(value)) summary[key] = outputCentsOrNull(value);
  }
  return {
    template: expansion.template,
    costs: expansion.costs.map(presentItem),
    benefits: expansion.benefits.map(presentItem),
    summary,
  };
}
