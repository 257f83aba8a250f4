import { ZERO } from "./decimal";
import { detectActualsLeaks } from "./leak-rules-actuals";
import { detectPlanLeaks } from "./leak-rules-plan";
import type { LeakContext } from "./leak-support";
import { outputCents } from "./output";
import { LEAK_CODES, type Leak } from "./result-types";

export { DEFAULT_LEAK_THRESHOLDS, resolveLeakThresholds, type LeakThresholds } from "./leak-support";

function compareLeaks(a: Leak, b: Leak): number {
  if (a.atStakeMonthly !== b.atStakeMonthly) return b.atStakeMonthly - a.atStakeMonthly;
  const byCode = LEAK_CODES.indexOf(a.code) - LEAK_CODES.indexOf(b.code);
  if (byCode !== 0) return byCode;
  return (a.months[0] ?? 0) - (b.months[0] ?? 0);
}

/** All value leaks, largest money at stake per month first. */
export function detectLeaks(context: LeakContext): Leak[] {
  const drafts = [...detectPlanLeaks(context), ...detectActualsLeaks(context)];
  return drafts
    .map((draft): Leak => {
      const leak: Leak = {
        code: draft.code,
        months: draft.months,
        atStakeMonthly: outputCents(draft.atStake.isNegative() ? ZERO : draft.atStake),
        message: draft.message,
      };
      if (draft.kpi !== undefined) leak.kpi = draft.kpi;
      return leak;
    })
    .sort(compareLeaks);
}
