// Which fields each cost and benefit kind has, so one generic form can edit them all.
// Pure data: the rules themselves live in lib/roi's schema.

export type FieldSpec = { key: string; kind: "text" | "decimal" | "month" | "integer"; optional?: boolean; unit?: "money" | "pct" | "hours" | "minutes" | "count" | "months" | "ratio" | "years" };

const span: FieldSpec[] = [
  { key: "fromMonth", kind: "month", optional: true },
  { key: "toMonth", kind: "month", optional: true },
];
const ramp: FieldSpec = { key: "rampMonths", kind: "integer", optional: true, unit: "months" };

export const COST_FIELDS: Record<string, FieldSpec[]> = {
  oneTime: [{ key: "amount", kind: "decimal", unit: "money" }, { key: "month", kind: "month" }],
  recurring: [{ key: "monthly", kind: "decimal", unit: "money" }, ...span],
  internalTime: [
    { key: "hoursPerMonth", kind: "decimal", unit: "hours" },
    { key: "hourlyRate", kind: "decimal", unit: "money" },
    ...span,
  ],
};

export const BENEFIT_FIELDS: Record<string, FieldSpec[]> = {
  fixed: [{ key: "monthly", kind: "decimal", unit: "money" }, ...span, ramp],
  revenueUplift: [
    { key: "baseMonthlyRevenue", kind: "decimal", unit: "money" },
    { key: "upliftPct", kind: "decimal", unit: "pct" },
    { key: "marginPct", kind: "decimal", unit: "pct", optional: true },
    ...span,
    ramp,
  ],
  timeSaving: [
    { key: "minutesPerUnit", kind: "decimal", unit: "minutes" },
    { key: "unitsPerMonth", kind: "decimal", unit: "count" },
    { key: "hourlyRate", kind: "decimal", unit: "money" },
    ...span,
    ramp,
  ],
  conversionUplift: [
    { key: "visitorsPerMonth", kind: "decimal", unit: "count" },
    { key: "baselineRatePct", kind: "decimal", unit: "pct" },
    { key: "targetRatePct", kind: "decimal", unit: "pct" },
    { key: "orderValue", kind: "decimal", unit: "money" },
    { key: "marginPct", kind: "decimal", unit: "pct", optional: true },
    ...span,
    ramp,
  ],
};

export const TEMPLATE_FIELDS: Record<string, FieldSpec[]> = {
  loyaltyProgram: [
    { key: "customers", kind: "decimal", unit: "count" },
    { key: "participationPct", kind: "decimal", unit: "pct" },
    { key: "annualRevenue", kind: "decimal", unit: "money" },
    { key: "growthPct", kind: "decimal", unit: "pct" },
    { key: "marginPct", kind: "decimal", unit: "pct" },
    { key: "kickbackPct", kind: "decimal", unit: "pct" },
    { key: "redemptionPct", kind: "decimal", unit: "pct" },
    { key: "oneTimeInvestment", kind: "decimal", unit: "money" },
    { key: "capitalizeYears", kind: "integer", unit: "years" },
    { key: "annualMarketing", kind: "decimal", unit: "money" },
  ],
  customerAcquisition: [
    { key: "cac", kind: "decimal", unit: "money" },
    { key: "ltv", kind: "decimal", unit: "money" },
    { key: "targetRatio", kind: "decimal", unit: "ratio" },
    { key: "customersPerMonth", kind: "decimal", unit: "count" },
  ],
};

/** The loyalty calculator's five steps (seed 001), as groups of template inputs. */
export const LOYALTY_STEPS: string[][] = [
  ["customers", "participationPct"],
  ["annualRevenue", "growthPct", "marginPct"],
  ["kickbackPct", "redemptionPct"],
  ["oneTimeInvestment", "capitalizeYears", "annualMarketing"],
  [],
];

type Item = Record<string, unknown>;

/**
 * A form value becomes what format v1 expects: whole-number fields become numbers,
 * decimals stay exact strings, and empty optional fields disappear.
 */
export function normaliseItem(item: Item, specs: FieldSpec[]): Item {
  const out: Item = { kind: item.kind, label: item.label };
  for (const spec of specs) {
    const raw = item[spec.key];
    const text = typeof raw === "number" ? String(raw) : typeof raw === "string" ? raw.trim() : "";
    if (text === "") {
      if (!spec.optional) out[spec.key] = "";
      continue;
    }
    out[spec.key] = spec.kind === "month" || spec.kind === "integer" ? (/^-?\d+$/.test(text) ? Number.parseInt(text, 10) : text) : text;
  }
  return out;
}
