import { ZERO } from "./decimal";
import { detectActualsLeaks } from "./leak-rules-actuals";
import { detectPlanLeaks } from "./leak-rules-plan";
import type { LeakContext, LeakDraft } from "./leak-support";
import { outputCents } from "./output";
import { LEAK_CODES, type Leak, type LeakCode } from "./result-types";

export { DEFAULT_LEAK_THRESHOLDS, resolveLeakThresholds, type LeakThresholds } from "./leak-support";

function compareLeaks(a: Leak, b: Leak): number {
  if (a.atStakeMonthly !== b.atStakeMonthly) return b.atStakeMonthly - a.atStakeMonthly;
  const byCode = LEAK_CODES.indexOf(a.code) - LEAK_CODES.indexOf(b.code);
  if (byCode !== 0) return byCode;
  return (a.months[0] ?? 0) - (b.months[0] ?? 0);
}

function finishLeak<C extends LeakCode>(draft: LeakDraft<C>): Leak<C> {
  const { code, months, atStake, params, kpi } = draft;
  const atStakeMonthly = outputCents(atStake.isNegative() ? ZERO : atStake);
  // Distributed over the codes, TypeScript cannot see that code and params still belong together.
  const leak = { code, months, atStakeMonthly, params } as Leak<C>;
  if (kpi !== undefined) leak.kpi = kpi;
  return leak;
}

/** All value leaks, largest money at stake per month first. */
export function detectLeaks(context: LeakContext): Leak[] {
  const drafts = [...detectPlanLeaks(context), ...detectActualsLeaks(context)];
  return drafts.map(finishLeak).sort(compareLeaks);
}
