import type { IrrNullReason } from "./result-types";

// IRR (README "Discounting"): the annual rate r at which NPV = Σ f_m (1 + r)^(−m/12) = 0,
// f_m the net flow of month m. A polynomial in v = (1 + r)^(−1/12) can have several roots, and
// Newton's method may wander off or converge to whichever root is nearest its guess, so we
// bracket sign changes over the whole allowed range and bisect each one. Statistics, not money:
// floats are fine here; the NPV itself is exact (discounting.ts).

/** The searched range of annual rates: −99.99% … 100,000%, as ln(1 + r). */
const LOWEST_LOG = Math.log(0.0001);
const HIGHEST_LOG = Math.log(1001);
/** Grid cells over [LOWEST_LOG, HIGHEST_LOG] when the flows change sign more than once (~0.04 in ln(1 + r)). */
const GRID_CELLS = 400;
/**
 * Bisection stops when the bracket in ln(1 + r) is this narrow: even at 100,000% (1 + r = 1001)
 * that is 1001 × 1e-12 = 1e-9 of a rate, i.e. 1e-7 percentage points — far below the 0.005 that
 * rounding to 2 decimals needs.
 */
const LOG_TOLERANCE = 1e-12;
const MAX_BISECTIONS = 200;

export interface IrrResult {
  irrPct: number | null;
  irrNullReason: IrrNullReason | null;
  irrRootsPct: number[];
}

/** How often the flows change sign, zeros skipped (Descartes: at most that many roots in v > 0). */
export function countSignChanges(flows: ArrayLike<number>): number {
  let changes = 0;
  let last = 0;
  for (let i = 0; i < flows.length; i++) {
    const sign = Math.sign(flows[i]);
    if (sign === 0) continue;
    if (last !== 0 && sign !== last) changes++;
    last = sign;
  }
  return changes;
}

/**
 * A number with the sign of NPV at ln(1 + r) = x (not its size). Horner in v = e^(−x/12) for
 * v ≤ 1 (NPV ÷ v) and in 1/v for v > 1 (NPV ÷ v^N), so no power overflows for any horizon.
 * Both forms equal Σ f_m at v = 1, so the function is continuous in x.
 */
export function npvSign(flows: ArrayLike<number>, x: number): number {
  const v = Math.exp(-x / 12);
  let acc = 0;
  if (v <= 1) {
    for (let m = flows.length - 1; m >= 0; m--) acc = acc * v + flows[m];
  } else {
    const w = 1 / v;
    for (let m = 0; m < flows.length; m++) acc = acc * w + flows[m];
  }
  return acc;
}

/** The grid of ln(1 + r) searched when the flows change sign more than once (last point exactly HIGHEST_LOG). */
export const IRR_GRID_LOGS: Float64Array = Float64Array.from({ length: GRID_CELLS + 1 }, (_, i) =>
  i === GRID_CELLS ? HIGHEST_LOG : LOWEST_LOG + (i * (HIGHEST_LOG - LOWEST_LOG)) / GRID_CELLS,
);

/**
 * npvSign of two series at every grid point in one pass (two independent Horner chains cost
 * about as much as one). npvSign is linear in the flows, so a scenario's grid is
 * m × grid(benefit) − grid(cost): the grid is computed once per plan, not once per scenario.
 */
export function npvSignsOnGrid(a: ArrayLike<number>, b: ArrayLike<number>): [Float64Array, Float64Array] {
  const gridA = new Float64Array(IRR_GRID_LOGS.length);
  const gridB = new Float64Array(IRR_GRID_LOGS.length);
  const n = Math.min(a.length, b.length);
  for (let g = 0; g < IRR_GRID_LOGS.length; g++) {
    const v = Math.exp(-IRR_GRID_LOGS[g] / 12);
    let accA = 0;
    let accB = 0;
    if (v <= 1) {
      for (let m = n - 1; m >= 0; m--) {
        accA = accA * v + a[m];
        accB = accB * v + b[m];
      }
    } else {
      const w = 1 / v;
      for (let m = 0; m < n; m++) {
        accA = accA * w + a[m];
        accB = accB * w + b[m];
      }
    }
    gridA[g] = accA;
    gridB[g] = accB;
  }
  return [gridA, gridB];
}

/** Bisects a bracket [lo, hi] in ln(1 + r) whose ends have opposite NPV signs. */
function bisect(flows: ArrayLike<number>, lo: number, hi: number, loValue: number): number {
  let low = lo;
  let high = hi;
  let lowSign = Math.sign(loValue);
  for (let i = 0; i < MAX_BISECTIONS && high - low > LOG_TOLERANCE; i++) {
    const mid = (low + high) / 2;
    const sign = Math.sign(npvSign(flows, mid));
    if (sign === 0) return mid;
    if (sign === lowSign) {
      low = mid;
      lowSign = sign;
    } else {
      high = mid;
    }
  }
  return (low + high) / 2;
}

/** Annual % of ln(1 + r), rounded half away from zero to 2 decimals. */
function toRoundedPct(x: number): number {
  const pct = Math.expm1(x) * 100;
  const rounded = (Math.sign(pct) * Math.round(Math.abs(pct) * 100)) / 100;
  return rounded === 0 ? 0 : rounded;
}

/** Every ln(1 + r) in range where NPV changes sign or is exactly 0, ascending. */
function findRootLogs(
  flows: ArrayLike<number>,
  signChanges: number,
  grid: (() => ArrayLike<number>) | undefined,
): number[] {
  if (signChanges === 1) {
    // Exactly one root in v > 0 (Descartes), so the ends of the range decide whether it lies inside.
    const lowValue = npvSign(flows, LOWEST_LOG);
    const highValue = npvSign(flows, HIGHEST_LOG);
    if (lowValue === 0) return [LOWEST_LOG];
    if (highValue === 0) return [HIGHEST_LOG];
    return Math.sign(lowValue) !== Math.sign(highValue) ? [bisect(flows, LOWEST_LOG, HIGHEST_LOG, lowValue)] : [];
  }
  const values = grid ? grid() : npvSignsOnGrid(flows, flows)[0];
  const roots: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const previous = i > 0 ? values[i - 1] : 0;
    if (value === 0) roots.push(IRR_GRID_LOGS[i]);
    else if (previous !== 0 && Math.sign(value) !== Math.sign(previous)) {
      roots.push(bisect(flows, IRR_GRID_LOGS[i - 1], IRR_GRID_LOGS[i], previous));
    }
  }
  return roots;
}

/**
 * IRR of monthly net flows (index 0 = month 1, taken at the end of the month): the annual rate
 * in % (2 decimals) at which NPV = 0, searched between −99.99% and 100,000%. With more than one
 * root, irrPct is null and irrRootsPct lists them (an IRR would be ambiguous). `grid`, when
 * given, returns npvSign of these flows at IRR_GRID_LOGS (see npvSignsOnGrid); it is only
 * needed when the flows change sign more than once.
 */
export function findIrr(flows: ArrayLike<number>, grid?: () => ArrayLike<number>): IrrResult {
  const signChanges = countSignChanges(flows);
  if (signChanges === 0) return { irrPct: null, irrNullReason: "NO_SIGN_CHANGE", irrRootsPct: [] };
  const roots: number[] = [];
  for (const x of findRootLogs(flows, signChanges, grid)) {
    const pct = toRoundedPct(x);
    // Two roots closer than the rounding are one root to the reader.
    if (roots.length === 0 || roots[roots.length - 1] !== pct) roots.push(pct);
  }
  if (roots.length === 0) return { irrPct: null, irrNullReason: "NO_ROOT_IN_RANGE", irrRootsPct: [] };
  if (roots.length > 1) return { irrPct: null, irrNullReason: "MULTIPLE_ROOTS", irrRootsPct: roots };
  return { irrPct: roots[0], irrNullReason: null, irrRootsPct: roots };
}
