// The sensitivity tornado of one investment as vector graphics: per driver (largest swing
// first) a bar from the plan's NPV to the NPV with the driver 20% lower, and one to the NPV
// with it 20% higher, with the driver's name at the left and both amounts at the right (the
// text says what the bars show: no information by colour alone).
import { G, Rect, Svg, Line as SvgLine, Text, View } from "@react-pdf/renderer";
import type { UiLocale } from "@/lib/i18n/locales";
import { formatMoney, formatNumber } from "./formatters";
import { CHART_LABEL, ChartLegend, legendLayout, valueAxis, type LegendEntry } from "./report-chart";
import type { ReportRisk } from "./report-investment-model";
import { CONTENT, type Block } from "./report-layout";
import { colors, headingBlock, paragraphBlock } from "./report-parts";
import { textWidth } from "./text-metrics";
import { reportTexts } from "./texts";

const ROW = 22;
const BAR = 7;
const LABEL_WIDTH = 150;
const AMOUNTS_WIDTH = 118;
const TOP = 4;
const AXIS = 18;
const LOW_COLOR = "#d97706";
const HIGH_COLOR = colors.scenario;

/** The text cut to `width` points, with an ellipsis when it had to be cut. */
export function fitText(text: string, width: number, fontSize: number): string {
  if (textWidth(text, { fontSize }) <= width) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut}…`, { fontSize }) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

type Sensitivity = ReportRisk["sensitivity"];

function legendOf(changePct: number, locale: UiLocale): LegendEntry[] {
  const t = reportTexts(locale).investment;
  return [
    { label: t.tornadoLow(changePct), color: LOW_COLOR, mark: "area" },
    { label: t.tornadoHigh(changePct), color: HIGH_COLOR, mark: "area" },
  ];
}

function svgHeight(sensitivity: Sensitivity, locale: UiLocale) {
  const rows = Math.max(...legendLayout(legendOf(sensitivity.changePct, locale), CONTENT.width).map((p) => p.row)) + 1;
  return TOP + sensitivity.drivers.length * ROW + AXIS + rows * 11 + 2;
}

function Tornado({ sensitivity, currency, locale }: { sensitivity: Sensitivity; currency: string; locale: UiLocale }) {
  const t = reportTexts(locale).investment;
  const { drivers, changePct } = sensitivity;
  const base = Number(sensitivity.baseNpv);
  const values = [base, ...drivers.flatMap((d) => [Number(d.lowNpv), Number(d.highNpv)])];
  const axis = valueAxis(values, 5, false);
  const left = LABEL_WIDTH;
  const width = CONTENT.width - LABEL_WIDTH - AMOUNTS_WIDTH;
  const x = (v: number) => left + ((v - axis.min) * width) / (axis.max - axis.min || 1);
  const bottom = TOP + drivers.length * ROW;
  const height = svgHeight(sensitivity, locale);
  const bar = (from: number, to: number, y: number, fill: string) => (
    <Rect
      x={Math.min(x(from), x(to))}
      y={y}
      width={Math.max(0.8, Math.abs(x(to) - x(from)))}
      height={BAR}
      fill={fill}
    />
  );
  return (
    <Svg width={CONTENT.width} height={height}>
      {axis.ticks.map((tick) => (
        <G key={tick}>
          <SvgLine x1={x(tick)} x2={x(tick)} y1={TOP} y2={bottom} stroke={colors.line} strokeWidth={0.5} />
          <Text x={x(tick)} y={bottom + 9} textAnchor="middle" fill={colors.muted} style={CHART_LABEL}>
            {formatNumber(tick, locale)}
          </Text>
        </G>
      ))}
      <Text x={left + width} y={bottom + 17} textAnchor="end" fill={colors.muted} style={CHART_LABEL}>
        {t.tornadoAxis(currency)}
      </Text>
      {drivers.map((d, i) => {
        const y = TOP + i * ROW;
        const label = `${d.label} (${t.driverKinds[d.kind]})${d.clamped ? "*" : ""}`;
        return (
          <G key={i}>
            <Text x={0} y={y + 12} fill={colors.ink} style={CHART_LABEL}>
              {fitText(label, LABEL_WIDTH - 8, CHART_LABEL.fontSize)}
            </Text>
            {bar(base, Number(d.lowNpv), y + 3, LOW_COLOR)}
            {bar(base, Number(d.highNpv), y + 3 + BAR + 1, HIGH_COLOR)}
            <Text x={CONTENT.width} y={y + 9} textAnchor="end" fill={colors.ink} style={CHART_LABEL}>
              {`−${changePct}%: ${formatMoney(d.lowNpv, locale, currency)}`}
            </Text>
            <Text x={CONTENT.width} y={y + 18} textAnchor="end" fill={colors.ink} style={CHART_LABEL}>
              {`+${changePct}%: ${formatMoney(d.highNpv, locale, currency)}`}
            </Text>
          </G>
        );
      })}
      <SvgLine x1={x(base)} x2={x(base)} y1={TOP - 2} y2={bottom} stroke={colors.ink} strokeWidth={1} />
      <ChartLegend frame={{ width: CONTENT.width, legendTop: bottom + AXIS }} entries={legendOf(changePct, locale)} />
    </Svg>
  );
}

/** The tornado with its heading and a line that says how to read it; blocks for report-layout.ts. */
export function tornadoBlocks(sensitivity: Sensitivity, currency: string, locale: UiLocale): Block[] {
  const t = reportTexts(locale).investment;
  const heading = headingBlock(t.tornadoTitle(sensitivity.changePct), "h3");
  if (sensitivity.drivers.length === 0) return [heading, paragraphBlock(t.tornadoNone, { muted: true })];
  const intro = paragraphBlock(t.tornadoIntro(formatMoney(sensitivity.baseNpv, locale, currency)), {
    muted: true,
    marginBottom: 4,
  });
  const notes = [
    sensitivity.moreDrivers > 0 ? t.tornadoMore(sensitivity.moreDrivers) : "",
    sensitivity.drivers.some((d) => d.clamped) ? `* ${t.clamped}` : "",
  ].filter(Boolean);
  const note = notes.length > 0 ? paragraphBlock(notes.join(" · "), { muted: true }) : null;
  const chart = svgHeight(sensitivity, locale);
  return [
    {
      height: heading.height + intro.height + chart + (note?.height ?? 0),
      node: (
        <View wrap={false}>
          {heading.node}
          {intro.node}
          <Tornado sensitivity={sensitivity} currency={currency} locale={locale} />
          {note?.node}
        </View>
      ),
    },
  ];
}
