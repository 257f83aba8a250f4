import { parseDefinition, serialiseDefinition, type JsonValue, type ValidationError } from "@/lib/roi";
import { dateToPeriod, monthNumberOf } from "./months";
import type { InvestmentHeader, PlanDocument } from "./schemas";

type Header = Pick<InvestmentHeader, "name" | "currency" | "startMonth" | "horizonMonths">;
type DecimalLike = { toString(): string };

export type KpiRow = {
  name: string;
  unit: string;
  baseline: DecimalLike | null;
  target: DecimalLike | null;
  direction: "up" | "down";
  measurements: { month: Date; value: DecimalLike }[];
};
export type ActualRow = { month: Date; cost: DecimalLike; benefit: DecimalLike };

/** The format v1 document of a plan (header + plan), without KPIs or actuals. */
export function buildPlanDefinition(header: Header, plan: PlanDocument): Record<string, unknown> {
  return {
    name: header.name,
    currency: header.currency,
    startMonth: header.startMonth,
    horizonMonths: header.horizonMonths,
    ...(plan.template ? { template: plan.template, inputs: plan.inputs ?? {} } : {}),
    costs: plan.costs,
    benefits: plan.benefits,
    ...(plan.scenarios ? { scenarios: plan.scenarios } : {}),
    ...(plan.discountRatePct !== undefined ? { discountRatePct: plan.discountRatePct } : {}),
  };
}

const inHorizon = (n: number, horizon: number) => n >= 1 && n <= horizon;

/** Stored rows → format v1: KPIs with measurements and actuals as month numbers, exact decimal strings. */
export function buildFullDefinition(input: { plan: Record<string, unknown>; kpis: KpiRow[]; actuals: ActualRow[] }) {
  const start = String(input.plan.startMonth);
  const horizon = Number(input.plan.horizonMonths);
  const kpis = input.kpis.map((kpi) => ({
    name: kpi.name,
    ...(kpi.unit ? { unit: kpi.unit } : {}),
    ...(kpi.baseline !== null ? { baseline: kpi.baseline.toString() } : {}),
    ...(kpi.target !== null ? { target: kpi.target.toString() } : {}),
    direction: kpi.direction,
    measurements: kpi.measurements
      .map((m) => ({ month: monthNumberOf(start, dateToPeriod(m.month)), value: m.value.toString() }))
      .filter((m) => inHorizon(m.month, horizon)),
  }));
  const actuals = input.actuals
    .map((a) => ({ month: monthNumberOf(start, dateToPeriod(a.month)), cost: a.cost.toString(), benefit: a.benefit.toString() }))
    .filter((a) => inHorizon(a.month, horizon));
  return { ...input.plan, kpis, actuals };
}

type JsonObject = { [key: string]: JsonValue };
export type PlanValidation = { ok: true; plan: JsonObject; definition: JsonObject } | { ok: false; errors: ValidationError[] };

/**
 * Validates a plan with the engine's own schema (the single source of truth) and
 * returns it normalised: numbers that JSON cannot carry exactly become decimal strings.
 */
export function validatePlan(header: Header, plan: PlanDocument): PlanValidation {
  const parsed = parseDefinition(buildPlanDefinition(header, plan));
  if (!parsed.ok) return parsed;
  const { kpis: _kpis, actuals: _actuals, ...definition } = serialiseDefinition(parsed.definition);
  const normalised: JsonObject = {
    ...(definition.template ? { template: definition.template, inputs: definition.inputs ?? {} } : {}),
    costs: definition.costs ?? [],
    benefits: definition.benefits ?? [],
    ...(definition.scenarios ? { scenarios: definition.scenarios } : {}),
    ...(definition.discountRatePct !== undefined ? { discountRatePct: definition.discountRatePct } : {}),
  };
  return { ok: true, plan: normalised, definition };
}

/** Engine paths ("costs.0.amount") become form field keys prefixed with "plan.". */
export function planErrorsToFieldErrors(errors: ValidationError[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const error of errors) {
    const key = ["name", "currency", "startMonth", "horizonMonths"].includes(error.path) ? error.path : `plan.${error.path}`;
    (out[key] ??= []).push(error.message);
  }
  return out;
}
