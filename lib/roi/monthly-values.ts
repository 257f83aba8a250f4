import { type Dec, ONE, SIXTY, ZERO, fromPercent } from "./decimal";
import { divideRounded, toFixedPoint } from "./fixed-point";
import type { Benefit, Cost } from "./schema-items";

export interface MonthSpan {
  from: number;
  to: number;
}

/** fromMonth defaults to 1, toMonth to the horizon; both are clipped to the horizon. */
export function resolveSpan(item: { fromMonth?: number; toMonth?: number }, horizon: number): MonthSpan {
  return { from: Math.max(1, item.fromMonth ?? 1), to: Math.min(horizon, item.toMonth ?? horizon) };
}

/** Cost per active month (oneTime: its amount, booked in its month). */
export function computeCostMonthly(cost: Cost): Dec {
  if (cost.kind === "oneTime") return cost.amount;
  if (cost.kind === "recurring") return cost.monthly;
  return cost.hoursPerMonth.times(cost.hourlyRate);
}

/** Full monthly value of a benefit, before ramp-up and scenario. */
export function computeBenefitMonthly(benefit: Benefit): Dec {
  switch (benefit.kind) {
    case "fixed":
      return benefit.monthly;
    case "revenueUplift":
      return benefit.baseMonthlyRevenue
        .times(fromPercent(benefit.upliftPct))
        .times(benefit.marginPct === undefined ? ONE : fromPercent(benefit.marginPct));
    case "timeSaving":
      return benefit.minutesPerUnit.times(benefit.unitsPerMonth).div(SIXTY).times(benefit.hourlyRate);
    case "conversionUplift":
      return benefit.visitorsPerMonth
        .times(fromPercent(benefit.targetRatePct.minus(benefit.baselineRatePct)))
        .times(benefit.orderValue)
        .times(benefit.marginPct === undefined ? ONE : fromPercent(benefit.marginPct));
  }
}

/**
 * Value in each month 1..horizon (index 0 = month 1) of one benefit, ramp included:
 * month k after fromMonth (k = 0..rampMonths) gets (k + 1) ÷ (rampMonths + 1) of the full value.
 */
export function buildBenefitValues(benefit: Benefit, horizon: number): Dec[] {
  const values = new Array<Dec>(horizon).fill(ZERO);
  const full = computeBenefitMonthly(benefit);
  const { from, to } = resolveSpan(benefit, horizon);
  const ramp = benefit.rampMonths ?? 0;
  const step = full.div(ramp + 1);
  // Steps are added rather than multiplied, exactly as buildBaseSeries does.
  let value = ZERO;
  for (let month = from; month <= to; month++) {
    value = month - from >= ramp ? full : value.plus(step);
    values[month - 1] = value;
  }
  return values;
}

// Plan series are built in exact fixed point (value × 10^24 as BigInt, see fixed-point.ts):
// an item's value is added where it starts and subtracted after it ends, which leaves no
// residue in integers, and a ramp share is the exact quotient rounded once.
class SeriesBuilder {
  private readonly delta: bigint[];

  constructor(private readonly horizon: number) {
    this.delta = new Array<bigint>(horizon + 1).fill(0n);
  }

  /** Adds `value` (fixed point) to every month from..to (inclusive). */
  addRange(value: bigint, from: number, to: number): void {
    if (to < from || value === 0n) return;
    this.delta[from - 1] += value;
    this.delta[to] -= value;
  }

  build(): bigint[] {
    const series = new Array<bigint>(this.horizon);
    let running = 0n;
    for (let i = 0; i < this.horizon; i++) {
      running += this.delta[i];
      series[i] = running;
    }
    return series;
  }
}

export interface BaseSeries {
  horizon: number;
  /** Planned cost per month, fixed point (index 0 = month 1); the same in every scenario. */
  cost: bigint[];
  /** Planned benefit per month at multiplier 1, fixed point. */
  benefit: bigint[];
  /** Recurring and internal-time cost per month, fixed point (what keeps running if nobody stops it). */
  runningCost: bigint[];
  /** Month in which the last benefit reaches full value (fromMonth + rampMonths); null without benefits. */
  rampEndMonth: number | null;
}

export function buildBaseSeries(costs: readonly Cost[], benefits: readonly Benefit[], horizon: number): BaseSeries {
  const cost = new SeriesBuilder(horizon);
  const running = new SeriesBuilder(horizon);
  const benefit = new SeriesBuilder(horizon);
  for (const item of costs) {
    const value = toFixedPoint(computeCostMonthly(item));
    if (item.kind === "oneTime") {
      cost.addRange(value, item.month, Math.min(item.month, horizon));
      continue;
    }
    const { from, to } = resolveSpan(item, horizon);
    cost.addRange(value, from, to);
    running.addRange(value, from, to);
  }
  let rampEndMonth: number | null = null;
  for (const item of benefits) {
    const full = toFixedPoint(computeBenefitMonthly(item));
    const { from, to } = resolveSpan(item, horizon);
    const ramp = item.rampMonths ?? 0;
    if (full === 0n || to < from) continue;
    rampEndMonth = Math.max(rampEndMonth ?? 0, Math.min(from + ramp, to));
    const shares = BigInt(ramp + 1);
    for (let k = 0; k < ramp && from + k <= to; k++) {
      benefit.addRange(divideRounded(full * BigInt(k + 1), shares), from + k, from + k);
    }
    benefit.addRange(full, from + ramp, to);
  }
  return { horizon, cost: cost.build(), benefit: benefit.build(), runningCost: running.build(), rampEndMonth };
}
