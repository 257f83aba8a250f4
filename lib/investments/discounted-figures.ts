import Decimal from "decimal.js";
import {
  SCENARIO_NAMES,
  type IrrNullReason,
  type RoiResult,
  type ScenarioName,
  type SensitivityDriver,
  type SensitivityResult,
} from "@/lib/roi";

// What the investment page, the live forecast and the share view show of the engine's
// discounted figures and sensitivity, as data: the components only translate and format.

/** A scenario's IRR: a rate, or why there is none (with every root when there are several). */
export type IrrView = { kind: "rate"; pct: number } | { kind: "none"; reason: IrrNullReason; rootsPct: number[] };

export type DiscountedRow = {
  scenario: ScenarioName;
  npv: number;
  irr: IrrView;
  /** The first month whose discounted benefit so far covers the discounted cost so far, with its calendar month. */
  discountedPayback: { month: number; period: string } | null;
};

/** NPV, IRR and discounted payback per scenario the result has, in the usual order. */
export function discountedRowsOf(result: RoiResult): DiscountedRow[] {
  return SCENARIO_NAMES.flatMap((name) => {
    const scenario = result.scenarios[name];
    if (!scenario) return [];
    const { totals } = scenario;
    const irr: IrrView =
      totals.irrPct !== null
        ? { kind: "rate", pct: totals.irrPct }
        : { kind: "none", reason: totals.irrNullReason ?? "NO_SIGN_CHANGE", rootsPct: totals.irrRootsPct };
    const month = totals.discountedPaybackMonth;
    const period = month === null ? undefined : scenario.months[month - 1]?.period;
    return [{ scenario: name, npv: totals.npv, irr, discountedPayback: month !== null && period ? { month, period } : null }];
  });
}

/** How many drivers the tornado shows (the rest are in the engine's result, ranked below them). */
export const TORNADO_DRIVERS = 8;

/** One side of a tornado bar, as a share of the chart's width (0–100, the base NPV at 50). */
export type TornadoSegment = {
  /** NPV with this driver changed minus the base NPV, exact to the cent. */
  npvDelta: number;
  npv: number;
  roiPct: number | null;
  startPct: number;
  widthPct: number;
};

export type TornadoBar = {
  path: string;
  kind: SensitivityDriver["kind"];
  label: string;
  /** The driver at −change%. */
  low: TornadoSegment;
  /** The driver at +change%. */
  high: TornadoSegment;
  npvSwing: number;
  clamped: boolean;
};

export type TornadoLayout = { changePct: number; baseNpv: number; baseRoiPct: number | null; bars: TornadoBar[]; hidden: number };

const deltaOf = (npv: number, base: number) => new Decimal(npv).minus(base).toNumber();

/**
 * The tornado of the expected scenario: the top drivers in the engine's order (largest NPV
 * swing first), each bar's two sides placed left (NPV lower than the base) or right (higher)
 * of the centre line, scaled so the largest change reaches the edge.
 */
export function tornadoLayoutOf(sensitivity: SensitivityResult, limit = TORNADO_DRIVERS): TornadoLayout {
  const base = sensitivity.base.npv;
  const shown = sensitivity.drivers.slice(0, limit);
  const scale = Math.max(0, ...shown.flatMap((d) => [Math.abs(deltaOf(d.low.npv, base)), Math.abs(deltaOf(d.high.npv, base))]));
  const segment = (point: { npv: number; roiPct: number | null }): TornadoSegment => {
    const npvDelta = deltaOf(point.npv, base);
    const widthPct = scale === 0 ? 0 : (Math.abs(npvDelta) / scale) * 50;
    return { npvDelta, npv: point.npv, roiPct: point.roiPct, startPct: npvDelta < 0 ? 50 - widthPct : 50, widthPct };
  };
  return {
    changePct: sensitivity.changePct,
    baseNpv: base,
    baseRoiPct: sensitivity.base.roiPct,
    bars: shown.map((d) => ({ path: d.path, kind: d.kind, label: d.label, low: segment(d.low), high: segment(d.high), npvSwing: d.npvSwing, clamped: d.clamped })),
    hidden: sensitivity.drivers.length - shown.length,
  };
}
