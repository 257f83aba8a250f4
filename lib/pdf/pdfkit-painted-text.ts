// A lean text call for painted blocks (report-paint.tsx). pdfkit's text() is general: options,
// line wrapping, alignment, decorations, and per call a save/transform/restore and a font
// state written anew; a 50-investment report makes some twenty thousand calls, each one line
// of a few words at a known point. With `{ painted: true }` the call goes here instead: the
// same glyph encoding (the font's subset and kerning, as pdfkit does it), written as one
// text object. Any run that needs glyph offsets (combining marks) goes to pdfkit's own path.
type Position = { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number };
type EmbeddedFont = { id: string; ascender: number; encode(text: string): [string[], Position[]]; ref(): unknown };
type PdfDocument = {
  _font: EmbeddedFont;
  _fontSize: number;
  page: { height: number; fonts: Record<string, unknown> };
  addContent(content: string): PdfDocument;
  text(text: string, x?: number, y?: number, options?: Record<string, unknown>): PdfDocument;
  fillColor(color: string): PdfDocument;
};

/** `color`: "#rrggbb", set for this text only (pdfkit's fill colour is left as it was). */
export type PaintedTextOptions = { painted: true; baseline?: boolean; color?: string };

const fills = new Map<string, string>();

/** "#1f2937" as a PDF fill colour operator ("0.122 0.161 0.216 rg"). */
function fillOperator(hex: string): string {
  let operator = fills.get(hex);
  if (operator === undefined) {
    const channels = [1, 3, 5].map((i) => num(Number.parseInt(hex.slice(i, i + 2), 16) / 255));
    operator = `${channels.join(" ")} rg`;
    fills.set(hex, operator);
  }
  return operator;
}

/** At most three decimals, as short as possible (a PDF number). */
const num = (value: number) => String(Math.round(value * 1000) / 1000);

/**
 * The glyphs of `text` as a TJ array ("[<0012002a> -12 <0031> 0]"), or null when a glyph
 * needs an offset. Glyphs in runs; a kerning adjustment (advance ≠ the glyph's width) ends a
 * run, as in pdfkit. Encoding adds the glyphs to the font's subset.
 */
function glyphArray(font: EmbeddedFont, text: string): string | null {
  const [encoded, positions] = font.encode(text);
  if (positions.some((p) => p.xOffset || p.yOffset)) return null;
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < positions.length; i++) {
    const adjust = positions[i].xAdvance - positions[i].advanceWidth;
    if (adjust !== 0 || i === positions.length - 1) {
      parts.push(`<${encoded.slice(start, i + 1).join("")}> ${num(-adjust)}`);
      start = i + 1;
    }
  }
  return `[${parts.join(" ")}]`;
}

// Per embedded font (one per document and face), each text's TJ array: a report repeats its
// amounts, months and labels thousands of times. Weak: it goes with the document.
const arrays = new WeakMap<EmbeddedFont, Map<string, string | null>>();

/** The content that draws `text` with its top (or, with `baseline`, its baseline) at y; null when pdfkit must do it. */
function textContent(
  doc: PdfDocument,
  text: string,
  x: number,
  y: number,
  { baseline, color }: { baseline: boolean; color?: string },
): string | null {
  const font = doc._font;
  const size = doc._fontSize;
  let known = arrays.get(font);
  if (known === undefined) arrays.set(font, (known = new Map()));
  let glyphs = known.get(text);
  if (glyphs === undefined) known.set(text, (glyphs = glyphArray(font, text)));
  if (glyphs === null) return null;
  if (doc.page.fonts[font.id] == null) doc.page.fonts[font.id] = font.ref();
  // pdfkit's pages draw with y downwards (a flipped matrix); text is drawn unflipped.
  const top = baseline ? 0 : (font.ascender / 1000) * size;
  const pdfY = doc.page.height - y - top;
  const fill = color === undefined ? "" : `${fillOperator(color)} `;
  return `q ${fill}1 0 0 -1 0 ${num(doc.page.height)} cm BT 1 0 0 1 ${num(x)} ${num(pdfY)} Tm /${font.id} ${num(size)} Tf ${glyphs} TJ ET Q`;
}

let patched = false;

/** Routes `text(…, { painted: true })` to the lean path (once per process). */
export async function patchPaintedText(): Promise<void> {
  if (patched) return;
  patched = true;
  const { default: PDFDocument } = (await import("pdfkit")) as unknown as { default: { prototype: PdfDocument } };
  const original = PDFDocument.prototype.text;
  PDFDocument.prototype.text = function (this: PdfDocument, text, x, y, options) {
    if (options?.painted !== true || typeof x !== "number" || typeof y !== "number" || text === "")
      return original.call(this, text, x, y, options);
    // "#rrggbb" goes into the text object; any other colour pdfkit sets as usual.
    const hex = typeof options.color === "string" && /^#[0-9a-f]{6}$/i.test(options.color);
    if (typeof options.color === "string" && !hex) this.fillColor(options.color);
    const color = hex ? (options.color as string) : undefined;
    const content = textContent(this, text, x, y, { baseline: options.baseline === true, color });
    if (content === null) {
      const { painted: _painted, baseline, color: fill, ...rest } = options;
      if (hex) this.fillColor(fill as string);
      return original.call(
        this,
        text,
        x,
        y,
        baseline ? { ...rest, lineBreak: false, baseline: "alphabetic" } : { ...rest, lineBreak: false },
      );
    }
    return this.addContent(content);
  };
}
