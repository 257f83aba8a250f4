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
};

export type PaintedTextOptions = { painted: true; baseline?: boolean };

/** At most three decimals, as short as possible (a PDF number). */
const num = (value: number) => String(Math.round(value * 1000) / 1000);

/** The content that draws `text` with its top (or, with `baseline`, its baseline) at y; null when pdfkit must do it. */
function textContent(doc: PdfDocument, text: string, x: number, y: number, baseline: boolean): string | null {
  const font = doc._font;
  const size = doc._fontSize;
  const [encoded, positions] = font.encode(text);
  if (positions.some((p) => p.xOffset || p.yOffset)) return null;
  if (doc.page.fonts[font.id] == null) doc.page.fonts[font.id] = font.ref();
  // pdfkit's pages draw with y downwards (a flipped matrix); text is drawn unflipped.
  const top = baseline ? 0 : (font.ascender / 1000) * size;
  const pdfY = doc.page.height - y - top;
  // Glyphs in runs; a kerning adjustment (advance ≠ the glyph's width) ends a run, as in pdfkit.
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < positions.length; i++) {
    const adjust = positions[i].xAdvance - positions[i].advanceWidth;
    if (adjust !== 0 || i === positions.length - 1) {
      parts.push(`<${encoded.slice(start, i + 1).join("")}> ${num(-adjust)}`);
      start = i + 1;
    }
  }
  return `q 1 0 0 -1 0 ${num(doc.page.height)} cm BT 1 0 0 1 ${num(x)} ${num(pdfY)} Tm /${font.id} ${num(size)} Tf [${parts.join(" ")}] TJ ET Q`;
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
    const content = textContent(this, text, x, y, options.baseline === true);
    if (content === null) {
      const { painted: _painted, baseline, ...rest } = options;
      return original.call(this, text, x, y, baseline ? { ...rest, lineBreak: false, baseline: "alphabetic" } : { ...rest, lineBreak: false });
    }
    return this.addContent(content);
  };
}
