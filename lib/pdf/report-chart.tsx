// Vector charts for the PDF, painted with pdfkit (report-paint.tsx), and the cumulative ROI
// chart of one investment built from them. react-pdf's <Svg> lays out every label and shape
// as a node of its own; 50 charts of them were a large part of a report's time.
//
// The primitives, for any month-by-month chart:
//   const frame = chartFrame({ width, plotHeight, legend })      // the Svg's size and the plot's box
//   const axis = valueAxis(values)                               // nice ticks, 0 always included
//   const scale = chartScale(frame, points.length, axis)         // x(index), y(value) in points
//   <Painted width={frame.width} height={frame.height} paint={(p) => {
//     paintPeriodShade(p, scale, i, j)                   // optional highlighted months
//     paintBand(p, scale, low, high)                     // an area between two series
//     paintValueGrid(p, scale, (v) => "10%")             // grid, 0 line, tick labels
//     paintMonthAxis(p, scale, monthTicks(periods, locale, frame.plot.width))
//     paintSeriesLine(p, scale, values, { color, dash }) // a line (gaps at null)
//     paintLegend(p, frame, legend)                      // under the plot
//   }} />
import type { UiLocale } from "@/lib/i18n/locales";
import { formatNumber } from "./formatters";
import { CONTENT, type Block } from "./report-layout";
import { Painted, paintPolyline, paintRule, paintText, stackBlocks, type Painter } from "./report-paint";
import type { ReportChartPoint } from "./report-model";
import type { ReportPeriod } from "./report-period";
import { colors, headingBlock, paragraphBlock } from "./report-parts";
import { textWidth } from "./text-metrics";
import { reportTexts } from "./texts";

/** Tick labels and legend: small, regular, muted. */
export const LABEL = { size: 7, color: colors.muted } as const;
const LABEL_METRICS = { fontSize: LABEL.size };
const LEGEND_ROW = 11;

export type LegendEntry = {
  label: string;
  color: string;
  /** A solid line, a dashed line, or a filled area (the mark differs, not only the colour). */
  mark: "line" | "dash" | "area";
};

/** The Svg's size and the plot's box inside it (room left for tick labels and the legend). */
export type ChartFrame = {
  width: number;
  height: number;
  plot: { left: number; top: number; width: number; height: number };
  /** Where the legend starts (below the month labels). */
  legendTop: number;
};

/** The legend's entries placed in rows across `width`. */
export function legendLayout(entries: LegendEntry[], width: number): { x: number; row: number }[] {
  const places: { x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const entry of entries) {
    const w = 22 + textWidth(entry.label, LABEL_METRICS) + 14;
    if (x > 0 && x + w > width) {
      row += 1;
      x = 0;
    }
    places.push({ x, row });
    x += w;
  }
  return places;
}

const legendRows = (entries: LegendEntry[], width: number) =>
  entries.length === 0 ? 0 : Math.max(...legendLayout(entries, width).map((p) => p.row)) + 1;

/** A frame of `width` × `plotHeight` plus the value labels at the left, month labels and legend below. */
export function chartFrame(input: {
  width: number;
  plotHeight: number;
  /** Room for the value labels at the left. */
  labelWidth?: number;
  legend?: LegendEntry[];
}): ChartFrame {
  const left = input.labelWidth ?? 40;
  const top = 5;
  const monthLabels = 14;
  const legendTop = top + input.plotHeight + monthLabels;
  const rows = legendRows(input.legend ?? [], input.width);
  return {
    width: input.width,
    height: legendTop + rows * LEGEND_ROW + (rows > 0 ? 2 : 0),
    plot: { left, top, width: input.width - left - 8, height: input.plotHeight },
    legendTop,
  };
}

export type ValueAxis = { min: number; max: number; ticks: number[] };

/** A round step near range / (count − 1): 1, 2, 2.5 or 5 times a power of ten. */
function niceStep(range: number, count: number): number {
  const raw = range / Math.max(1, count - 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10;
  return step * power;
}

/** Round ticks covering the values and 0 (the break-even line, unless `includeZero` is false), about `maxTicks` of them. */
export function valueAxis(values: number[], maxTicks = 6, includeZero = true): ValueAxis {
  const lowest = includeZero ? Math.min(0, ...values) : Math.min(...values);
  const highest = includeZero ? Math.max(0, ...values) : Math.max(...values);
  const range = highest - lowest || Math.max(1, Math.abs(highest));
  const step = niceStep(range, maxTicks);
  const min = Math.floor(lowest / step) * step;
  const max = Math.max(min + step, Math.ceil(highest / step) * step);
  const ticks: number[] = [];
  // Rounded to the step's precision: 0.1 + 0.2 must print as 0.3.
  for (let v = min; v <= max + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return { min, max, ticks };
}

export type ChartScale = {
  frame: ChartFrame;
  axis: ValueAxis;
  /** The x of point `index` (0 … count − 1) and the y of a value, in points. */
  x: (index: number) => number;
  y: (value: number) => number;
};

export function chartScale(frame: ChartFrame, count: number, axis: ValueAxis): ChartScale {
  const { left, top, width, height } = frame.plot;
  const span = axis.max - axis.min || 1;
  return {
    frame,
    axis,
    x: (index) => left + (count <= 1 ? width / 2 : (index * width) / (count - 1)),
    y: (value) => top + ((axis.max - value) * height) / span,
  };
}

const MONTHS: Record<UiLocale, string[]> = {
  nl: ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};

/** "jan 2026" / "Jan 2026": a month on an axis or in a table (fixed names: the same on every machine). */
export function shortPeriod(period: string, locale: UiLocale): string {
  const [year, month] = period.split("-").map(Number);
  return `${MONTHS[locale][month - 1]} ${year}`;
}

export type MonthTick = { index: number; label: string };

/**
 * Labels for every 1st, 2nd, 3rd, 6th, 12th … month, the smallest step whose labels fit
 * `width`; on calendar boundaries (quarters, half years, January) so the eye finds years.
 */
export function monthTicks(periods: string[], locale: UiLocale, width: number): MonthTick[] {
  if (periods.length === 0) return [];
  const labelWidth = textWidth("Sep 2026", LABEL_METRICS) + 8;
  const months = periods.map((p) => {
    const [year, month] = p.split("-").map(Number);
    return year * 12 + month - 1;
  });
  const spanMonths = months[months.length - 1] - months[0] + 1;
  const room = Math.max(1, Math.floor(width / labelWidth));
  const step = [1, 2, 3, 6, 12, 24, 36, 60, 120].find((s) => spanMonths / s <= room) ?? 120;
  const ticks = months.flatMap((m, index) =>
    m % step === 0 ? [{ index, label: shortPeriod(periods[index], locale) }] : [],
  );
  // A short series may hold no boundary at all: label its first month instead.
  return ticks.length > 0 ? ticks : [{ index: 0, label: shortPeriod(periods[0], locale) }];
}

/** Horizontal grid lines at the ticks, a darker 0 line, and the tick labels at the left. */
export function paintValueGrid(p: Painter, scale: ChartScale, format: (value: number) => string): void {
  const { left, width } = scale.frame.plot;
  for (const tick of scale.axis.ticks) {
    const y = scale.y(tick);
    paintRule(p, left, left + width, y, tick === 0 ? 0.8 : 0.5, tick === 0 ? colors.ink : colors.line);
    paintText(p, format(tick), left - 4, y + 2.4, { ...LABEL, align: "right", baseline: true });
  }
}

type PlacedTick = { tick: MonthTick; x: number; anchor: "end" | "middle"; shown: boolean };

/**
 * Where each month label goes. Centred under its tick; the value labels' margin leaves room at
 * the left, and a label near the right edge ends at its tick so it stays inside the Svg. A
 * label that would then run into the one before it is left out (its tick mark stays).
 */
function placeMonthLabels(ticks: MonthTick[], scale: ChartScale): PlacedTick[] {
  const { left, width } = scale.frame.plot;
  const placed: PlacedTick[] = [];
  let lastEnd = -Infinity;
  for (const tick of ticks) {
    const x = scale.x(tick.index);
    const anchor = left + width - x < 16 ? "end" : "middle";
    const labelWidth = textWidth(tick.label, LABEL_METRICS);
    const start = anchor === "end" ? x - labelWidth : x - labelWidth / 2;
    const shown = start >= lastEnd + 2;
    if (shown) lastEnd = start + labelWidth;
    placed.push({ tick, x, anchor, shown });
  }
  return placed;
}

/** The month labels under the plot, each with a small tick mark. */
export function paintMonthAxis(p: Painter, scale: ChartScale, ticks: MonthTick[]): void {
  const bottom = scale.frame.plot.top + scale.frame.plot.height;
  for (const { tick, x, anchor, shown } of placeMonthLabels(ticks, scale)) {
    paintPolyline(
      p,
      [
        [x, bottom],
        [x, bottom + 3],
      ],
      { width: 0.5, color: colors.muted },
    );
    if (shown)
      paintText(p, tick.label, x, bottom + 11, {
        ...LABEL,
        align: anchor === "end" ? "right" : "center",
        baseline: true,
      });
  }
}

/** Runs of consecutive non-null values as points (a gap where a value is null). */
function segments(scale: ChartScale, values: (number | null)[]): [number, number][][] {
  const out: [number, number][][] = [[]];
  values.forEach((v, i) => (v === null ? out.push([]) : out[out.length - 1].push([scale.x(i), scale.y(v)])));
  return out.filter((s) => s.length > 1);
}

/** A line through the values; `dash` draws it dashed (told apart by more than colour). */
export function paintSeriesLine(
  p: Painter,
  scale: ChartScale,
  values: (number | null)[],
  { color, width = 1.2, dash = false }: { color: string; width?: number; dash?: boolean },
): void {
  for (const run of segments(scale, values)) paintPolyline(p, run, { width, color, dash });
}

/** The area between two series where both are known. */
export function paintBand(
  p: Painter,
  scale: ChartScale,
  low: (number | null)[],
  high: (number | null)[],
  color = colors.band,
): void {
  const known = low.flatMap((l, i) => (l !== null && high[i] !== null ? [{ i, l, h: high[i] as number }] : []));
  if (known.length < 2) return;
  const points: [number, number][] = [
    ...known.map((k): [number, number] => [scale.x(k.i), scale.y(k.h)]),
    ...[...known].reverse().map((k): [number, number] => [scale.x(k.i), scale.y(k.l)]),
  ];
  p.save()
    .fillOpacity(0.7)
    .polygon(...points)
    .fill(color)
    .restore();
}

/** A shaded column over points `from` … `to` (e.g. the report period). */
export function paintPeriodShade(p: Painter, scale: ChartScale, from: number, to: number, color = colors.period): void {
  const { top, height } = scale.frame.plot;
  p.rect(scale.x(from) - 2, top, Math.max(4, scale.x(to) - scale.x(from) + 4), height).fill(color);
}

/** The legend under the plot: a mark (line, dashed line or area) and a label per entry. */
export function paintLegend(p: Painter, frame: Pick<ChartFrame, "width" | "legendTop">, entries: LegendEntry[]): void {
  const places = legendLayout(entries, frame.width);
  entries.forEach((entry, i) => {
    const { x, row } = places[i];
    const y = frame.legendTop + row * LEGEND_ROW + 6;
    if (entry.mark === "area") p.rect(x, y - 4, 16, 7).fill(entry.color);
    else
      paintPolyline(
        p,
        [
          [x, y],
          [x + 16, y],
        ],
        { width: entry.mark === "line" ? 2 : 1.2, color: entry.color, dash: entry.mark === "dash" },
      );
    paintText(p, entry.label, x + 20, y + 2.4, { ...LABEL, color: colors.ink, baseline: true });
  });
}

/** "-50%", "0%", "150%" in the locale's digits (ticks are round numbers). */
export const percentTick = (locale: UiLocale) => (value: number) => `${formatNumber(value, locale)}%`;

export type RoiChartInput = {
  points: ReportChartPoint[];
  period: ReportPeriod;
  locale: UiLocale;
  /** The scenario's name in the report's language (the middle line). */
  scenario: string;
  width?: number;
};

const PLOT_HEIGHT = 150;

function roiLegend(input: RoiChartInput): LegendEntry[] {
  const l = reportTexts(input.locale).chartLegend;
  return [
    { label: l.actual, color: colors.actual, mark: "line" },
    { label: l.scenario(input.scenario), color: colors.scenario, mark: "dash" },
    { label: l.band, color: colors.band, mark: "area" },
    { label: l.period, color: colors.period, mark: "area" },
  ];
}

const drawable = (points: ReportChartPoint[]) =>
  points.length >= 2 && points.some((p) => [p.low, p.high, p.scenario, p.actual].some((v) => v !== null));

/** Cumulative ROI per month: the conservative–optimistic band, the scenario's line, the actual line, the report period. */
export function roiChartBlock(input: RoiChartInput): Block {
  const { points, period, locale } = input;
  if (!drawable(points)) return paragraphBlock(reportTexts(locale).noChart, { muted: true });
  const legend = roiLegend(input);
  const frame = chartFrame({ width: input.width ?? CONTENT.width, plotHeight: PLOT_HEIGHT, legend });
  const values = points.flatMap((p) => [p.low, p.high, p.scenario, p.actual]).filter((v): v is number => v !== null);
  const scale = chartScale(frame, points.length, valueAxis(values));
  const first = points.findIndex((p) => p.period >= period.from);
  const last = points.map((p) => p.period <= period.to).lastIndexOf(true);
  const periods = points.map((p) => p.period);
  return {
    height: frame.height + 4,
    node: (
      <Painted
        width={frame.width}
        height={frame.height}
        paint={(p) => {
          if (first !== -1 && last >= first) paintPeriodShade(p, scale, first, last);
          paintBand(
            p,
            scale,
            points.map((pt) => pt.low),
            points.map((pt) => pt.high),
          );
          paintValueGrid(p, scale, percentTick(locale));
          paintMonthAxis(p, scale, monthTicks(periods, locale, frame.plot.width));
          paintSeriesLine(
            p,
            scale,
            points.map((pt) => pt.scenario),
            { color: colors.scenario, dash: true },
          );
          paintSeriesLine(
            p,
            scale,
            points.map((pt) => pt.actual),
            { color: colors.actual, width: 2 },
          );
          paintLegend(p, frame, legend);
        }}
      />
    ),
  };
}

/** The chart with its heading, kept on one page. */
export function chartBlock(input: RoiChartInput): Block {
  return stackBlocks([headingBlock(reportTexts(input.locale).chartTitle, "h3"), roiChartBlock(input)]);
}
