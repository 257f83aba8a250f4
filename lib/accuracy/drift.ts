import Decimal from "decimal.js";
import { dateToPeriod } from "@/lib/investments/months";
import { evaluateDefinition } from "@/lib/roi";
import { createPlanParser, versionAccuracyOf, type AccuracySource, type VersionAccuracy } from "./version-accuracy";

// How an investment's forecasts drifted across its plan versions: each version's forecast
// of cumulative benefit (expected scenario) by calendar month over its own horizon, beside
// the realised cumulative benefit. Pure; the investment page's chart only draws it.

/** One calendar month: each version's cumulative forecast (key `v<n>`) and the realised one; null where a line has no point. */
export type DriftPoint = { period: string; actual: number | null } & Record<`v${number}`, number | null>;

export type ForecastDrift = {
  /** Version numbers, ascending; each has a `v<n>` key in every point. */
  versions: number[];
  points: DriftPoint[];
  /** Each version's forecast against the realised benefit over its window (lib/accuracy). */
  accuracy: VersionAccuracy[];
};

const key = (version: number) => `v${version}` as const;

/**
 * The drift of one investment (`InvestmentDetail` fits). Calendar months run from the
 * earliest start of any version or recorded month to the latest horizon end or recorded
 * month. The realised line is cumulative from the first recorded month to the last one
 * (a month not recorded adds nothing). Chart values are numbers (display only); the
 * accuracy figures stay exact strings.
 */
export function forecastDriftOf(source: AccuracySource): ForecastDrift {
  const planOf = createPlanParser();
  const versions = [...source.versions].sort((a, b) => a.version - b.version);
  const lines = new Map<number, Map<string, number>>();
  for (const v of versions) {
    const definition = planOf(v);
    if (!definition) continue;
    // asOfMonth 1: only the plan's months are read, never "today".
    const months = evaluateDefinition(definition, { asOfMonth: 1 }).scenarios.expected?.months ?? [];
    lines.set(v.version, new Map(months.map((m) => [m.period, m.cumBenefit])));
  }
  const recorded = new Map<string, Decimal>();
  for (const a of source.actuals) {
    const period = dateToPeriod(a.month);
    recorded.set(period, (recorded.get(period) ?? new Decimal(0)).plus(a.benefit.toString()));
  }
  const periods = new Set<string>(recorded.keys());
  for (const line of lines.values()) for (const period of line.keys()) periods.add(period);
  const sorted = [...periods].sort();
  const filled = fillMonths(sorted);
  const firstRecorded = [...recorded.keys()].sort()[0];
  const lastRecorded = [...recorded.keys()].sort().at(-1);
  let cumulative = new Decimal(0);
  const points = filled.map((period) => {
    const inRecorded = firstRecorded !== undefined && lastRecorded !== undefined && period >= firstRecorded && period <= lastRecorded;
    if (inRecorded) cumulative = cumulative.plus(recorded.get(period) ?? 0);
    const point = { period, actual: inRecorded ? cumulative.toDecimalPlaces(2).toNumber() : null } as DriftPoint;
    for (const v of versions) point[key(v.version)] = lines.get(v.version)?.get(period) ?? null;
    return point;
  });
  return { versions: versions.map((v) => v.version), points, accuracy: versionAccuracyOf(source, planOf) };
}

/** Every calendar month from the first to the last of `sorted` ("YYYY-MM", ascending). */
function fillMonths(sorted: string[]): string[] {
  if (sorted.length === 0) return [];
  const [first, last] = [sorted[0], sorted[sorted.length - 1]];
  const out: string[] = [];
  let [y, m] = first.split("-").map(Number);
  for (let period = first; period <= last; ) {
    out.push(period);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
    period = `${y}-${String(m).padStart(2, "0")}`;
  }
  return out;
}
