import { Dec } from "./decimal";
import { MAX_GROWTH_PCT, MAX_MONEY } from "./schema-fields";
import type { TemplateName } from "./schema-templates";

/**
 * The largest value each Decimal template input allows (lib/roi/schema-templates.ts): the
 * sensitivity clamps an input moved up by 20% to it (a participation of 90% becomes 100%, not
 * 108%). Whole-number inputs (capitalizeYears) are not listed: moving them by 20% would mean
 * fractional years, so they are not sensitivity drivers. sensitivity-inputs.test.ts checks this
 * table against the schemas, so a new input cannot be forgotten.
 */
export const TEMPLATE_INPUT_MAXIMA: Readonly<Record<TemplateName, Readonly<Record<string, Dec>>>> = {
  loyaltyProgram: {
    customers: MAX_MONEY,
    participationPct: new Dec(100),
    annualRevenue: MAX_MONEY,
    growthPct: new Dec(MAX_GROWTH_PCT),
    marginPct: new Dec(100),
    kickbackPct: new Dec(100),
    redemptionPct: new Dec(100),
    oneTimeInvestment: MAX_MONEY,
    annualMarketing: MAX_MONEY,
  },
  customerAcquisition: {
    cac: MAX_MONEY,
    ltv: MAX_MONEY,
    targetRatio: new Dec(1000),
    customersPerMonth: MAX_MONEY,
  },
};

export interface MovedInput {
  value: Dec;
  clamped: boolean;
}

/** value × factor, kept at or below the input's maximum (every input is ≥ 0, so moving down never leaves the range). */
export function moveInput(template: TemplateName, key: string, value: Dec, factor: Dec): MovedInput {
  const moved = value.times(factor);
  const maximum = TEMPLATE_INPUT_MAXIMA[template][key] ?? MAX_MONEY;
  return moved.gt(maximum) ? { value: maximum, clamped: true } : { value: moved, clamped: false };
}
