import { Dec, isDec } from "./decimal";
import { toValidationErrors, type ValidationError } from "./errors";
import { investmentDefinitionSchema, type InvestmentDefinition } from "./schema";

export type ParseResult = { ok: true; definition: InvestmentDefinition } | { ok: false; errors: ValidationError[] };

/** Validates a JSON value against format v1. Never throws: every problem comes back with its path. */
export function parseDefinition(json: unknown): ParseResult {
  try {
    const result = investmentDefinitionSchema.safeParse(json, { reportInput: true });
    if (result.success) return { ok: true, definition: result.data };
    return { ok: false, errors: toValidationErrors(result.error.issues) };
  } catch (error) {
    // A hostile value (e.g. a throwing getter) must still produce an answer, not a crash.
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: "", message: `could not be read (${reason})` }] };
  }
}

/** Parses JSON text first; invalid JSON is reported like any other error. */
export function parseDefinitionText(text: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: "", message: `is not valid JSON (${reason})` }] };
  }
  return parseDefinition(json);
}

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

// A Decimal that a JSON number carries exactly stays a number (readable exports);
// anything else becomes a decimal string so nothing is lost.
function serialiseDecimal(value: Dec): number | string {
  const asJsNumber = value.toNumber();
  return new Dec(asJsNumber).eq(value) ? asJsNumber : value.toFixed();
}

function serialiseValue(value: unknown): JsonValue {
  if (isDec(value)) return serialiseDecimal(value);
  if (Array.isArray(value)) return value.map(serialiseValue);
  if (typeof value === "object" && value !== null) {
    const out: { [key: string]: JsonValue } = {};
    for (const [key, entry] of Object.entries(value)) {
      if (entry !== undefined) out[key] = serialiseValue(entry);
    }
    return out;
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return null;
}

/** Plain JSON for export, storage or the API; parseDefinition(serialiseDefinition(d)) equals d. */
export function serialiseDefinition(definition: InvestmentDefinition): { [key: string]: JsonValue } {
  return serialiseValue(definition) as { [key: string]: JsonValue };
}
