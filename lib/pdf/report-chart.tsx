// The cumulative ROI chart of one investment as vector graphics. The scale is drawn inside
// the <Svg> and the months and legend are one text: every separate text or box is a layout
// node for react-pdf, and 50 charts of them were a large part of a report's time.
import { Polygon, Polyline, Rect, Svg, Line as SvgLine, Text, View } from "@react-pdf/renderer";
import type { UiLocale } from "@/lib/i18n/locales";
import { formatPeriod } from "./formatters";
import type { ReportChartPoint } from "./report-model";
import { CONTENT, type Block } from "./report-layout";
import { colors, headingBlock, percent, styles } from "./report-parts";
import { lineHeight, textHeight } from "./text-metrics";
import type { ReportPeriod } from "./report-period";
import { reportTexts } from "./texts";

const PLOT = { width: 440, height: 150, pad: 4 };
const SVG = { width: 500, height: PLOT.height };
const LABEL = { fontSize: 7, fontFamily: "Helvetica" };

/** Polyline segments of the non-null values (a gap where the value is null). */
function segments(values: (number | null)[], x: (i: number) => number, y: (v: number) => number): string[] {
  const out: string[][] = [[]];
  values.forEach((v, i) =>
    v === null ? out.push([]) : out[out.length - 1].push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`),
  );
  return out.filter((s) => s.length > 1).map((s) => s.join(" "));
}

function SvgLabel({
  x,
  y,
  anchor = "start",
  children,
}: {
  x: number;
  y: number;
  anchor?: "start" | "end";
  children: string;
}) {
  return (
    <Text x={x} y={y} textAnchor={anchor} fill={colors.muted} style={LABEL}>
      {children}
    </Text>
  );
}

type LegendParts = { range: string; actual: string; scenario: string; band: string; period: string };

function legendParts(points: ReportChartPoint[], locale: UiLocale, scenario: string): LegendParts {
  const t = reportTexts(locale);
  return {
    range: `${formatPeriod(points[0].period, locale)} - ${formatPeriod(points[points.length - 1].period, locale)}`,
    actual: t.chartLegend.actual,
    scenario: t.chartLegend.scenario(scenario),
    band: t.chartLegend.band,
    period: t.chartLegend.period,
  };
}

const GAP = "     ";
const SWATCH = "      ";
const legendText = (l: LegendParts) =>
  `${l.range}${GAP}—— ${l.actual}${GAP}- - ${l.scenario}${GAP}${SWATCH} ${l.band}${GAP}${SWATCH} ${l.period}`;

/** The months shown and the legend as one text: coloured marks (a run's background for the areas) before each label. */
function Legend({ parts }: { parts: LegendParts }) {
  return (
    <Text style={[styles.small, { marginTop: 3 }]}>
      {`${parts.range}${GAP}`}
      <Text style={{ color: colors.actual, fontFamily: "Helvetica-Bold" }}>{"—— "}</Text>
      {`${parts.actual}${GAP}`}
      <Text style={{ color: colors.scenario, fontFamily: "Helvetica-Bold" }}>{"- - "}</Text>
      {`${parts.scenario}${GAP}`}
      <Text style={{ backgroundColor: colors.band }}>{SWATCH}</Text>
      {` ${parts.band}${GAP}`}
      <Text style={{ backgroundColor: colors.period }}>{SWATCH}</Text>
      {` ${parts.period}`}
    </Text>
  );
}

/** Cumulative ROI: the forecast band, the chosen scenario, the actual line and the report period. */
function RoiChart({
  points,
  period,
  locale,
  scenario,
}: {
  points: ReportChartPoint[];
  period: ReportPeriod;
  locale: UiLocale;
  scenario: string;
}) {
  const t = reportTexts(locale);
  const values = points.flatMap((p) => [p.low, p.high, p.scenario, p.actual]).filter((v): v is number => v !== null);
  if (points.length < 2 || values.length === 0) return <Text style={styles.muted}>{t.noChart}</Text>;
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  const span = max - min || 1;
  const { width, height, pad } = PLOT;
  const x = (i: number) => pad + (i * (width - 2 * pad)) / (points.length - 1);
  const y = (v: number) => pad + ((max - v) * (height - 2 * pad)) / span;
  const banded = points
    .map((p, i) => ({ i, low: p.low, high: p.high }))
    .filter((p): p is { i: number; low: number; high: number } => p.low !== null && p.high !== null);
  const band = [
    ...banded.map((p) => `${x(p.i).toFixed(1)},${y(p.high).toFixed(1)}`),
    ...[...banded].reverse().map((p) => `${x(p.i).toFixed(1)},${y(p.low).toFixed(1)}`),
  ].join(" ");
  const first = points.findIndex((p) => p.period >= period.from);
  const last = points.map((p) => p.period <= period.to).lastIndexOf(true);
  return (
    <>
      <Svg width={SVG.width} height={SVG.height}>
        {first !== -1 && last >= first ? (
          <Rect
            x={x(first) - 2}
            y={0}
            width={Math.max(4, x(last) - x(first) + 4)}
            height={height}
            fill={colors.period}
          />
        ) : null}
        {banded.length > 1 ? <Polygon points={band} fill={colors.band} fillOpacity={0.6} /> : null}
        <SvgLine
          x1={pad}
          x2={width - pad}
          y1={y(0)}
          y2={y(0)}
          stroke={colors.muted}
          strokeWidth={0.5}
          strokeDasharray="3 2"
        />
        {segments(
          points.map((p) => p.scenario),
          x,
          y,
        ).map((s, i) => (
          <Polyline
            key={`s${i}`}
            points={s}
            stroke={colors.scenario}
            strokeWidth={1.2}
            fill="none"
            strokeDasharray="4 2"
          />
        ))}
        {segments(
          points.map((p) => p.actual),
          x,
          y,
        ).map((s, i) => (
          <Polyline key={`a${i}`} points={s} stroke={colors.actual} strokeWidth={2} fill="none" />
        ))}
        <SvgLabel x={width + 4} y={pad + 6}>
          {percent(max, locale)}
        </SvgLabel>
        <SvgLabel x={width + 4} y={height - pad}>
          {percent(min, locale)}
        </SvgLabel>
      </Svg>
      <Legend parts={legendParts(points, locale, scenario)} />
    </>
  );
}

/** The chart with its heading, kept on one page. */
export function chartBlock(input: {
  points: ReportChartPoint[];
  period: ReportPeriod;
  locale: UiLocale;
  scenario: string;
}): Block {
  const heading = headingBlock(reportTexts(input.locale).chartTitle, "h3");
  const drawn =
    input.points.length >= 2 && input.points.some((p) => [p.low, p.high, p.scenario, p.actual].some((v) => v !== null));
  const body = drawn
    ? SVG.height +
      3 +
      textHeight(legendText(legendParts(input.points, input.locale, input.scenario)), CONTENT.width, {
        fontSize: 8,
        bold: true,
      })
    : lineHeight(10);
  return {
    height: heading.height + body,
    node: (
      <View wrap={false}>
        {heading.node}
        <RoiChart {...input} />
      </View>
    ),
  };
}
