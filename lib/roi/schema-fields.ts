import { z } from "zod";
import { Dec, toDecimal } from "./decimal";

/** Limits that keep every figure printable and every computation far from overflow. */
export const MAX_MONEY = new Dec("1e15");
export const MAX_HORIZON_MONTHS = 120;
export const MAX_GROWTH_PCT = 1000;

interface DecimalBounds {
  min?: number;
  /** When true, `min` itself is not allowed. */
  minExclusive?: boolean;
  max?: number | Dec;
  whole?: boolean;
}

function describeDecimalInput(input: unknown): string {
  return input === undefined ? "is required" : 'must be a number or a decimal string like "12.50"';
}

function findBoundProblem(value: Dec, bounds: DecimalBounds): string | null {
  if (bounds.whole && !value.isInteger()) return "must be a whole number";
  if (bounds.min !== undefined) {
    if (bounds.min === 0 && value.isNegative() && !bounds.minExclusive) return "must not be negative";
    if (bounds.minExclusive ? value.lte(bounds.min) : value.lt(bounds.min)) {
      return bounds.minExclusive ? `must be greater than ${bounds.min}` : `must be at least ${bounds.min}`;
    }
  }
  const max = bounds.max ?? MAX_MONEY;
  if (value.gt(max)) return `must be at most ${new Dec(max).toFixed()}`;
  if (bounds.min === undefined && value.lt(new Dec(max).negated())) {
    return `must be at least ${new Dec(max).negated().toFixed()}`;
  }
  return null;
}

/** A number given as JSON number or decimal string, parsed to an exact Decimal. */
export function decimalField(bounds: DecimalBounds = {}) {
  return z
    .union([z.number(), z.string()], { error: (issue) => describeDecimalInput(issue.input) })
    .transform((raw, ctx) => {
      const value = toDecimal(raw);
      if (value === null) {
        ctx.addIssue({ code: "custom", message: describeDecimalInput(raw) });
        return z.NEVER;
      }
      const problem = findBoundProblem(value, bounds);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
      return value;
    });
}

/** Money: 0 ≤ value ≤ 10^15. */
export const moneyField = () => decimalField({ min: 0 });

/** A rate in percent, 0..100. */
export const ratePctField = () => decimalField({ min: 0, max: 100 });

/** A growth or uplift in percent; may exceed 100 (doubling = 100) but not absurdly. */
export const growthPctField = () => decimalField({ min: 0, max: MAX_GROWTH_PCT });

/** A measured KPI value: any sign. */
export const kpiValueField = () => decimalField();

export const wholeNumberField = (min: number, max: number) => z.number().int().min(min).max(max);

/** A month number 1..120 (actuals, KPI measurements); the horizon-specific upper bound is checked across fields. */
export const monthField = () => wholeNumberField(1, MAX_HORIZON_MONTHS);

/**
 * The largest month number a cost or benefit may name. An item may lie (partly) beyond the
 * horizon: those months contribute nothing, so a plan whose horizon is shortened later stays valid.
 */
export const MAX_ITEM_MONTH = 100_000;

/** A month number of a cost or benefit: 1..MAX_ITEM_MONTH; months after the horizon contribute nothing. */
export const itemMonthField = () => wholeNumberField(1, MAX_ITEM_MONTH);

/** A range multiplier (low or high) of an item's value: 0..10. */
export const rangeMultiplierField = () => decimalField({ min: 0, max: 10 });

export const labelField = () => z.string().trim().min(1).max(200);

export function kindUnionError(kinds: readonly string[]) {
  return (issue: { input?: unknown }) => {
    const record = issue.input;
    const kind = typeof record === "object" && record !== null ? (record as Record<string, unknown>).kind : undefined;
    const expected = `expected one of: ${kinds.join(", ")}`;
    if (kind === undefined) return `is required (${expected})`;
    return `unknown kind ${JSON.stringify(kind)} (${expected})`;
  };
}
