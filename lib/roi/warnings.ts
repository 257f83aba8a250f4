import type { Benefit, Cost } from "./schema-items";
import { resolveSpan } from "./monthly-values";

/** A non-fatal remark about a definition, pointing at the field it concerns. */
export interface EngineWarning {
  code: "REVENUE_WITHOUT_MARGIN" | "RAMP_NOT_COMPLETED" | "AMORTISATION_CLIPPED" | "BEYOND_HORIZON";
  path: string;
  message: string;
}

/** The months of an item that lie after the horizon, as [first, last]; null when it fits. */
function monthsBeyond(item: Cost | Benefit, horizon: number): [number, number] | null {
  if (item.kind === "oneTime") return item.month > horizon ? [item.month, item.month] : null;
  const from = item.fromMonth ?? 1;
  const to = item.toMonth ?? horizon;
  return to > horizon ? [Math.max(from, horizon + 1), to] : null;
}

/** Costs and benefits (partly) after the horizon: allowed, but those months contribute nothing. */
function collectBeyondHorizonWarnings(list: readonly (Cost | Benefit)[], name: "costs" | "benefits", horizon: number): EngineWarning[] {
  const warnings: EngineWarning[] = [];
  list.forEach((item, index) => {
    const beyond = monthsBeyond(item, horizon);
    if (!beyond) return;
    const [first, last] = beyond;
    const months = first === last ? `month ${first}` : `months ${first}–${last}`;
    const whole = item.kind === "oneTime" || (item.fromMonth ?? 1) > horizon;
    warnings.push({
      code: "BEYOND_HORIZON",
      path: `${name}.${index}`,
      message: whole
        ? `"${item.label}" lies after the horizon (${months} of ${horizon}) and contributes nothing.`
        : `"${item.label}" runs past the horizon: ${months} lie after month ${horizon} and contribute nothing.`,
    });
  });
  return warnings;
}

/** Remarks about the definition's own costs and benefits (template warnings come from the expansion). */
export function collectItemWarnings(costs: readonly Cost[], benefits: readonly Benefit[], horizon: number): EngineWarning[] {
  return [
    ...collectBeyondHorizonWarnings(costs, "costs", horizon),
    ...collectBeyondHorizonWarnings(benefits, "benefits", horizon),
    ...collectBenefitWarnings(benefits, horizon),
  ];
}

function collectBenefitWarnings(benefits: readonly Benefit[], horizon: number): EngineWarning[] {
  const warnings: EngineWarning[] = [];
  benefits.forEach((benefit, index) => {
    const path = `benefits.${index}`;
    const isRevenue = benefit.kind === "revenueUplift" || benefit.kind === "conversionUplift";
    if (isRevenue && benefit.marginPct === undefined) {
      warnings.push({
        code: "REVENUE_WITHOUT_MARGIN",
        path,
        message:
          `"${benefit.label}" counts extra revenue without a margin, so it is treated as 100% profit. ` +
          "ROI on revenue overstates the return: add marginPct to count the extra gross profit instead.",
      });
    }
    const ramp = benefit.rampMonths ?? 0;
    const { from, to } = resolveSpan(benefit, horizon);
    if (ramp > 0 && from <= horizon && from + ramp > to) {
      warnings.push({
        code: "RAMP_NOT_COMPLETED",
        path: `${path}.rampMonths`,
        message:
          `"${benefit.label}" would reach full value in month ${from + ramp}, after it ends (month ${to}); ` +
          "it never contributes its full monthly value.",
      });
    }
  });
  return warnings;
}
