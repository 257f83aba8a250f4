import { Dec, isDec } from "./decimal";
import {
  DISCOUNTED_DECIMALS,
  type DiscountBasis,
  type MultiplierScale,
  discountSeries,
  scaleMultiplier,
} from "./discounting";
import { centsToFigure, fixedToCents } from "./fixed-point";
import { buildBaseSeries } from "./monthly-values";
import type { SensitivityDriver, SensitivityPoint, SensitivityResult } from "./result-types";
import type { InvestmentDefinition } from "./schema";
import type { Benefit, Cost } from "./schema-items";
import { moveInput } from "./sensitivity-inputs";
import { expandTemplate } from "./templates";
import { outputRoiFromFixed } from "./totals";

// The tornado (README "Sensitivity"): the expected scenario's net ROI and NPV with one driver
// moved down and up by 20%, everything else unchanged. Items are linear — an item at 80% takes
// 20% of its own total and discounted total off the plan's — so they are computed exactly from
// those totals; template inputs are not linear (a participation rate multiplies into several
// items), so the template is expanded again with the moved input.

/** Each driver is moved by this many percent down and up. */
export const SENSITIVITY_CHANGE_PCT = 20;

export interface SensitivityInput {
  definition: InvestmentDefinition;
  expectedMultiplier: Dec;
  discountRatePct: Dec;
  /** The unchanged plan's discount basis (for the base point). */
  discount: DiscountBasis;
}

/** Undiscounted and discounted cost and benefit (benefit at multiplier 1), exact fixed point. */
interface PlanTotals {
  cost: bigint;
  benefit: bigint;
  discountedCost: bigint;
  discountedBenefit: bigint;
}

const NO_TOTALS: PlanTotals = { cost: 0n, benefit: 0n, discountedCost: 0n, discountedBenefit: 0n };

function sum(series: readonly bigint[]): bigint {
  let total = 0n;
  for (const value of series) total += value;
  return total;
}

function totalsOf(costs: readonly Cost[], benefits: readonly Benefit[], horizon: number, factors: readonly bigint[]) {
  const series = buildBaseSeries(costs, benefits, horizon);
  return {
    cost: sum(series.cost),
    benefit: sum(series.benefit),
    discountedCost: discountSeries(series.cost, factors),
    discountedBenefit: discountSeries(series.benefit, factors),
  };
}

/** a + weight × b per field (weights are integers: totals scaled by 100 stay exact). */
function combine(a: PlanTotals, b: PlanTotals, weightA: bigint, weightB: bigint): PlanTotals {
  return {
    cost: a.cost * weightA + b.cost * weightB,
    benefit: a.benefit * weightA + b.benefit * weightB,
    discountedCost: a.discountedCost * weightA + b.discountedCost * weightB,
    discountedBenefit: a.discountedBenefit * weightA + b.discountedBenefit * weightB,
  };
}

interface Point {
  roiPct: number | null;
  npvCents: bigint;
}

/** ROI and NPV of the expected scenario (benefit × m) for totals carrying `extraDecimals` more decimals. */
function pointOf(totals: PlanTotals, scale: MultiplierScale, extraDecimals: number): Point {
  const benefit = totals.benefit * scale.factor;
  const cost = totals.cost * scale.unit;
  const npv = totals.discountedBenefit * scale.factor - totals.discountedCost * scale.unit;
  return {
    roiPct: outputRoiFromFixed(benefit, cost),
    npvCents: fixedToCents(npv, DISCOUNTED_DECIMALS + scale.decimals + extraDecimals),
  };
}

function toOutputPoint(point: Point): SensitivityPoint {
  return { roiPct: point.roiPct, npv: centsToFigure(point.npvCents) };
}

function buildDriver(
  kind: SensitivityDriver["kind"],
  path: string,
  label: string,
  low: Point,
  high: Point,
  clamped: boolean,
): SensitivityDriver {
  const swing = high.npvCents - low.npvCents;
  return {
    kind,
    path,
    label,
    low: toOutputPoint(low),
    high: toOutputPoint(high),
    npvSwing: centsToFigure(swing < 0n ? -swing : swing),
    roiSwingPct:
      low.roiPct === null || high.roiPct === null ? null : new Dec(high.roiPct).minus(low.roiPct).abs().toNumber(),
    clamped,
  };
}

/** Largest NPV swing first, then largest ROI swing (null last), then path: a stable order. */
function compareDrivers(a: SensitivityDriver, b: SensitivityDriver): number {
  if (a.npvSwing !== b.npvSwing) return b.npvSwing - a.npvSwing;
  const roiA = a.roiSwingPct ?? -1;
  const roiB = b.roiSwingPct ?? -1;
  if (roiA !== roiB) return roiB - roiA;
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * The tornado of the expected scenario: every cost and benefit item of the definition and every
 * Decimal template input at −20% and +20%. Items without value (or only beyond the horizon)
 * stay in the list with a swing of 0: a reader then sees they were considered and do not matter.
 */
export function computeSensitivity(input: SensitivityInput): SensitivityResult {
  const { definition, discount } = input;
  const horizon = definition.horizonMonths;
  const factors = discount.factors;
  const scale = scaleMultiplier(input.expectedMultiplier);
  const plan: PlanTotals = {
    cost: sum(discount.cost),
    benefit: sum(discount.benefit),
    discountedCost: discount.totalCost,
    discountedBenefit: discount.totalBenefit,
  };
  // Moved totals are scaled by 100 so that 80% and 120% stay integers: 100 × plan ± 20 × item.
  const hundred = 100n;
  const change = BigInt(SENSITIVITY_CHANGE_PCT);
  const drivers: SensitivityDriver[] = [];
  const addItem = (kind: "cost" | "benefit", index: number, item: Cost | Benefit) => {
    const own =
      kind === "cost"
        ? totalsOf([item as Cost], [], horizon, factors)
        : totalsOf([], [item as Benefit], horizon, factors);
    const low = pointOf(combine(plan, own, hundred, -change), scale, 2);
    const high = pointOf(combine(plan, own, hundred, change), scale, 2);
    drivers.push(buildDriver(kind, `${kind === "cost" ? "costs" : "benefits"}.${index}`, item.label, low, high, false));
  };
  definition.costs.forEach((item, index) => addItem("cost", index, item));
  definition.benefits.forEach((item, index) => addItem("benefit", index, item));

  const expansion = expandTemplate(definition);
  if (expansion && definition.template !== undefined) {
    const template = definition.template;
    const inputs = definition.inputs as unknown as Record<string, unknown>;
    const templateTotals = totalsOf(expansion.costs, expansion.benefits, horizon, factors);
    const withoutTemplate = combine(plan, templateTotals, 1n, -1n);
    const down = new Dec(100 - SENSITIVITY_CHANGE_PCT).div(100);
    const up = new Dec(100 + SENSITIVITY_CHANGE_PCT).div(100);
    for (const [key, value] of Object.entries(inputs)) {
      // Whole-number inputs (capitalizeYears) are plain numbers, not Decimals: not drivers.
      if (!isDec(value)) continue;
      const pointAt = (factor: Dec) => {
        const moved = moveInput(template, key, value, factor);
        const changed = { ...definition, inputs: { ...inputs, [key]: moved.value } } as InvestmentDefinition;
        const again = expandTemplate(changed);
        const totals = again ? totalsOf(again.costs, again.benefits, horizon, factors) : NO_TOTALS;
        return { point: pointOf(combine(withoutTemplate, totals, 1n, 1n), scale, 0), clamped: moved.clamped };
      };
      const low = pointAt(down);
      const high = pointAt(up);
      drivers.push(buildDriver("input", `inputs.${key}`, key, low.point, high.point, low.clamped || high.clamped));
    }
  }
  drivers.sort(compareDrivers);
  return {
    changePct: SENSITIVITY_CHANGE_PCT,
    base: toOutputPoint(pointOf(plan, scale, 0)),
    drivers,
  };
}
