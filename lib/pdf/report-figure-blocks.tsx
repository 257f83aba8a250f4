// Figures in three columns and KPIs, as painted blocks (report-paint.tsx, report-layout.ts).
import type { UiLocale } from "@/lib/i18n/locales";
import { formatNumber, formatPeriod } from "./formatters";
import { colors } from "./report-colors";
import { CONTENT, tableBlock, type Block } from "./report-layout";
import type { ReportKpi } from "./report-model";
import { linesBlock, Painted, paintLines, paintRule, paragraphLines, type TextLine } from "./report-paint";
import { reportTexts } from "./texts";

export type FigureItem = { label: string; value: string };
const COLUMN = CONTENT.width / 3;
const FIGURE_WIDTH = COLUMN - 8;
const ROW_GAP = 6;

const labelLines = (f: FigureItem) =>
  paragraphLines([{ text: f.label }], { size: 8, color: colors.muted, width: FIGURE_WIDTH });
const valueLines = (f: FigureItem) =>
  paragraphLines([{ text: f.value }], { size: 13, face: "bold", width: FIGURE_WIDTH });
const heightOf = (lines: TextLine[]) => lines.reduce((sum, l) => sum + l.height, 0);

/**
 * Figures in three columns, a row of three at a time (the packer may break between rows).
 * A row's values share one line: under the row's tallest label.
 */
export function figuresBlock(items: FigureItem[]): Block {
  const rows = Array.from({ length: Math.ceil(items.length / 3) }, (_, r) =>
    items.slice(r * 3, r * 3 + 3).map((f) => ({ label: labelLines(f), value: valueLines(f) })),
  );
  const labelHeights = rows.map((row) => Math.max(...row.map((f) => heightOf(f.label))));
  const rowHeights = rows.map(
    (row, r) =>
      labelHeights[r] + Math.max(...row.map((f) => heightOf(f.value))) + (r === rows.length - 1 ? 8 : ROW_GAP),
  );
  const at = (lines: TextLine[], c: number) => lines.map((l) => ({ ...l, indent: c * COLUMN }));
  return tableBlock({
    headHeight: 0,
    rowHeights,
    minRows: rows.length,
    render: (from, to) => (
      <Painted
        height={rowHeights.slice(from, to).reduce((a, b) => a + b, 0)}
        paint={(p) => {
          let y = 0;
          for (let r = from; r < to; r++) {
            rows[r].forEach((f, c) => {
              paintLines(p, at(f.label, c), y);
              paintLines(p, at(f.value, c), y + labelHeights[r]);
            });
            y += rowHeights[r];
          }
        }}
      />
    ),
  });
}

const kpiValue = (value: string | null, unit: string, locale: UiLocale) =>
  value === null ? "—" : `${formatNumber(value, locale)}${unit ? ` ${unit}` : ""}`;

/** One KPI: its name, then latest measurement, baseline, target and state, with a rule under it. */
export function kpiBlock(kpi: ReportKpi, locale: UiLocale): Block {
  const t = reportTexts(locale);
  const c = t.kpiColumns;
  const latest = kpi.latest
    ? `${kpiValue(kpi.latest.value, kpi.unit, locale)} (${formatPeriod(kpi.latest.period, locale)})`
    : "—";
  const details = `${c.latest}: ${latest} · ${c.baseline}: ${kpiValue(kpi.baseline, kpi.unit, locale)} · ${c.target}: ${kpiValue(kpi.target, kpi.unit, locale)} · `;
  const state = t.kpiStates[kpi.state];
  const lines = [
    ...paragraphLines([{ text: kpi.name }], { size: 10, face: "bold", marginTop: 3 }),
    ...paragraphLines(
      [{ text: details }, { text: state, face: "bold", color: kpi.state === "regressing" ? colors.bad : colors.ink }],
      { size: 10, marginBottom: 3.5 },
    ),
  ];
  return linesBlock(lines, {
    minLines: Math.min(lines.length, 12),
    decorate: (p, height) => paintRule(p, 0, CONTENT.width, height - 0.25, 0.5, colors.line),
  });
}
