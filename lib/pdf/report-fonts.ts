// The report's typeface: DejaVu Sans Condensed, shipped as an npm package (dejavu-fonts-ttf),
// embedded (subset) in every PDF. The PDF standard fonts only know WinAnsi, which lacks the
// minus sign (−), ≥ and ≤ that the definitions need; DejaVu has every Dutch and English glyph
// the report prints. Condensed keeps lines about as long as Helvetica's did. The widths
// text-metrics.ts estimates with are taken from these same files.
import path from "node:path";
import { Font } from "@react-pdf/renderer";
import { patchPaintedText } from "./pdfkit-painted-text";

// The same folder the logo rasteriser reads (lib/reports/rasterise-svg.ts).
const DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
const file = (name: string) => path.join(DIR, `${name}.ttf`);

/** Font family names for styles: one family per face, like "Helvetica-Bold" before. */
export const FONT = {
  regular: "DejaVuSansCondensed",
  bold: "DejaVuSansCondensed-Bold",
  oblique: "DejaVuSansCondensed-Oblique",
} as const;

let registered = false;

/** Registers the faces once per process (react-pdf reads a file the first time it is used). */
export function registerReportFonts() {
  if (registered) return;
  registered = true;
  Font.register({
    family: FONT.regular,
    fonts: [
      { src: file(FONT.regular) },
      { src: file(FONT.bold), fontWeight: 700 },
      { src: file(FONT.oblique), fontStyle: "italic" },
    ],
  });
  Font.register({ family: FONT.bold, src: file(FONT.bold) });
  Font.register({ family: FONT.oblique, src: file(FONT.oblique) });
}

registerReportFonts();

type Shaper = { layout: (text: string, ...rest: unknown[]) => unknown };
type GlyphRun = { glyphs: unknown[]; positions: Record<string, number>[] };

/**
 * A shaped run to hand out: pdfkit scales a run's positions in place when it draws text
 * itself (painted blocks, report-paint.tsx), so every caller gets its own positions.
 */
function copyOfRun(run: GlyphRun): GlyphRun {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(run) as object) as GlyphRun, run);
  copy.glyphs = run.glyphs.slice();
  copy.positions = run.positions.map((position) => ({ ...position }));
  return copy;
}
const MAX_CACHED_RUNS = 50_000;

/**
 * Loads the faces and remembers how each run of text was shaped. Shaping a run with fontkit
 * (DejaVu's kerning and ligature tables) costs about 60 µs, and a 50-investment report shapes
 * tens of thousands of runs, most of them repeated (amounts, months, column heads); each caller
 * gets a copy of the remembered run (copyOfRun).
 */
export async function loadReportFonts(): Promise<void> {
  await patchFontSwitching();
  await patchPaintedText();
  const faces = [
    { fontFamily: FONT.regular },
    { fontFamily: FONT.regular, fontWeight: 700 },
    { fontFamily: FONT.regular, fontStyle: "italic" as const },
    { fontFamily: FONT.bold },
    { fontFamily: FONT.oblique },
  ];
  for (const face of faces) {
    await Font.load(face);
    const source = Font.getFont(face) as unknown as { data?: Shaper & { __memo?: true } } | null;
    const font = source?.data;
    if (!font || font.__memo) continue;
    const shape = font.layout.bind(font);
    const runs = new Map<string, unknown>();
    font.layout = (text: string, features?: unknown, ...rest: unknown[]) => {
      if (rest.some((r) => r !== undefined && r !== "ltr")) return shape(text, features, ...rest);
      const key = `${features === undefined ? "" : JSON.stringify(features)}\u0000${text}`;
      let run = runs.get(key);
      if (run === undefined) {
        if (runs.size >= MAX_CACHED_RUNS) runs.clear();
        run = shape(text, features, ...rest);
        runs.set(key, run);
      }
      return copyOfRun(run as GlyphRun);
    };
    font.__memo = true;
  }
}

type PdfFontHost = {
  font(src: unknown, family?: unknown, size?: number): PdfFontHost;
  fontSize(size: number): PdfFontHost;
  _font: unknown;
  _fontSource: unknown;
  _fontFamily: unknown;
  __embeddedBySource?: Map<object, unknown>;
};

let fontSwitchPatched = false;

/**
 * react-pdf switches font before every run of text with the fontkit object itself
 * (`ctx.font(font, size)`). pdfkit 0.20 has no cache key for an object source, so each switch
 * builds a new EmbeddedFont (a fresh subset and width tables) only to find by comparing the
 * fonts' name tables (JSON.stringify) that it already has one, and throw the new one away: in a
 * 50-investment report that is most of a second and much of the garbage. Remember per document
 * which embedded font a fontkit object became; the first switch still goes through pdfkit.
 */
export async function patchFontSwitching(): Promise<void> {
  if (fontSwitchPatched) return;
  fontSwitchPatched = true;
  const { default: PDFDocument } = (await import("pdfkit")) as unknown as { default: { prototype: PdfFontHost } };
  const original = PDFDocument.prototype.font;
  PDFDocument.prototype.font = function (this: PdfFontHost, src: unknown, family?: unknown, size?: number) {
    const isFontObject =
      typeof src === "object" && src !== null && typeof (src as { layout?: unknown }).layout === "function";
    if (!isFontObject) return original.call(this, src, family, size);
    const known = this.__embeddedBySource?.get(src as object);
    if (known === undefined) {
      original.call(this, src, family, size);
      (this.__embeddedBySource ??= new Map()).set(src as object, this._font);
      return this;
    }
    this._font = known;
    this._fontSource = src;
    this._fontFamily = null;
    const fontSize = typeof family === "number" ? family : size;
    if (fontSize != null) this.fontSize(fontSize);
    return this;
  };
}
