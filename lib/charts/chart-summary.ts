/**
 * What a chart says, in the few figures a sentence can carry: the text alternative beside a
 * chart drawn for sighted readers only (its table gives every figure).
 */

type Measured<K> = { at: K; value: number };

/** A series over time: no figures, one, or where it started and where it is now. */
export type SeriesTrend =
  | { kind: "none" }
  | { kind: "single"; point: Measured<string> }
  | { kind: "trend"; from: Measured<string>; to: Measured<string> };

const numberOf = (value: unknown): number | null => (typeof value === "number" && Number.isFinite(value) ? value : null);

/** The first and the last period in which `key` has a figure (gaps and missing months left out). */
export function seriesTrendOf<T extends { period: string }>(points: readonly T[], key: keyof T): SeriesTrend {
  const measured = points.flatMap((p) => {
    const value = numberOf(p[key]);
    return value === null ? [] : [{ at: p.period, value }];
  });
  if (measured.length === 0) return { kind: "none" };
  if (measured.length === 1) return { kind: "single", point: measured[0] };
  return { kind: "trend", from: measured[0], to: measured[measured.length - 1] };
}

/** Across labelled rows (categories): none, the only one, or the highest and the lowest (first one on a tie). */
export type SeriesExtremes =
  | { kind: "none" }
  | { kind: "single"; point: Measured<string> }
  | { kind: "range"; high: Measured<string>; low: Measured<string> };

export function seriesExtremesOf<R>(rows: readonly R[], labelOf: (row: R) => string, valueOf: (row: R) => number | null): SeriesExtremes {
  const measured = rows.flatMap((row) => {
    const value = numberOf(valueOf(row));
    return value === null ? [] : [{ at: labelOf(row), value }];
  });
  if (measured.length === 0) return { kind: "none" };
  if (measured.length === 1) return { kind: "single", point: measured[0] };
  const high = measured.reduce((best, m) => (m.value > best.value ? m : best));
  const low = measured.reduce((best, m) => (m.value < best.value ? m : best));
  return { kind: "range", high, low };
}
