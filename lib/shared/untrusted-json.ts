import { findInputProblem, type InputProblem } from "./input-problems";

export type JsonReading = { ok: true; value: unknown } | { ok: false; syntaxError: string } | { ok: false; problem: InputProblem };

/**
 * JSON text from a user (an uploaded file, the plan editor's document), parsed and then
 * checked before any recursive code sees it: not nested too deeply, no key that reaches an
 * object's prototype ("__proto__", "constructor", "prototype"), no text the database cannot
 * store. A leading byte-order mark is ignored.
 */
export function readUntrustedJson(text: string): JsonReading {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { ok: false, syntaxError: error instanceof Error ? error.message : String(error) };
  }
  const problem = findInputProblem(value, { forbidPrototypeKeys: true });
  return problem ? { ok: false, problem } : { ok: true, value };
}
