import { notationOfLocale, parseDecimalInput } from "@/lib/shared/decimal-input";
import { draftRangeOf } from "./item-range";
import { BENEFIT_FIELDS, COST_FIELDS, TEMPLATE_FIELDS, normaliseItem, type FieldSpec } from "./plan-fields";
import type { PlanDocument } from "./schemas";

type Item = Record<string, unknown>;

/** One separator followed by exactly three digits: "100.000" is 100 000 in Dutch and 100 in English. */
const AMBIGUOUS = /^[-\u2212+]?\s*(?:€|\$|£)?\s*[1-9]\d{0,2}[.,]\d{3}\s*(?:€|\$|£)?$/;

/**
 * Accepts both decimal conventions in plan fields: "1.234,56" and "1,234.56" (the last
 * separator is the decimal one), and a lone comma as decimal comma ("12,5" → "12.5").
 * Only where that reading is ambiguous ("100.000", "1,250") does the writer's language
 * decide, as in the actuals grid. Text that is not a number (or groups digits in the
 * wrong places, "1.23.4") is passed on as typed, so the engine names the field.
 */
export function toEngineDecimal(text: string, locale: "nl" | "en" = "en"): string {
  const parsed = parseDecimalInput(text, AMBIGUOUS.test(text.trim()) ? notationOfLocale(locale) : "either");
  return parsed.ok ? parsed.value : text.trim();
}

function normaliseDecimals(item: Item, specs: FieldSpec[], locale: "nl" | "en"): Item {
  const out = { ...item };
  for (const spec of specs) {
    if (spec.kind === "decimal" && typeof out[spec.key] === "string") out[spec.key] = toEngineDecimal(out[spec.key] as string, locale);
  }
  return out;
}

/** Turns the plan editor's text values into a format v1 plan the engine can validate. */
export function draftToPlan(plan: PlanDocument, locale: "nl" | "en" = "en"): PlanDocument {
  const items = (list: unknown[], kinds: Record<string, FieldSpec[]>) =>
    (list as Item[]).map((item) => {
      const specs = kinds[String(item.kind)] ?? [];
      const out = normaliseDecimals(normaliseItem(item, specs), specs, locale);
      const range = draftRangeOf(item, locale);
      return range ? { ...out, range } : out;
    });
  const out: PlanDocument = { costs: items(plan.costs, COST_FIELDS), benefits: items(plan.benefits, BENEFIT_FIELDS) };
  // Empty = no rate of its own: the workspace's default (else the engine's 8%) applies.
  const rate = typeof plan.discountRatePct === "number" ? String(plan.discountRatePct) : (plan.discountRatePct ?? "").trim();
  if (rate !== "") out.discountRatePct = toEngineDecimal(rate.replace(/\s*%$/, ""), locale);
  if (plan.template) {
    const specs = TEMPLATE_FIELDS[plan.template] ?? [];
    const inputs = normaliseDecimals(normaliseItem({ ...(plan.inputs ?? {}) }, specs), specs, locale);
    delete inputs.kind;
    delete inputs.label;
    out.template = plan.template;
    out.inputs = inputs;
  }
  if (plan.scenarios) {
    out.scenarios = Object.fromEntries(Object.entries(plan.scenarios).map(([k, v]) => [k, toEngineDecimal(String(v ?? ""))]));
  }
  return out;
}
