// Figures in three columns and KPIs, as blocks (report-layout.ts) with as few layout nodes as possible.
import { Text, View } from "@react-pdf/renderer";
import type { UiLocale } from "@/lib/i18n/locales";
import { formatNumber, formatPeriod } from "./formatters";
import { CONTENT, type Block } from "./report-layout";
import type { ReportKpi } from "./report-model";
import { BODY_BOLD, colors, styles } from "./report-parts";
import { lineCount, lineHeight, textHeight } from "./text-metrics";
import { reportTexts } from "./texts";

export type FigureItem = { label: string; value: string };
const FIGURE_WIDTH = CONTENT.width / 3 - 8;
const oneLine = (items: FigureItem[]) =>
  items.every(
    (f) =>
      lineCount(f.label, FIGURE_WIDTH, { fontSize: 8 }) === 1 &&
      lineCount(f.value, FIGURE_WIDTH, { fontSize: 13, bold: true }) === 1,
  );

/**
 * Figures in three columns. When every label and value fits on one line, each column is
 * one text (three layout nodes instead of one per figure); otherwise one text per figure.
 */
export function figuresBlock(items: FigureItem[]): Block {
  const rows = Math.ceil(items.length / 3);
  if (oneLine(items)) {
    const columns = [0, 1, 2].map((c) => items.filter((_, i) => i % 3 === c));
    return {
      height: rows * (lineHeight(8) + lineHeight(13)) + (rows - 1) * lineHeight(5) + 8,
      node: (
        <View style={styles.figures}>
          {columns.map((column, c) => (
            <Text key={c} style={styles.figureColumn}>
              {column.map((f, i) => [
                i > 0 ? "\n\n" : "",
                <Text key={`l${i}`} style={styles.figureLabel}>{`${f.label}\n`}</Text>,
                <Text key={`v${i}`} style={styles.figureValue}>
                  {f.value}
                </Text>,
              ])}
            </Text>
          ))}
        </View>
      ),
    };
  }
  const rowHeights = Array.from({ length: rows }, (_, r) =>
    Math.max(
      ...items
        .slice(r * 3, r * 3 + 3)
        .map(
          (f) =>
            textHeight(f.label, FIGURE_WIDTH, { fontSize: 8 }) +
            textHeight(f.value, FIGURE_WIDTH, { fontSize: 13, bold: true }) +
            10,
        ),
    ),
  );
  return {
    height: rowHeights.reduce((a, b) => a + b, 0) + 8,
    node: (
      <View style={styles.figures}>
        {items.map((f, i) => (
          <Text key={i} style={styles.figure}>
            <Text style={styles.figureLabel}>{`${f.label}\n`}</Text>
            <Text style={styles.figureValue}>{f.value}</Text>
          </Text>
        ))}
      </View>
    ),
  };
}

const kpiValue = (value: string | null, unit: string, locale: UiLocale) =>
  value === null ? "—" : `${formatNumber(value, locale)}${unit ? ` ${unit}` : ""}`;

/** One KPI as one text: its name, then latest measurement, baseline, target and state. */
export function kpiBlock(kpi: ReportKpi, locale: UiLocale): Block {
  const t = reportTexts(locale);
  const c = t.kpiColumns;
  const latest = kpi.latest
    ? `${kpiValue(kpi.latest.value, kpi.unit, locale)} (${formatPeriod(kpi.latest.period, locale)})`
    : "—";
  const details = `${c.latest}: ${latest} · ${c.baseline}: ${kpiValue(kpi.baseline, kpi.unit, locale)} · ${c.target}: ${kpiValue(kpi.target, kpi.unit, locale)} · `;
  const state = t.kpiStates[kpi.state];
  return {
    height:
      textHeight(kpi.name, CONTENT.width, BODY_BOLD) + textHeight(details + state, CONTENT.width, BODY_BOLD) + 6.5,
    node: (
      <Text style={styles.kpi}>
        <Text style={styles.bold}>{kpi.name}</Text>
        {`\n${details}`}
        <Text style={kpi.state === "regressing" ? [styles.bold, { color: colors.bad }] : styles.bold}>
          {state}
        </Text>
      </Text>
    ),
  };
}
