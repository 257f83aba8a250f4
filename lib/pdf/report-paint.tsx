// Painted blocks: a block of the report drawn straight onto the page with pdfkit (through a
// react-pdf <Canvas>) instead of as react-pdf text and boxes. react-pdf lays out every text
// with its full text engine (bidi, font substitution, line breaking, a Yoga box); a table
// cell, a chart label or a figure needs none of that, and a 50-investment report has tens of
// thousands of them. The report plans its pages itself (report-layout.ts): a block's lines
// are broken before it is drawn (paragraphLines), so its height is known and exact.
// Coordinates are points from the block's top left corner; a text's y is the top of its
// line, as in react-pdf.
import { Canvas, Font } from "@react-pdf/renderer";
import { isValidElement, type ReactNode } from "react";
import { FONT } from "./report-fonts";
import type { PaintedTextOptions } from "./pdfkit-painted-text";
import { CONTENT, tableBlock, type Block } from "./report-layout";
import { colors } from "./report-colors";
import { lineHeight, wrapRuns } from "./text-metrics";

export type Face = keyof typeof FONT;

/** The pdfkit methods react-pdf's canvas painter passes on (a subset), each returning the painter. */
export type Painter = {
  font(src: unknown, size?: number): Painter;
  fontSize(size: number): Painter;
  fillColor(color: string): Painter;
  strokeColor(color: string): Painter;
  lineWidth(width: number): Painter;
  moveTo(x: number, y: number): Painter;
  lineTo(x: number, y: number): Painter;
  rect(x: number, y: number, w: number, h: number): Painter;
  fill(color?: string): Painter;
  stroke(color?: string): Painter;
  dash(length: number, options?: { space?: number }): Painter;
  save(): Painter;
  restore(): Painter;
  opacity(value: number): Painter;
  fillOpacity(value: number): Painter;
  text(text: string, x: number, y: number, options?: Record<string, unknown>): Painter;
  polygon(...points: [number, number][]): Painter;
  translate(x: number, y: number): Painter;
};

type Shaped = { advanceWidth: number };
type FontkitFont = { layout(text: string): Shaped; unitsPerEm: number };

// Looked up once per face: react-pdf resolves a font descriptor on every call, and every
// painted text names its face.
const loaded = new Map<Face, FontkitFont>();

/** The fontkit font of a face, as react-pdf loaded it (report-fonts.ts loads them before a render). */
function fontkitFont(face: Face): FontkitFont {
  let font = loaded.get(face);
  if (font === undefined) {
    const source = Font.getFont({ fontFamily: FONT[face] }) as unknown as { data?: FontkitFont } | null;
    if (!source?.data) throw new Error(`report font ${FONT[face]} is not loaded`);
    loaded.set(face, (font = source.data));
  }
  return font;
}

// Widths in ems by face and text: the same amounts and labels recur across a report.
const widths = new Map<string, number>();
const MAX_WIDTHS = 50_000;

/** The exact width of a one-line text in points (kerning included). */
export function paintedWidth(text: string, face: Face, size: number): number {
  if (text === "") return 0;
  const key = `${face}\u0000${text}`;
  let em = widths.get(key);
  if (em === undefined) {
    const font = fontkitFont(face);
    em = font.layout(text).advanceWidth / font.unitsPerEm;
    if (widths.size >= MAX_WIDTHS) widths.clear();
    widths.set(key, em);
  }
  return em * size;
}

export type TextOptions = {
  size: number;
  face?: Face;
  color?: string;
  /** Right: x is the right edge; center: x is the middle. */
  align?: "left" | "right" | "center";
  /** y is the baseline (as in SVG) rather than the top of the line. */
  baseline?: boolean;
};

/** One line of text, never wrapped (a line break in it is a space); y is the top of the line. */
export function paintText(p: Painter, line: string, x: number, y: number, options: TextOptions): void {
  const text = line.includes("\n") ? line.replaceAll("\n", " ") : line;
  if (text === "") return;
  const face = options.face ?? "regular";
  const align = options.align ?? "left";
  const left =
    align === "left"
      ? x
      : align === "right"
        ? x - paintedWidth(text, face, options.size)
        : x - paintedWidth(text, face, options.size) / 2;
  p.font(fontkitFont(face), options.size).text(text, left, y, {
    painted: true,
    baseline: options.baseline === true,
    color: options.color ?? "#000000",
  } satisfies PaintedTextOptions);
}

export type Stroke = { width: number; color: string; /** 4 on, 2 off */ dash?: boolean };

/** A line through the points (two for a segment), stroked; a dash stays within this line. */
export function paintPolyline(p: Painter, points: [number, number][], { width, color, dash = false }: Stroke): void {
  if (points.length < 2) return;
  if (dash) p.save().dash(4, { space: 2 });
  p.moveTo(points[0][0], points[0][1]);
  for (let i = 1; i < points.length; i++) p.lineTo(points[i][0], points[i][1]);
  p.lineWidth(width).strokeColor(color).stroke();
  if (dash) p.restore();
}

/** A horizontal rule from x1 to x2 at y. */
export const paintRule = (p: Painter, x1: number, x2: number, y: number, width: number, color: string) =>
  paintPolyline(
    p,
    [
      [x1, y],
      [x2, y],
    ],
    { width, color },
  );

export type PaintedProps = { height: number; paint: (p: Painter, width: number) => void; width?: number };

/** A block drawn by `paint` in a box of the content's width and the given height. */
export function Painted({ height, paint, width = CONTENT.width }: PaintedProps): ReactNode {
  return (
    <Canvas
      style={{ width, height }}
      paint={(painter, w) => {
        paint(painter as unknown as Painter, w);
        return null;
      }}
    />
  );
}

/** A piece of text in one face and colour (the oblique face measures as the regular). */
export type PaintRun = { text: string; face?: Face; color?: string };
type WrapRun = { text: string; bold: boolean; face: Face; color: string };

/** One laid-out line: its pieces, size, its height and where its text sits in that height. */
export type TextLine = {
  runs: PaintRun[];
  size: number;
  height: number;
  /** From the line's top to the top of its text (room above: a margin). */
  textTop: number;
  /** Drawn from this x (an indent). */
  indent: number;
};

export type ParagraphStyle = {
  size: number;
  /** The face and colour of runs that name none. */
  face?: Face;
  color?: string;
  /** Room above the first line and below the last, in points. */
  marginTop?: number;
  marginBottom?: number;
  indent?: number;
  width?: number;
};

/** Runs wrapped into lines at the style's width (text-metrics' wrapRuns: the same breaks the heights are planned with). */
export function paragraphLines(runs: PaintRun[], style: ParagraphStyle): TextLine[] {
  const indent = style.indent ?? 0;
  const width = (style.width ?? CONTENT.width) - indent;
  const wrapped = wrapRuns<WrapRun>(
    runs.map((run) => {
      const face = run.face ?? style.face ?? "regular";
      return { text: run.text, face, bold: face === "bold", color: run.color ?? style.color ?? colors.ink };
    }),
    width,
    style.size,
  );
  const line = lineHeight(style.size);
  return wrapped.map((pieces, i) => ({
    runs: pieces.map(({ text, face, color }) => ({ text, face, color })),
    size: style.size,
    textTop: i === 0 ? (style.marginTop ?? 0) : 0,
    height: line + (i === 0 ? (style.marginTop ?? 0) : 0) + (i === wrapped.length - 1 ? (style.marginBottom ?? 0) : 0),
    indent,
  }));
}

/** Draws lines from y down; returns the y below them. */
export function paintLines(p: Painter, lines: TextLine[], y: number): number {
  for (const line of lines) {
    let x = line.indent;
    for (const run of line.runs) {
      const face = run.face ?? "regular";
      paintText(p, run.text, x, y + line.textTop, { size: line.size, face, color: run.color });
      x += paintedWidth(run.text, face, line.size);
    }
    y += line.height;
  }
  return y;
}

/**
 * Lines of text as one block that the packer may split between lines (as a table between
 * rows, without a head). `decorate` draws under each part's text (e.g. a bar along its
 * left edge), given the part's height and whether it holds the last line.
 */
export function linesBlock(
  lines: TextLine[],
  options: {
    keepWithNext?: boolean;
    /** Lines kept together at the bottom of a page (default 2); all of them for a short item. */
    minLines?: number;
    decorate?: (p: Painter, height: number, last: boolean) => void;
  } = {},
): Block {
  const heights = lines.map((l) => l.height);
  return tableBlock(
    {
      headHeight: 0,
      rowHeights: heights,
      minRows: Math.min(options.minLines ?? 2, lines.length),
      render: (from, to) => {
        const height = heights.slice(from, to).reduce((a, b) => a + b, 0);
        return (
          <Painted
            height={height}
            paint={(p) => {
              options.decorate?.(p, height, to === lines.length);
              paintLines(p, lines.slice(from, to), 0);
            }}
          />
        );
      },
    },
    { keepWithNext: options.keepWithNext },
  );
}

/** The height and drawing of a painted block's node (a <Painted> element), else null. */
export function paintedProps(node: ReactNode): PaintedProps | null {
  return isValidElement(node) && node.type === Painted ? (node.props as PaintedProps) : null;
}

/**
 * Whether react-pdf may skip paginating a planned page: every block on it is painted (its
 * height exact) and together they fit. A page with any react-pdf text keeps wrapping, so an
 * estimate that was too small still ends up on a page of its own (render.ts notices).
 */
export const pageIsExact = (page: Block[], capacity = CONTENT.height) =>
  page.every((block) => paintedProps(block.node) !== null) && page.reduce((sum, b) => sum + b.height, 0) <= capacity;

/** Draws painted nodes one under the other from y = 0, each at its planned height. */
export function paintStack(p: Painter, parts: { height: number; node: ReactNode }[], width = CONTENT.width): void {
  let y = 0;
  for (const part of parts) {
    const props = paintedProps(part.node);
    if (props) {
      p.save().translate(0, y);
      props.paint(p, props.width ?? width);
      p.restore();
    }
    y += part.height;
  }
}

/** Painted blocks (headings, a chart, notes) as one block that stays on one page. */
export function stackBlocks(parts: Block[], extra: Partial<Block> = {}): Block {
  const height = parts.reduce((sum, b) => sum + b.height, 0);
  return {
    height,
    node: <Painted height={height} paint={(p, w) => paintStack(p, parts, w)} />,
    ...extra,
  };
}
