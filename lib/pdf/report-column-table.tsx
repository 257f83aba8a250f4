// A painted table of text columns (report-paint.tsx): a bold head row and body rows, each
// cell wrapped to its column, amounts right-aligned, a rule under every row; split between
// rows across pages with the head repeated (tableBlock). The report's overview of
// investments and the appendix of exchange rates use it.
import { colors } from "./report-colors";
import { CONTENT, tableBlock, type Block } from "./report-layout";
import { Painted, paintLines, paintRule, paintText, paragraphLines, type Painter, type TextLine } from "./report-paint";
import { lineHeight } from "./text-metrics";

export type ColumnTable = {
  /** Relative column widths. */
  columns: number[];
  /** Space between columns (points). */
  gap: number;
  rightAligned: (column: number) => boolean;
  head: string[];
  rows: string[][];
};

const PAD = 3;
const HEAD = { size: 8, face: "bold" as const };
const ROW = { size: 9 };

export function columnTableBlock(table: ColumnTable): Block {
  const unit = CONTENT.width / table.columns.reduce((a, b) => a + b, 0);
  const cellWidth = (i: number) => table.columns[i] * unit - table.gap;
  const left = (i: number) => table.columns.slice(0, i).reduce((a, b) => a + b, 0) * unit;
  const cellLines = (cells: string[], style: { size: number; face?: "bold" }) =>
    cells.map((text, i) => paragraphLines([{ text }], { ...style, width: cellWidth(i) }));
  const rowHeight = (lines: TextLine[][]) => Math.max(...lines.map((l) => l.length)) * lineHeight(lines[0][0].size) + 2 * PAD + 0.5;

  const head = cellLines(table.head, HEAD);
  const body = table.rows.map((cells) => cellLines(cells, ROW));
  const headHeight = rowHeight(head) + 0.5;
  const rowHeights = body.map(rowHeight);
  /** One row at y: each cell's lines, right-aligned amounts, and the rule under it. */
  const paintRow = (p: Painter, lines: TextLine[][], y: number, height: number, isHead: boolean) => {
    lines.forEach((cell, i) => {
      if (!table.rightAligned(i))
        return paintLines(
          p,
          cell.map((l) => ({ ...l, indent: left(i) })),
          y + PAD,
        );
      cell.forEach((line, k) =>
        paintText(p, line.runs.map((r) => r.text).join(""), left(i) + cellWidth(i), y + PAD + k * line.height, {
          size: line.size,
          face: isHead ? "bold" : "regular",
          color: colors.ink,
          align: "right",
        }),
      );
    });
    paintRule(p, 0, CONTENT.width, y + height - (isHead ? 0.5 : 0.25), isHead ? 1 : 0.5, isHead ? colors.ink : colors.line);
  };
  return tableBlock({
    headHeight,
    rowHeights,
    render: (from, to) => (
      <Painted
        height={headHeight + rowHeights.slice(from, to).reduce((a, b) => a + b, 0)}
        paint={(p) => {
          paintRow(p, head, 0, headHeight, true);
          let y = headHeight;
          for (let r = from; r < to; r++) {
            paintRow(p, body[r], y, rowHeights[r], false);
            y += rowHeights[r];
          }
        }}
      />
    ),
  });
}
