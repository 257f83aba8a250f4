import type { Benefit } from "./schema-items";
import { resolveSpan } from "./monthly-values";

/** A non-fatal remark about a definition, pointing at the field it concerns. */
export interface EngineWarning {
  code: "REVENUE_WITHOUT_MARGIN" | "RAMP_NOT_COMPLETED" | "AMORTISATION_CLIPPED";
  path: string;
  message: string;
}

/** Remarks about the definition's own benefits (template warnings come from the expansion). */
export function collectBenefitWarnings(benefits: readonly Benefit[], horizon: number): EngineWarning[] {
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
    if (ramp > 0 && from + ramp > to) {
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
