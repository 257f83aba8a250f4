import Decimal from "decimal.js";
import { Dec, ONE, SIXTY, ZERO, fromPercent } from "./decimal";
import type { Benefit, Cost } from "./schema-items";

// Series are accumulated by adding an item's value where it starts and subtracting it after
// it ends. In a 40-digit decimal that subtraction can leave a residue, so the running sums
// use 80 digits (exact for every realistic figure) and a month with no active item is
// forced to an exact zero.
const Wide = Decimal.clone({ precision: 80, rounding: Decimal.ROUND_HALF_UP });

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

/** Share of the full value in month k after fromMonth (k = 0 is fromMonth itself). */
export function computeRampShare(k: number, rampMonths: number): Dec {
  if (k >= rampMonths) return ONE;
  return new Dec(k + 1).div(rampMonths + 1);
}

/** Value in each month 1..horizon (index 0 = month 1) of one benefit, ramp included. */
export function buildBenefitValues(benefit: Benefit, horizon: number): Dec[] {
  const values = new Array<Dec>(horizon).fill(ZERO);
  const full = computeBenefitMonthly(benefit);
  const { from, to } = resolveSpan(benefit, horizon);
  const ramp = benefit.rampMonths ?? 0;
  const step = full.div(ramp + 1);
  for (let month = from; month <= to; month++) {
    values[month - 1] = month - from >= ramp ? full : step.times(month - from + 1);
  }
  return values;
}

class SeriesBuilder {
  private readonly delta: (Decimal | null)[];
  private readonly active: number[];
  /** One-month values (ramp steps, one-time costs): only ever added, so plain 40 digits suffice. */
  private readonly single: (Dec | null)[];

  constructor(private readonly horizon: number) {
    this.delta = new Array<Decimal | null>(horizon + 1).fill(null);
    this.active = new Array<number>(horizon + 1).fill(0);
    this.single = new Array<Dec | null>(horizon).fill(null);
  }

  /** Adds `value` to one month only. */
  addMonth(value: Dec, month: number): void {
    if (value.isZero()) return;
    const current = this.single[month - 1];
    this.single[month - 1] = current === null ? value : current.plus(value);
  }

  private addDelta(index: number, value: Dec, sign: 1 | -1): void {
    const current = this.delta[index] ?? new Wide(0);
    this.delta[index] = sign === 1 ? current.plus(value) : current.minus(value);
  }

  /** Adds `value` to every month from..to (inclusive). */
  addRange(value: Dec, from: number, to: number): void {
    if (to < from || value.isZero()) return;
    this.addDelta(from - 1, value, 1);
    this.addDelta(to, value, -1);
    this.active[from - 1] += 1;
    this.active[to] -= 1;
  }

  build(): Dec[] {
    const series = new Array<Dec>(this.horizon);
    let running = new Wide(0);
    let active = 0;
    let current = ZERO;
    for (let i = 0; i < this.horizon; i++) {
      const change = this.delta[i];
      active += this.active[i];
      // Only months where something starts or stops need a new value.
      if (change !== null) {
        running = running.plus(change);
        // Back to 40 digits: arithmetic on 80-digit values would be needlessly slow later.
        current = active === 0 ? ZERO : new Dec(running.toSignificantDigits(40));
      }
      const single = this.single[i];
      series[i] = single === null ? current : current.plus(single);
    }
    return series;
  }
}

export interface BaseSeries {
  horizon: number;
  /** Planned cost per month (index 0 = month 1); the same in every scenario. */
  cost: Dec[];
  /** Planned benefit per month at multiplier 1. */
  benefit: Dec[];
  /** Recurring and internal-time cost per month (what keeps running if nobody stops it). */
  runningCost: Dec[];
  /** Month in which the last benefit reaches full value (fromMonth + rampMonths); null without benefits. */
  rampEndMonth: number | null;
}

export function buildBaseSeries(costs: readonly Cost[], benefits: readonly Benefit[], horizon: number): BaseSeries {
  const cost = new SeriesBuilder(horizon);
  const running = new SeriesBuilder(horizon);
  const benefit = new SeriesBuilder(horizon);
  for (const item of costs) {
    const value = computeCostMonthly(item);
    if (item.kind === "oneTime") {
      if (item.month <= horizon) cost.addMonth(value, item.month);
      continue;
    }
    const { from, to } = resolveSpan(item, horizon);
    cost.addRange(value, from, to);
    running.addRange(value, from, to);
  }
  let rampEndMonth: number | null = null;
  for (const item of benefits) {
    const full = computeBenefitMonthly(item);
    const { from, to } = resolveSpan(item, horizon);
    const ramp = item.rampMonths ?? 0;
    if (!full.isZero() && from <= to) rampEndMonth = Math.max(rampEndMonth ?? 0, Math.min(from + ramp, to));
    if (ramp > 0 && !full.isZero()) {
      const step = full.div(ramp + 1);
      for (let k = 0; k < ramp && from + k <= to; k++) benefit.addMonth(step.times(k + 1), from + k);
    }
    benefit.addRange(full, from + ramp, to);
  }
  return { horizon, cost: cost.build(), benefit: benefit.build(), runningCost: running.build(), rampEndMonth };
}
