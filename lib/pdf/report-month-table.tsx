// The month-by-month table of one investment as a table block (report-layout.ts): it breaks
// across pages between rows, the head row repeated. Each part is drawn as one text per
// column (rows joined by new lines), so a 120-row table costs a dozen layout nodes instead of
// a thousand; every cell is one line, so the columns' rows line up. Column widths come from
// the widest cell; should the table not fit the page's width, the font shrinks.
import type { UiLocale } from "@/lib/i18n/locales";
import { formatAmount, formatPercent } from "./formatters";
import { shortPeriod } from "./report-chart";
import type { ReportMonthRow } from "./report-investment-model";
import { CONTENT, tableBlock, type Block } from "./report-layout";
import { Painted, paintRule, paintText, type Face } from "./report-paint";
import { colors } from "./report-parts";
import { lineHeight, textWidth } from "./text-metrics";
import { reportTexts } from "./texts";

type Column = { head: string; cells: string[]; align: "left" | "right" };

const FONT_SIZE = 7.5;
const MIN_FONT_SIZE = 5.5;
const CELL_PAD = 6;

// Amounts with cents and grouping, without the currency (named once above the table): a
// column of "€" signs only narrows the room for the digits.
const amount = (value: string | null, locale: UiLocale) => (value === null ? "—" : formatAmount(value, locale));
const pct = (value: number | null, locale: UiLocale) => (value === null ? "—" : formatPercent(value, locale));

function rowLabel(row: ReportMonthRow, locale: UiLocale): string {
  const t = reportTexts(locale).investment;
  if (row.kind === "total") return t.totalRecorded;
  return row.from === row.to
    ? shortPeriod(row.from, locale)
    : `${shortPeriod(row.from, locale)} – ${shortPeriod(row.to, locale)}`;
}

/** The table's columns as texts, in the report's language. */
export function monthTableColumns(rows: ReportMonthRow[], locale: UiLocale): Column[] {
  const c = reportTexts(locale).investment.tableColumns;
  const money = (pick: (r: ReportMonthRow) => string | null) => rows.map((r) => amount(pick(r), locale));
  return [
    { head: c.period, cells: rows.map((r) => rowLabel(r, locale)), align: "left" },
    { head: c.forecastCost, cells: money((r) => r.forecastCost), align: "right" },
    { head: c.actualCost, cells: money((r) => r.actualCost), align: "right" },
    { head: c.costVariance, cells: money((r) => r.costVariance), align: "right" },
    { head: c.forecastBenefit, cells: money((r) => r.forecastBenefit), align: "right" },
    { head: c.actualBenefit, cells: money((r) => r.actualBenefit), align: "right" },
    { head: c.benefitVariance, cells: money((r) => r.benefitVariance), align: "right" },
    { head: c.roiForecast, cells: rows.map((r) => pct(r.cumRoiForecastPct, locale)), align: "right" },
    { head: c.roiActual, cells: rows.map((r) => pct(r.cumRoiActualPct, locale)), align: "right" },
  ];
}

/** Widths that fit the widest cell (bold: the total row and the head), and the font size that lets them fit the page. */
export function columnWidths(columns: Column[], width = CONTENT.width): { widths: number[]; fontSize: number } {
  const natural = columns.map((column) =>
    Math.max(
      ...column.head.split("\n").map((line) => textWidth(line, { fontSize: FONT_SIZE, bold: true })),
      ...column.cells.map((cell) => textWidth(cell, { fontSize: FONT_SIZE, bold: true })),
    ),
  );
  const needed = natural.reduce((a, b) => a + b, 0) + CELL_PAD * columns.length;
  const fontSize = needed <= width ? FONT_SIZE : Math.max(MIN_FONT_SIZE, (FONT_SIZE * width) / needed);
  const scaled = natural.map((w) => (w * fontSize) / FONT_SIZE + CELL_PAD);
  // What is left over goes to the numbers, evenly: the period column stays as narrow as it can.
  const spare = Math.max(0, width - scaled.reduce((a, b) => a + b, 0)) / (columns.length - 1);
  return { widths: scaled.map((w, i) => (i === 0 ? w : w + spare)), fontSize };
}

type RowStyle = "total" | "forecast" | "missing" | "plain";

const styleOf = (row: ReportMonthRow): RowStyle =>
  row.kind === "total"
    ? "total"
    : row.kind === "forecast" || row.kind === "forecastYear"
      ? "forecast"
      : row.kind === "missing"
        ? "missing"
        : "plain";

const LOOKS: Record<RowStyle, { face: Face; color: string }> = {
  total: { face: "bold", color: colors.ink },
  forecast: { face: "oblique", color: colors.muted },
  missing: { face: "regular", color: colors.muted },
  plain: { face: "regular", color: colors.ink },
};

/** The month table as a block that the packer may split, or null without rows. */
export function monthTableBlock(rows: ReportMonthRow[], locale: UiLocale): Block | null {
  if (rows.length === 0) return null;
  const columns = monthTableColumns(rows, locale);
  const { widths, fontSize } = columnWidths(columns);
  const row = lineHeight(fontSize);
  // Two head lines, padding 3 + 3, the rule; the body's padding 3.
  const headHeight = 2 * row + 7 + 3;
  const total = widths.reduce((a, b) => a + b, 0);
  // Where each column's text starts (left) or ends (right).
  const anchors = columns.map((column, i) => {
    const left = widths.slice(0, i).reduce((a, b) => a + b, 0);
    return column.align === "left" ? left : left + widths[i];
  });
  return tableBlock({
    headHeight,
    rowHeights: rows.map(() => row),
    minRows: 4,
    render: (from, to) => (
      <Painted
        height={headHeight + (to - from) * row}
        paint={(p) => {
          columns.forEach((column, i) => {
            const lines = column.head.split("\n");
            lines.forEach((line, k) =>
              paintText(p, line, anchors[i], 3 + k * row, {
                size: fontSize,
                face: "bold",
                color: colors.ink,
                align: column.align,
              }),
            );
          });
          paintRule(p, 0, total, 3 + 2 * row + 3 + 0.5, 1, colors.ink);
          for (let r = from; r < to; r++) {
            const look = LOOKS[styleOf(rows[r])];
            const y = headHeight + (r - from) * row;
            columns.forEach((column, i) =>
              paintText(p, column.cells[r], anchors[i], y, { size: fontSize, ...look, align: column.align }),
            );
          }
        }}
      />
    ),
  });
}
