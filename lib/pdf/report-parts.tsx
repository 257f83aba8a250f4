// Building blocks shared by the workspace report and the one-page investment report.
import { Polygon, Polyline, Rect, StyleSheet, Svg, Line as SvgLine, Text, View } from "@react-pdf/renderer";
import { formatDateTime, formatMoney, formatNumber, formatPercent, formatPeriod } from "./formatters";
import type { UiLocale } from "@/lib/i18n/locales";
import type { ReportChartPoint, ReportKpi, ReportLeak, ReportModel } from "./report-model";
import type { ReportPeriod } from "./report-period";
import { reportTexts } from "./texts";

export const colors = {
  ink: "#1f2937",
  muted: "#6b7280",
  line: "#e5e7eb",
  band: "#c7d2fe",
  scenario: "#4f46e5",
  actual: "#047857",
  period: "#fef3c7",
  bad: "#b91c1c",
};

export const styles = StyleSheet.create({
  page: {
    paddingTop: 40,
    paddingBottom: 56,
    paddingHorizontal: 44,
    fontFamily: "Helvetica",
    fontSize: 10,
    color: colors.ink,
  },
  h1: { fontSize: 22, fontFamily: "Helvetica-Bold", marginBottom: 6 },
  h2: { fontSize: 15, fontFamily: "Helvetica-Bold", marginBottom: 8, marginTop: 4 },
  h3: { fontSize: 11, fontFamily: "Helvetica-Bold", marginBottom: 4, marginTop: 10 },
  muted: { color: colors.muted },
  small: { fontSize: 8, color: colors.muted },
  figures: { flexDirection: "row", flexWrap: "wrap", marginBottom: 8 },
  figure: { width: "33.3%", paddingVertical: 5, paddingRight: 8 },
  figureLabel: { fontSize: 8, color: colors.muted, marginBottom: 2 },
  figureValue: { fontSize: 13, fontFamily: "Helvetica-Bold" },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: colors.line, paddingVertical: 3 },
  headRow: {
    flexDirection: "row",
    borderBottomWidth: 1,
    borderBottomColor: colors.ink,
    paddingVertical: 3,
    fontFamily: "Helvetica-Bold",
    fontSize: 8,
  },
  footer: {
    position: "absolute",
    bottom: 24,
    left: 44,
    right: 44,
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: 8,
    color: colors.muted,
  },
  leak: { marginBottom: 6, paddingLeft: 6, borderLeftWidth: 2, borderLeftColor: colors.bad },
});

export const money = (value: number, model: { locale: UiLocale }, currency: string) =>
  formatMoney(value, model.locale, currency);
export const percent = (value: number | null, locale: UiLocale) => formatPercent(value, locale);

export function periodText(period: ReportPeriod, locale: UiLocale) {
  return period.from === period.to
    ? formatPeriod(period.to, locale)
    : `${formatPeriod(period.from, locale)} - ${formatPeriod(period.to, locale)}`;
}

/** Page x of y and the generated-at stamp on every page. */
export function Footer({ model }: { model: ReportModel }) {
  const t = reportTexts(model.locale);
  return (
    <View style={styles.footer} fixed>
      <Text>{`${model.workspaceName} · ${t.generatedAt(formatDateTime(model.generatedAt, model.locale))}`}</Text>
      <Text render={({ pageNumber, totalPages }) => t.page(pageNumber, totalPages)} />
    </View>
  );
}

export function Figure({ label, value }: { label: string; value: string }) {
  return (
    <View style={styles.figure}>
      <Text style={styles.figureLabel}>{label}</Text>
      <Text style={styles.figureValue}>{value}</Text>
    </View>
  );
}

const CHART = { width: 440, height: 150, pad: 4 };

/** Polyline segments of the non-null values (a gap where the value is null). */
function segments(values: (number | null)[], x: (i: number) => number, y: (v: number) => number): string[] {
  const out: string[][] = [[]];
  values.forEach((v, i) =>
    v === null ? out.push([]) : out[out.length - 1].push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`),
  );
  return out.filter((s) => s.length > 1).map((s) => s.join(" "));
}

/** Cumulative ROI as vector graphics: the forecast band, the chosen scenario and the actual line. */
export function RoiChart({
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
  const { width, height, pad } = CHART;
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
  const lastIndex = points.map((p) => p.period <= period.to).lastIndexOf(true);
  const showPeriod = first !== -1 && lastIndex >= first;
  return (
    <View>
      <View style={{ flexDirection: "row" }}>
        <Svg width={width} height={height}>
          {showPeriod ? (
            <Rect
              x={x(first) - 2}
              y={0}
              width={Math.max(4, x(lastIndex) - x(first) + 4)}
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
        </Svg>
        <View style={{ height, justifyContent: "space-between", marginLeft: 4 }}>
          <Text style={styles.small}>{percent(max, locale)}</Text>
          <Text style={styles.small}>{percent(min, locale)}</Text>
        </View>
      </View>
      <View style={{ flexDirection: "row", justifyContent: "space-between", width }}>
        <Text style={styles.small}>{formatPeriod(points[0].period, locale)}</Text>
        <Text style={styles.small}>{formatPeriod(points[points.length - 1].period, locale)}</Text>
      </View>
      <View style={{ flexDirection: "row", marginTop: 3 }}>
        <LegendKey color={colors.actual} height={2} label={t.chartLegend.actual} />
        <LegendKey color={colors.scenario} height={1} label={t.chartLegend.scenario(scenario)} />
        <LegendKey color={colors.band} height={6} label={t.chartLegend.band} />
        <LegendKey color={colors.period} height={6} label={t.chartLegend.period} />
      </View>
    </View>
  );
}

function LegendKey({ color, height, label }: { color: string; height: number; label: string }) {
  return (
    <View style={{ flexDirection: "row", alignItems: "center", marginRight: 10 }}>
      <View style={{ width: 12, height, backgroundColor: color, marginRight: 3 }} />
      <Text style={styles.small}>{label}</Text>
    </View>
  );
}

const kpiValue = (value: string | null, unit: string, locale: UiLocale) =>
  value === null ? "—" : `${formatNumber(value, locale)}${unit ? ` ${unit}` : ""}`;

export function KpiTable({ kpis, locale, limit }: { kpis: ReportKpi[]; locale: UiLocale; limit?: number }) {
  const t = reportTexts(locale);
  if (kpis.length === 0) return <Text style={styles.muted}>{t.noKpis}</Text>;
  const shown = limit === undefined ? kpis : kpis.slice(0, limit);
  const cell = (flex: number) => ({ flex, paddingRight: 4 });
  return (
    <View>
      <View style={styles.headRow}>
        <Text style={cell(3)}>{t.kpiColumns.name}</Text>
        <Text style={cell(2)}>{t.kpiColumns.baseline}</Text>
        <Text style={cell(2)}>{t.kpiColumns.target}</Text>
        <Text style={cell(3)}>{t.kpiColumns.latest}</Text>
        <Text style={cell(2)}>{t.kpiColumns.state}</Text>
      </View>
      {shown.map((kpi, i) => (
        <View key={i} style={styles.row} wrap={false}>
          <Text style={cell(3)}>{kpi.name}</Text>
          <Text style={cell(2)}>{kpiValue(kpi.baseline, kpi.unit, locale)}</Text>
          <Text style={cell(2)}>{kpiValue(kpi.target, kpi.unit, locale)}</Text>
          <Text style={cell(3)}>
            {kpi.latest
              ? `${kpiValue(kpi.latest.value, kpi.unit, locale)} (${formatPeriod(kpi.latest.period, locale)})`
              : "—"}
          </Text>
          <Text style={[cell(2), kpi.state === "regressing" ? { color: colors.bad } : {}]}>
            {t.kpiStates[kpi.state]}
          </Text>
        </View>
      ))}
      {shown.length < kpis.length ? <Text style={styles.small}>{t.moreItems(kpis.length - shown.length)}</Text> : null}
    </View>
  );
}

function leakMonths(leak: ReportLeak, locale: UiLocale) {
  if (leak.fromPeriod === null || leak.toPeriod === null) return "";
  return leak.fromPeriod === leak.toPeriod
    ? formatPeriod(leak.fromPeriod, locale)
    : `${formatPeriod(leak.fromPeriod, locale)} - ${formatPeriod(leak.toPeriod, locale)}`;
}

export function LeakList({
  leaks,
  locale,
  withInvestment,
  limit,
}: {
  leaks: ReportLeak[];
  locale: UiLocale;
  withInvestment: boolean;
  limit?: number;
}) {
  const t = reportTexts(locale);
  if (leaks.length === 0) return <Text style={styles.muted}>{t.noLeaks}</Text>;
  const shown = limit === undefined ? leaks : leaks.slice(0, limit);
  return (
    <View>
      {shown.map((leak, i) => (
        <View key={i} style={styles.leak} wrap={false}>
          <Text style={{ fontFamily: "Helvetica-Bold" }}>
            {`${withInvestment ? `${i + 1}. ${leak.investmentName}: ` : ""}${t.leakCodes[leak.code]}${leak.kpi ? ` (${leak.kpi})` : ""}`}
          </Text>
          <Text>{`${t.atStake(formatMoney(leak.atStakeMonthly, locale, leak.currency))}${leakMonths(leak, locale) ? ` · ${leakMonths(leak, locale)}` : ""}`}</Text>
          <Text style={styles.muted}>{`${t.nextStep}: ${t.nextSteps[leak.code]}`}</Text>
        </View>
      ))}
      {shown.length < leaks.length ? (
        <Text style={styles.small}>{t.moreItems(leaks.length - shown.length)}</Text>
      ) : null}
    </View>
  );
}
