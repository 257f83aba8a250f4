// Leaks reach the renderer from stored data too (lib/portfolio's LeakFinding rows, JSON an
// older version wrote with an English `message` and no params): this checks that a leak's
// params have the shape its code needs before the catalogue reads them, so old data renders
// a generic line instead of crashing.
import { LEAK_CODES, type LeakCode, type LeakParamsByCode } from "@/lib/roi";

type Kind = "number" | "numberOrNull" | "direction" | "string" | "period" | "stringOrNull" | "months" | "periods";

/** The kind a params field must be declared with; a field that changes type stops compiling here. */
type KindOf<T> = [T] extends [number]
  ? "number"
  : [T] extends [number | null]
    ? "numberOrNull"
    : [T] extends ["up" | "down"]
      ? "direction"
      : [T] extends [string]
        ? "string" | "period"
        : [T] extends [string | null]
          ? "stringOrNull"
          : [T] extends [number[]]
            ? "months"
            : [T] extends [string[]]
              ? "periods"
              : never;

type Shape<C extends LeakCode> = { [K in keyof LeakParamsByCode[C]]-?: KindOf<LeakParamsByCode[C][K]> };

const SHAPES: { [C in LeakCode]: Shape<C> } = {
  UNDER_FORECAST: { belowPct: "number", shortfall: "number", months: "months" },
  COST_OVERRUN: { abovePct: "numberOrNull", overrun: "number" },
  MISSING_ACTUALS: { months: "months", periods: "periods" },
  NO_BASELINE: {},
  KPI_REGRESSION: {
    month: "number",
    value: "number",
    baseline: "number",
    unit: "stringOrNull",
    direction: "direction",
  },
  PAYBACK_SLIP: { plannedMonth: "number", plannedPeriod: "period", projectedMonth: "numberOrNull" },
  ZOMBIE_COST: { runningCostMonthly: "number", months: "months" },
  NEGATIVE_AFTER_RAMP: { rampEndMonth: "number", month: "number", roiPct: "number" },
};

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;
const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);
const isMonth = (value: unknown) => Number.isInteger(value);

function fits(kind: Kind, value: unknown): boolean {
  switch (kind) {
    case "number":
      return isNumber(value);
    case "numberOrNull":
      return value === null || isNumber(value);
    case "direction":
      return value === "up" || value === "down";
    case "string":
      return typeof value === "string";
    case "stringOrNull":
      return value === null || typeof value === "string";
    case "period":
      return typeof value === "string" && PERIOD.test(value);
    case "months":
      return Array.isArray(value) && value.every(isMonth);
    case "periods":
      return Array.isArray(value) && value.every((item) => typeof item === "string" && PERIOD.test(item));
  }
}

export const isLeakCode = (code: unknown): code is LeakCode => (LEAK_CODES as readonly unknown[]).includes(code);

/** True when `params` has every field `code` needs, each of the right kind. */
export function hasLeakParams<C extends LeakCode>(code: C, params: unknown): params is LeakParamsByCode[C] {
  if (typeof params !== "object" || params === null || Array.isArray(params)) return false;
  const shape: Record<string, Kind> = SHAPES[code];
  const fields = params as Record<string, unknown>;
  return Object.entries(shape).every(([field, kind]) => fits(kind, fields[field]));
}
