// Shared fixtures for the engine's tests (kept free of test-framework imports so the module
// stays dependency-free); not part of the public API.
import { type EvaluateOptions, evaluateDefinition } from "./evaluate";
import { parseDefinition } from "./parse";
import type { Leak, LeakCode } from "./result-types";
import type { InvestmentDefinition, InvestmentDefinitionInput } from "./schema";

export const TODAY = "2026-11-25";

/** A small valid document; tests override what they are about. */
export function buildInput(overrides: Partial<InvestmentDefinitionInput> = {}): InvestmentDefinitionInput {
  return {
    name: "Test investment",
    currency: "EUR",
    startMonth: "2026-01",
    horizonMonths: 12,
    costs: [],
    benefits: [],
    asOfMonth: 1,
    ...overrides,
  };
}

export function parseOrThrow(input: unknown): InvestmentDefinition {
  const parsed = parseDefinition(input);
  if (!parsed.ok) {
    throw new Error(`invalid test definition: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join("; ")}`);
  }
  return parsed.definition;
}

/** Paths of every number in a JSON value that is NaN or ±Infinity (there must be none). */
export function findNonFiniteNumbers(value: unknown, path = ""): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => findNonFiniteNumbers(item, `${path}.${i}`));
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => findNonFiniteNumbers(item, `${path}.${key}`));
  }
  return [];
}

export type TestActuals = NonNullable<InvestmentDefinitionInput["actuals"]>;

/** Plan for leak tests: 6,000 setup in month 1, a 500 licence every month, 2,000 benefit a month; payback month 4. */
export const LEAK_TEST_PLAN: Partial<InvestmentDefinitionInput> = {
  costs: [
    { kind: "oneTime", label: "Setup", amount: 6000, month: 1 },
    { kind: "recurring", label: "Licence", monthly: 500 },
  ],
  benefits: [{ kind: "fixed", label: "Saving", monthly: 2000 }],
  kpis: [{ name: "Conversion rate", unit: "%", baseline: 1.8, target: 2.9, direction: "up", measurements: [] }],
};

/** Actuals exactly on LEAK_TEST_PLAN for months 1..n. */
export function onPlanActuals(n: number): TestActuals {
  return Array.from({ length: n }, (_, i) => ({ month: i + 1, cost: i === 0 ? 6500 : 500, benefit: 2000 }));
}

/** Leaks of LEAK_TEST_PLAN with overrides; asOfMonth defaults to the month after the last actual. */
export function collectLeaks(overrides: Partial<InvestmentDefinitionInput>, options: EvaluateOptions = {}): Leak[] {
  const lastActual = overrides.actuals?.reduce((max, a) => Math.max(max, a.month), 0) ?? 0;
  const definition = parseOrThrow(buildInput({ ...LEAK_TEST_PLAN, asOfMonth: lastActual + 1, ...overrides }));
  return evaluateDefinition(definition, { today: TODAY, ...options }).leaks;
}

export function findLeak(leaks: Leak[], code: LeakCode): Leak | undefined {
  return leaks.find((leak) => leak.code === code);
}
