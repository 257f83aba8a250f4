// How much room a text takes in the PDF's standard fonts, estimated on the safe side, so the
// report can be split into pages before react-pdf lays it out (report-layout.ts). Widths
// are the Adobe Font Metrics of Helvetica and Helvetica-Bold (oblique = regular), in
// thousandths of the font size, for the printable ASCII characters 32–126.
const REGULAR =
  "278,278,355,556,556,889,667,222,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,278,278,584,584,584,556,1015,667,667,722,722,667,611,778,722,278,500,667,556,833,722,778,667,778,722,667,611,722,667,944,667,667,611,278,278,278,469,556,222,556,556,500,556,556,278,556,556,222,222,500,222,833,556,556,556,556,333,500,278,556,500,722,500,500,500,334,260,334,584";
const BOLD =
  "278,333,474,556,556,889,722,278,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,333,333,584,584,584,611,975,722,722,722,722,667,611,778,722,278,556,722,611,833,722,778,667,778,722,667,611,722,667,944,667,667,611,333,278,333,584,556,278,556,611,556,611,556,333,611,611,278,278,556,278,889,611,611,611,611,389,556,333,611,556,778,556,556,500,389,280,389,584";

const table = (csv: string) => csv.split(",").map(Number);
const WIDTHS = { regular: table(REGULAR), bold: table(BOLD) };

// Beyond ASCII: what the report's languages and formatters use; anything else counts as an em.
const OTHER: Record<string, number> = {
  "€": 556,
  "—": 1000,
  "–": 556,
  "·": 278,
  "…": 1000,
  "÷": 584,
  "×": 584,
  "\u00a0": 278,
  "\u202f": 278,
  "’": 278,
  "“": 500,
  "”": 500,
};
const WIDEST_LETTER = 722;

function charWidth(char: string, bold: boolean): number {
  const code = char.charCodeAt(0);
  if (code >= 32 && code <= 126) return WIDTHS[bold ? "bold" : "regular"][code - 32];
  const known = OTHER[char];
  if (known !== undefined) return known;
  // Accented Latin letters are as wide as their base letter at most.
  return /\p{Script=Latin}/u.test(char) ? WIDEST_LETTER : 1000;
}

export type TextStyle = { fontSize: number; bold?: boolean };

/** The width of a text on one line, in points (no kerning: at least the real width). */
export function textWidth(text: string, style: TextStyle): number {
  let units = 0;
  for (const char of text) units += charWidth(char, style.bold ?? false);
  return (units * style.fontSize) / 1000;
}

// react-pdf breaks lines by Knuth and Plass, which can choose a line more than a greedy fill:
// the estimate fills lines to a slightly smaller width.
const SAFE_WIDTH = 0.95;

/** The number of lines a text wraps into at `width` points ("\n" starts a new line). */
export function lineCount(text: string, width: number, style: TextStyle): number {
  const room = width * SAFE_WIDTH;
  const space = textWidth(" ", style);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(" ")) {
      const w = textWidth(word, style);
      if (used > 0 && used + space + w <= room) {
        used += space + w;
        continue;
      }
      if (used > 0) lines += 1;
      // A word longer than a line is broken wherever it must.
      const extra = Math.max(0, Math.ceil(w / room) - 1);
      lines += extra;
      used = w - extra * room;
    }
  }
  return lines;
}

/** react-pdf's line height for the standard fonts: ascent 900 + descent 200 per 1000. */
export const lineHeight = (fontSize: number) => fontSize * 1.1;

/** The height of a text block of one style at `width`. */
export const textHeight = (text: string, width: number, style: TextStyle) =>
  lineCount(text, width, style) * lineHeight(style.fontSize);
