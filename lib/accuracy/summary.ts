import Decimal from "decimal.js";
import type { VersionAccuracy } from "./version-accuracy";

// Aggregates of forecast accuracy: means of the plan versions' error percentages, so that
// investments in different currencies are compared without ever adding their money. Each
// plan version with a measurable window is one observation (an investment re-forecast three
// times counts three times: each was a forecast someone relied on). Pure.

const HalfUp = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

export type AccuracySummary = {
  /** Plan versions with a measurable error: the number of observations behind the means. */
  n: number;
  /** Plan versions without one (no months yet, nothing realised, or an invalid plan). */
  notMeasurable: number;
  /** Mean signed error %, 2 decimals: positive = forecasts ran above what was realised. Null when n = 0. */
  biasPct: number | null;
  /** Mean absolute error % (MAPE), 2 decimals. Null when n = 0. */
  mapePct: number | null;
};

/** Below this many observations a mean says little; the UI says so beside n. */
export const FEW_OBSERVATIONS = 5;

const mean = (values: Decimal[]) =>
  values.reduce((sum, v) => sum.plus(v), new HalfUp(0)).div(values.length).toDecimalPlaces(2).toNumber();

export function summariseVersions(versions: readonly Pick<VersionAccuracy, "errorPct">[]): AccuracySummary {
  const errors = versions.flatMap((v) => (v.errorPct === null ? [] : [new HalfUp(v.errorPct)]));
  return {
    n: errors.length,
    notMeasurable: versions.length - errors.length,
    biasPct: errors.length === 0 ? null : mean(errors),
    mapePct: errors.length === 0 ? null : mean(errors.map((e) => e.abs())),
  };
}

/** An investment's stored accuracy, with what it is grouped by. */
export type InvestmentAccuracy = {
  investmentId: string;
  workspaceId: string;
  name: string;
  category: string;
  currency: string;
  versions: VersionAccuracy[];
};

/** The latest plan version's accuracy (the current plan); null without approved versions. */
export const latestVersionOf = (versions: readonly VersionAccuracy[]): VersionAccuracy | null =>
  versions.reduce<VersionAccuracy | null>((latest, v) => (latest === null || v.version > latest.version ? v : latest), null);

/** Summaries per category (only categories with some plan version), in the given category order, then A→Z. */
export function summariseByCategory(investments: readonly InvestmentAccuracy[], order: readonly string[] = []) {
  const groups = new Map<string, VersionAccuracy[]>();
  for (const investment of investments) {
    if (investment.versions.length === 0) continue;
    groups.set(investment.category, [...(groups.get(investment.category) ?? []), ...investment.versions]);
  }
  const rank = (c: string) => (order.includes(c) ? order.indexOf(c) : order.length);
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([category, versions]) => ({ category, ...summariseVersions(versions) }));
}

/** Summary per workspace (e.g. per client of a consultant); a workspace without plan versions gets n = 0. */
export function summariseByWorkspace(investments: readonly InvestmentAccuracy[]): Map<string, AccuracySummary> {
  const groups = new Map<string, VersionAccuracy[]>();
  for (const investment of investments) groups.set(investment.workspaceId, [...(groups.get(investment.workspaceId) ?? []), ...investment.versions]);
  return new Map([...groups.entries()].map(([id, versions]) => [id, summariseVersions(versions)]));
}

export function summariseAll(investments: readonly InvestmentAccuracy[]): AccuracySummary {
  return summariseVersions(investments.flatMap((i) => i.versions));
}
