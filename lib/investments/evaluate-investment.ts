import { evaluateDefinition, parseDefinition, type LeakThresholds, type RoiResult, type ValidationError } from "@/lib/roi";
import { buildFullDefinition, buildPlanDefinition } from "./definition";
import { dateToPeriod } from "./months";
import type { InvestmentDetail } from "./queries";
import type { PlanDocument } from "./schemas";
import { isRunning } from "./status";

export type InvestmentEvaluation =
  | { ok: true; result: RoiResult; versionUsed: number | null }
  | { ok: false; errors: ValidationError[]; versionUsed: number | null };

/**
 * The forecast to compare against: the chosen plan version, else the latest approved
 * one, else the working draft — with the investment's KPIs and actuals.
 */
export function evaluateInvestment(
  investment: InvestmentDetail,
  options: { version?: number; today?: Date; leakThresholds?: Partial<LeakThresholds> } = {},
): InvestmentEvaluation {
  const chosen = options.version !== undefined ? investment.versions.find((v) => v.version === options.version) : investment.versions[0];
  const plan = chosen
    ? (chosen.definition as Record<string, unknown>)
    : buildPlanDefinition(
        { name: investment.name, currency: investment.currency, startMonth: dateToPeriod(investment.startMonth), horizonMonths: investment.horizonMonths },
        investment.plan as PlanDocument,
      );
  const document = buildFullDefinition({ plan, kpis: investment.kpis, actuals: investment.actuals });
  const parsed = parseDefinition(document);
  const versionUsed = chosen?.version ?? null;
  if (!parsed.ok) return { ok: false, errors: parsed.errors, versionUsed };
  const result = evaluateDefinition(parsed.definition, {
    today: options.today ?? new Date(),
    active: isRunning(investment.status),
    leakThresholds: options.leakThresholds,
  });
  return { ok: true, result, versionUsed };
}
