// Formatting of `npm run bench:dashboard`'s results: medians, page ÷ floor ratios against
// their targets, body sizes, peak memory and the one summary line that ends the output.

export type Measured = {
  key: string;
  label: string;
  path: string;
  pageMs: number[];
  floorMs: number[];
  bytes: number;
  /** Page ÷ floor at or below this is on target (none: reported only). */
  target?: number;
  /** Why the page was left out (it did not answer 200). */
  failure?: string;
};

export const TARGETS = { dashboard200k: 2, growth: 1.5, overview: 3, month: 3, rssMb: 500, dashboardKb: 500 };

/** NaN for no values (a failed page): the figures built on it print as n/a. */
export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const missed = (value: number, target: number) => (value > target ? "  << target missed" : "");
const fixed = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : "n/a");
const pad = (text: string, width: number) => text.padEnd(width);
const lpad = (text: string, width: number) => text.padStart(width);
const ms = (value: number) => value.toFixed(1);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;

export function printResults(results: Measured[], rss: { peakRssMb: number; peakHwmMb: number }, rounds: number) {
  const by = (key: string) => results.find((r) => r.key === key)!;
  const ratio = (r: Measured) => median(r.pageMs) / median(r.floorMs);
  console.log(
    `\nResults: medians of ${rounds} rounds after one warm-up, each page request alternating with its SQL floor`,
  );
  console.log(
    `${pad("page", 30)}${lpad("page ms", 10)}${lpad("floor ms", 10)}${lpad("page/floor", 12)}${lpad("body", 10)}   target`,
  );
  for (const r of results) {
    if (r.failure) {
      console.log(`${pad(r.label, 30)}  FAILED: ${r.failure}`);
      continue;
    }
    const target = r.target === undefined ? "" : `≤ ${r.target.toFixed(1)}×${missed(ratio(r), r.target)}`;
    console.log(
      `${pad(r.label, 30)}${lpad(ms(median(r.pageMs)), 10)}${lpad(ms(median(r.floorMs)), 10)}${lpad(ratio(r).toFixed(2), 12)}${lpad(kb(r.bytes), 10)}   ${target}`,
    );
  }
  const dashboard20k = by("dashboard20k");
  const dashboard200k = by("dashboard200k");
  const growth = median(dashboard200k.pageMs) / median(dashboard20k.pageMs);
  const floorGrowth = median(dashboard200k.floorMs) / median(dashboard20k.floorMs);
  console.log("");
  console.log(
    `dashboard growth 200k/20k: page ${fixed(growth)}× (target ≤ ${TARGETS.growth}×)${missed(growth, TARGETS.growth)}; floor ${fixed(floorGrowth)}×`,
  );
  for (const r of [dashboard20k, dashboard200k].filter((d) => !d.failure)) {
    console.log(
      `dashboard HTML ${r.label.replace("dashboard ", "")}: ${kb(r.bytes)} (target < ${TARGETS.dashboardKb} kB)${missed(r.bytes / 1024, TARGETS.dashboardKb - 0.001)}`,
    );
  }
  console.log(
    `server peak RSS: ${rss.peakRssMb.toFixed(0)} MB summed over its process tree while measuring, VmHWM ${rss.peakHwmMb.toFixed(0)} MB (target < ${TARGETS.rssMb} MB)${missed(Math.max(rss.peakRssMb, rss.peakHwmMb), TARGETS.rssMb - 0.001)}`,
  );
  const month = by("month200k");
  const peak = Math.max(rss.peakRssMb, rss.peakHwmMb);
  console.log(`month/floor=${fixed(ratio(month))} rss=${peak.toFixed(0)}MB`);
  console.log(
    `dashboard200k/floor=${fixed(ratio(dashboard200k))} growth10x=${fixed(growth)} overview/floor=${fixed(ratio(by("overview")))}`,
  );
}
