/**
 * Recharts sizes a bar of a horizontal bar chart (vertical layout) from its value without
 * checking it: a missing value gives `<rect width="NaN">` and a console error. A missing
 * value is drawn as no bar instead; the tooltip and the table say "—".
 */
export const drawableBarValue = (value: number | null): number => (value !== null && Number.isFinite(value) ? value : 0);

/** The lower end of a percent axis: zero, or the multiple of 10 at or below the lowest value (missing values left out). */
export function percentAxisMinimum(values: readonly (number | null)[]): number {
  const lowest = Math.min(0, ...values.filter((v): v is number => v !== null && Number.isFinite(v)));
  return Math.floor(lowest / 10) * 10;
}
