import {
  evaluateDefinition,
  parseDefinition,
  type LeakThresholds,
  type RoiResult,
  type ValidationError,
} from "@/lib/roi";
import { buildFullDefinition, buildPlanDefinition, type ActualRow, type KpiRow } from "./definition";
import { dateToPeriod } from "./months";
import { comparePlans, type ComparisonBasis, type PlanComparison } from "./plan-comparison";
import { createVersionParser, numberRecordedMonths, resolveInForcePlans, type PlanVersionRow } from "./plan-in-force";
import type { InvestmentStatus, PlanDocument } from "./schemas";
import { isRunning } from "./status";

/**
 * What the evaluation reads of an investment (`InvestmentDetail` from `getInvestmentDetail`
 * fits). Callers must load **all** plan versions with their definitions, newest first
 * (`versions[0]` is the current plan), and each actual's `planVersionId`: the recorded months
 * are compared with the version in force when they were recorded, and a month whose version
 * is missing from `versions` silently falls back to the evaluated plan.
 */
export type InvestmentForEvaluation = {
  name: string;
  currency: string;
  startMonth: Date;
  horizonMonths: number;
  status: InvestmentStatus;
  plan: unknown;
  versions: readonly PlanVersionRow[];
  kpis: KpiRow[];
  actuals: (ActualRow & { planVersionId: string | null })[];
};

export type EvaluateInvestmentOptions = {
  /** The plan version to evaluate; default the current one (or the draft before approval). */
  version?: number;
  today?: Date;
  leakThresholds?: Partial<LeakThresholds>;
  /** What the recorded months are compared with; default "in-force" (see PlanComparison). */
  compareWith?: ComparisonBasis;
  /** The workspace's default annual discount rate in % (null: the engine's 8%); the plan's own rate wins. */
  discountRatePct?: string | null;
  /** Also compute the tornado and the seeded simulation (`result.risk`); the pages, the PDF and the CLI do. */
  risk?: boolean;
};

export type InvestmentEvaluation =
  | { ok: true; result: RoiResult; versionUsed: number | null; planComparison: PlanComparison | null }
  | { ok: false; errors: ValidationError[]; versionUsed: number | null };

/**
 * The forecast of the chosen plan version, else the current (latest) one, else the working
 * draft — with the investment's KPIs and actuals. Each recorded month is compared with the
 * plan version in force when it was recorded (so a re-forecast does not move the goalposts);
 * the scenarios and the projection of later months follow the evaluated plan.
 * `planComparison` (null without recorded months) shows the original and the current plan
 * side by side for the recorded months. Each distinct version is parsed once per call.
 */
export function evaluateInvestment(
  investment: InvestmentForEvaluation,
  options: EvaluateInvestmentOptions = {},
): InvestmentEvaluation {
  const { versions } = investment;
  const chosen = options.version !== undefined ? versions.find((v) => v.version === options.version) : versions[0];
  const plan = chosen
    ? (chosen.definition as Record<string, unknown>)
    : buildPlanDefinition(
        {
          name: investment.name,
          currency: investment.currency,
          startMonth: dateToPeriod(investment.startMonth),
          horizonMonths: investment.horizonMonths,
        },
        investment.plan as PlanDocument,
      );
  const document = buildFullDefinition({ plan, kpis: investment.kpis, actuals: investment.actuals });
  const parsed = parseDefinition(document);
  const versionUsed = chosen?.version ?? null;
  if (!parsed.ok) return { ok: false, errors: parsed.errors, versionUsed };

  const { definition } = parsed;
  const evaluated = { versionId: chosen?.id ?? null, version: versionUsed };
  const planOf = createVersionParser({ versionId: evaluated.versionId, definition });
  const recorded = numberRecordedMonths(investment.actuals, definition);
  const inForce = resolveInForcePlans({ versions, recorded, evaluated, planOf });
  const basis = options.compareWith ?? "in-force";
  const result = evaluateDefinition(definition, {
    today: options.today ?? new Date(),
    active: isRunning(investment.status),
    leakThresholds: options.leakThresholds,
    referencePlans: basis === "in-force" ? inForce.referencePlans : [],
    ...(options.discountRatePct != null ? { discountRatePct: options.discountRatePct } : {}),
    ...(options.risk ? { risk: true } : {}),
  });
  const first = versions.reduce<PlanVersionRow | undefined>(
    (a, b) => (a === undefined || b.version < a.version ? b : a),
    undefined,
  );
  const current = versions[0];
  const planComparison =
    recorded.length === 0
      ? null
      : comparePlans({
          definition,
          evaluatedVersion: versionUsed,
          months: recorded.map((r) => r.month),
          basis,
          original: first ? { version: first.version, definition: planOf(first) } : null,
          current: current ? { version: current.version, definition: planOf(current) } : null,
          inForce,
        });
  return { ok: true, result, versionUsed, planComparison };
}
