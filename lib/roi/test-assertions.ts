// Assertions shared by the engine's validation tests (vitest-only; the fixtures stay framework-free).
import { expect } from "vitest";
import { parseDefinition } from "./parse";

/** The errors of a definition that must be rejected. */
export function errorsOf(input: unknown) {
  const parsed = parseDefinition(input);
  if (parsed.ok) throw new Error("expected the definition to be rejected");
  return parsed.errors;
}

/** Asserts an error at `path`, optionally with the exact message (or a pattern). */
export function expectError(input: unknown, path: string, message?: string | RegExp) {
  const errors = errorsOf(input);
  const match = errors.find((error) => error.path === path);
  expect(match, `no error at ${path}; got ${JSON.stringify(errors)}`).toBeDefined();
  if (message instanceof RegExp) expect(match?.message).toMatch(message);
  else if (message) expect(match?.message).toBe(message);
}

export const oneTime = (amount: unknown, month: unknown = 1) => ({ kind: "oneTime", label: "Setup", amount, month });
export const fixed = (extra: Record<string, unknown> = {}) => ({ kind: "fixed", label: "Saving", monthly: 100, ...extra });
