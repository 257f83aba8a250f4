import { type Dec, ONE, TWELVE, fromPercent } from "./decimal";
import { computeBcr, computeRoiPct, formatMoney } from "./output";
import type { InvestmentDefinition } from "./schema";
import type { Benefit, Cost } from "./schema-items";
import type { CustomerAcquisitionInputs, LoyaltyProgramInputs, TemplateName } from "./schema-templates";
import type { EngineWarning } from "./warnings";

export interface LoyaltyProgramSummary {
  participants: Dec;
  participantRevenue: Dec;
  extraGrossProfitPerYear: Dec;
  pointsCostPerYear: Dec;
  annualMarketing: Dec;
  amortisationPerYear: Dec;
  costPerYear: Dec;
  /** Net ROI of one full year: (extra gross profit − yearly cost) ÷ yearly cost × 100. */
  yearlyRoiPct: Dec | null;
  /** Extra gross profit ÷ yearly cost; ×100 it is what the loyalty calculator in the sources calls "ROI". */
  yearlyBcr: Dec | null;
}

export interface CustomerAcquisitionSummary {
  roiPct: Dec | null;
  ltvCacRatio: Dec | null;
  maxCac: Dec;
}

export interface TemplateExpansion {
  template: TemplateName;
  costs: Cost[];
  benefits: Benefit[];
  loyaltyProgram?: LoyaltyProgramSummary;
  customerAcquisition?: CustomerAcquisitionSummary;
  warnings: EngineWarning[];
}

/**
 * The loyalty calculator's steps (seed 001), one formula each, percentages as percents:
 * summariseLoyaltyProgram and the plan editor's step-by-step figures
 * (lib/investments/item-derivation.ts) both use these.
 */
export const LOYALTY_FORMULAS = {
  participants: (customers: Dec, participationPct: Dec) => customers.times(fromPercent(participationPct)),
  participantRevenue: (annualRevenue: Dec, participationPct: Dec) => annualRevenue.times(fromPercent(participationPct)),
  extraGrossProfitPerYear: (participantRevenue: Dec, growthPct: Dec, marginPct: Dec) =>
    participantRevenue.times(fromPercent(growthPct)).times(fromPercent(marginPct)),
  pointsCostPerYear: (participantRevenue: Dec, growthPct: Dec, kickbackPct: Dec, redemptionPct: Dec) =>
    participantRevenue
      .times(ONE.plus(fromPercent(growthPct)))
      .times(fromPercent(kickbackPct))
      .times(fromPercent(redemptionPct)),
  amortisationPerYear: (oneTimeInvestment: Dec, capitalizeYears: Dec | number) => oneTimeInvestment.div(capitalizeYears),
  costPerYear: (pointsCost: Dec, annualMarketing: Dec, amortisation: Dec) => pointsCost.plus(annualMarketing).plus(amortisation),
};

export function summariseLoyaltyProgram(inputs: LoyaltyProgramInputs): LoyaltyProgramSummary {
  const f = LOYALTY_FORMULAS;
  const participantRevenue = f.participantRevenue(inputs.annualRevenue, inputs.participationPct);
  const extraGrossProfitPerYear = f.extraGrossProfitPerYear(participantRevenue, inputs.growthPct, inputs.marginPct);
  const pointsCostPerYear = f.pointsCostPerYear(participantRevenue, inputs.growthPct, inputs.kickbackPct, inputs.redemptionPct);
  const amortisationPerYear = f.amortisationPerYear(inputs.oneTimeInvestment, inputs.capitalizeYears);
  const costPerYear = f.costPerYear(pointsCostPerYear, inputs.annualMarketing, amortisationPerYear);
  return {
    participants: f.participants(inputs.customers, inputs.participationPct),
    participantRevenue,
    extraGrossProfitPerYear,
    pointsCostPerYear,
    annualMarketing: inputs.annualMarketing,
    amortisationPerYear,
    costPerYear,
    yearlyRoiPct: computeRoiPct(extraGrossProfitPerYear, costPerYear),
    yearlyBcr: computeBcr(extraGrossProfitPerYear, costPerYear),
  };
}

function expandLoyaltyProgram(inputs: LoyaltyProgramInputs, horizon: number, currency: string): TemplateExpansion {
  const summary = summariseLoyaltyProgram(inputs);
  const amortisationMonths = inputs.capitalizeYears * 12;
  const warnings: EngineWarning[] = [];
  if (amortisationMonths > horizon && !inputs.oneTimeInvestment.isZero()) {
    const inside = inputs.oneTimeInvestment.times(horizon).div(amortisationMonths);
    warnings.push({
      code: "AMORTISATION_CLIPPED",
      path: "inputs.capitalizeYears",
      message:
        `The one-time investment is amortised over ${amortisationMonths} months but the horizon has ` +
        `${horizon}; only ${formatMoney(inside, currency)} of ${formatMoney(inputs.oneTimeInvestment, currency)} ` +
        "falls within it. Extend the horizon to see the full cost.",
    });
  }
  return {
    template: "loyaltyProgram",
    costs: [
      {
        kind: "recurring",
        label: "Redeemed points",
        monthly: summary.pointsCostPerYear.div(TWELVE),
        fromMonth: 1,
        toMonth: horizon,
      },
      {
        kind: "recurring",
        label: "Programme marketing",
        monthly: inputs.annualMarketing.div(TWELVE),
        fromMonth: 1,
        toMonth: horizon,
      },
      {
        kind: "recurring",
        label: `One-time investment, amortised over ${inputs.capitalizeYears} years`,
        monthly: inputs.oneTimeInvestment.div(amortisationMonths),
        fromMonth: 1,
        toMonth: Math.min(amortisationMonths, horizon),
      },
    ],
    benefits: [
      {
        kind: "fixed",
        label: "Extra gross profit from participants",
        monthly: summary.extraGrossProfitPerYear.div(TWELVE),
        fromMonth: 1,
        toMonth: horizon,
      },
    ],
    loyaltyProgram: summary,
    warnings,
  };
}

export function summariseCustomerAcquisition(inputs: CustomerAcquisitionInputs): CustomerAcquisitionSummary {
  const { cac, ltv } = inputs;
  return {
    roiPct: computeRoiPct(ltv, cac),
    ltvCacRatio: computeBcr(ltv, cac),
    maxCac: ltv.div(inputs.targetRatio),
  };
}

function expandCustomerAcquisition(inputs: CustomerAcquisitionInputs, horizon: number): TemplateExpansion {
  return {
    template: "customerAcquisition",
    costs: [
      {
        kind: "recurring",
        label: "Customer acquisition (customers × CAC)",
        monthly: inputs.customersPerMonth.times(inputs.cac),
        fromMonth: 1,
        toMonth: horizon,
      },
    ],
    benefits: [
      {
        kind: "fixed",
        label: "Lifetime value of new customers (customers × LTV)",
        monthly: inputs.customersPerMonth.times(inputs.ltv),
        fromMonth: 1,
        toMonth: horizon,
      },
    ],
    customerAcquisition: summariseCustomerAcquisition(inputs),
    warnings: [],
  };
}

/** The plain costs and benefits a template stands for; null without a template. */
export function expandTemplate(definition: InvestmentDefinition): TemplateExpansion | null {
  if (definition.template === "loyaltyProgram") {
    return expandLoyaltyProgram(definition.inputs, definition.horizonMonths, definition.currency);
  }
  if (definition.template === "customerAcquisition") {
    return expandCustomerAcquisition(definition.inputs, definition.horizonMonths);
  }
  return null;
}
