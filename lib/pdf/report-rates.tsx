// The appendix "Exchange rates used": every stored rate a converted amount of the report used
// (a cross rate's two legs each, report-conversion.ts), as a painted table that breaks across
// pages between rows with its head repeated; then the forecasts converted at the latest known
// rate and the rates that are missing.
import { formatNumber } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { colors } from "./report-colors";
import type { ReportRateUsed } from "./report-conversion";
import { CONTENT, tableBlock, type Block } from "./report-layout";
import type { ReportModel } from "./report-model";
import { headingBlock, paragraphBlock } from "./report-parts";
import {
  linesBlock,
  Painted,
  paintLines,
  paintRule,
  paintText,
  paragraphLines,
  type Painter,
  type TextLine,
} from "./report-paint";
import { lineHeight } from "./text-metrics";
import { reportTexts } from "./texts";

// Month, from→to, rate, source, used for.
const COLUMNS = [1.6, 1.7, 2, 2.4, 4.3];
const GAP = 6;
const UNIT = CONTENT.width / COLUMNS.reduce((a, b) => a + b, 0);
const cellWidth = (i: number) => COLUMNS[i] * UNIT - GAP;
const left = (i: number) => COLUMNS.slice(0, i).reduce((a, b) => a + b, 0) * UNIT;
const rightAligned = (i: number) => i === 2;
const PAD = 3;

const cellLines = (cells: string[], style: { size: number; face?: "bold" }) =>
  cells.map((text, i) => paragraphLines([{ text }], { ...style, width: cellWidth(i) }));
const rowHeight = (lines: TextLine[][]) =>
  Math.max(...lines.map((l) => l.length)) * lineHeight(lines[0][0].size) + 2 * PAD + 0.5;

/** A stored rate as written: "1.0823" in the report's language, every decimal kept. */
const rateText = (rate: string, locale: UiLocale) => formatNumber(rate, locale, 10);

function rateCells(rate: ReportRateUsed, locale: UiLocale): string[] {
  const c = reportTexts(locale).conversion;
  return [
    rate.period,
    `${rate.from}→${rate.to}`,
    rateText(rate.rate, locale),
    c.sources[rate.source] ?? rate.source,
    rate.usedFor.map((u) => `${u.from}→${u.to}${c.how[u.how]}`).join(", "),
  ];
}

/** The table of rates: a head row and a row per rate. */
function ratesTable(model: ReportModel): Block {
  const c = reportTexts(model.locale).conversion;
  const head = cellLines([c.columns.month, c.columns.pair, c.columns.rate, c.columns.source, c.columns.usedFor], {
    size: 8,
    face: "bold",
  });
  const body = model.rates.used.map((r) => cellLines(rateCells(r, model.locale), { size: 9 }));
  const headHeight = rowHeight(head) + 0.5;
  const rowHeights = body.map(rowHeight);
  const paintRow = (p: Painter, lines: TextLine[][], y: number, height: number, isHead: boolean) => {
    lines.forEach((cell, i) => {
      if (!rightAligned(i))
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
    paintRule(
      p,
      0,
      CONTENT.width,
      y + height - (isHead ? 0.5 : 0.25),
      isHead ? 1 : 0.5,
      isHead ? colors.ink : colors.line,
    );
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

/** One line per item, as a block the packer may split between lines. */
const listBlock = (items: string[]) =>
  linesBlock(items.flatMap((text) => paragraphLines([{ text }], { size: 9, color: colors.ink, marginBottom: 2 })));

/** Whether the report converted anything (then it has this appendix). */
export const hasConversions = (model: ReportModel) =>
  model.rates.used.length > 0 || model.rates.missing.length > 0 || model.investments.some((i) => i.converted !== null);

/** The appendix's blocks: the rates used, the forecasts at the latest known rate, the missing rates. */
export function rateAppendixBlocks(model: ReportModel): Block[] {
  const c = reportTexts(model.locale).conversion;
  const { used, fallbacks, missing } = model.rates;
  return [
    headingBlock(c.ratesTitle, "h2"),
    { ...paragraphBlock(c.ratesIntro, { muted: true, marginBottom: 8 }), keepWithNext: true },
    used.length === 0 ? paragraphBlock(c.noRatesUsed, { muted: true }) : ratesTable(model),
    ...(fallbacks.length === 0
      ? []
      : [
          headingBlock(c.fallbacksTitle, "h3"),
          { ...paragraphBlock(c.fallbacksIntro, { muted: true, marginBottom: 4 }), keepWithNext: true },
          listBlock(fallbacks.map(c.fallbackLine)),
        ]),
    ...(missing.length === 0
      ? []
      : [
          headingBlock(c.missingTitle, "h3"),
          { ...paragraphBlock(c.missingIntro, { muted: true, marginBottom: 4 }), keepWithNext: true },
          listBlock(missing.map(c.missingRate)),
        ]),
  ];
}
