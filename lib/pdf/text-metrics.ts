// How much room a text takes in the report's font, and where its lines break: the report is
// split into pages before anything is drawn (report-layout.ts), and painted blocks draw
// exactly the lines wrapRuns gives (report-paint.tsx). Widths are the advance widths of DejaVu Sans Condensed and its bold (report-fonts.ts; the oblique has the
// regular's widths), in thousandths of the font size, rounded up: for the printable ASCII
// characters 32–126 and Latin-1 160–255 (ë, ï, é, ó, ...), read from the TTF files with fontkit.
const REGULAR_ASCII =
  "286,361,414,754,573,855,702,248,352,352,450,754,286,325,286,304,573,573,573,573,573,573,573,573,573,573,304,304,754,754,754,478,900,616,618,629,693,569,518,698,677,266,266,590,501,777,673,709,543,709,625,572,550,659,616,890,617,550,617,352,304,352,754,450,450,552,572,495,572,554,317,572,571,250,250,521,250,877,571,551,572,572,370,469,353,571,533,736,533,533,473,573,304,573,754";
const REGULAR_LATIN1 =
  "286,361,573,573,573,573,304,450,450,900,424,556,754,325,900,450,450,754,361,361,450,573,573,286,450,361,424,556,873,873,873,478,616,616,616,616,616,616,877,629,569,569,569,569,266,266,266,266,698,673,709,709,709,709,709,754,709,659,659,659,659,550,547,567,552,552,552,552,552,552,896,495,554,554,554,554,250,250,250,250,551,571,551,551,551,551,551,754,551,571,571,571,571,533,572,533";
const BOLD_ASCII =
  "313,411,469,754,626,902,785,276,412,412,471,754,342,374,342,329,626,626,626,626,626,626,626,626,626,626,360,360,754,754,754,522,900,697,686,661,748,615,615,739,753,335,335,698,574,896,753,765,660,765,693,648,614,731,697,993,694,652,653,412,329,412,754,450,450,607,645,534,645,611,392,645,641,309,309,599,309,938,641,619,645,645,444,536,431,641,587,832,581,587,524,641,329,641,754";
const BOLD_LATIN1 =
  "313,411,626,626,573,626,329,450,450,900,508,582,754,374,900,450,450,754,395,395,450,663,573,342,450,395,508,582,932,932,932,522,697,697,697,697,697,697,977,661,615,615,615,615,335,335,335,335,754,753,765,765,765,765,765,754,765,731,731,731,731,652,664,647,607,607,607,607,607,607,943,534,611,611,611,611,309,309,309,309,619,641,619,619,619,619,619,754,619,641,641,641,641,587,645,587";

const table = (csv: string) => csv.split(",").map(Number);
const WIDTHS = {
  regular: { ascii: table(REGULAR_ASCII), latin1: table(REGULAR_LATIN1) },
  bold: { ascii: table(BOLD_ASCII), latin1: table(BOLD_LATIN1) },
};

// Beyond Latin-1: what the report's languages and formatters use (regular, bold).
const OTHER: Record<string, [number, number]> = {
  "€": [573, 626],
  "—": [900, 900],
  "–": [450, 450],
  "…": [900, 900],
  "\u202f": [180, 180],
  "‘": [286, 342],
  "’": [286, 342],
  "“": [466, 592],
  "”": [466, 592],
  "≥": [754, 754],
  "≤": [754, 754],
  "−": [754, 754],
  "•": [531, 576],
  "→": [754, 754],
};
// Anything else counts as an em: more than any character the report prints.
const EM = 1000;

function charWidth(char: string, bold: boolean): number {
  const code = char.charCodeAt(0);
  const widths = WIDTHS[bold ? "bold" : "regular"];
  if (code >= 32 && code <= 126) return widths.ascii[code - 32];
  if (code >= 160 && code <= 255) return widths.latin1[code - 160];
  const known = OTHER[char];
  return known === undefined ? EM : known[bold ? 1 : 0];
}

export type TextStyle = { fontSize: number; bold?: boolean };

/** The width of a text on one line, in points (no kerning: at least the real width). */
export function textWidth(text: string, style: TextStyle): number {
  let units = 0;
  for (const char of text) units += charWidth(char, style.bold ?? false);
  return (units * style.fontSize) / 1000;
}

/** A piece of text in one style, as the line breaker measures it (the oblique face has the regular's widths). */
export type MeasuredRun = { text: string; bold?: boolean };

/**
 * Greedy line breaking of runs of text at `width` points: words (split at spaces) fill a
 * line while they fit, "\n" starts a new line, and a word longer than a line is broken
 * wherever it must. Returns each line as pieces of the runs (same properties, text cut).
 * Pure; the painted blocks (report-paint.tsx) draw exactly these lines.
 */
export function wrapRuns<R extends MeasuredRun>(runs: R[], width: number, fontSize: number): R[][] {
  const lines: R[][] = [[]];
  let used = 0;
  const widthOf = (text: string, run: R) => textWidth(text, { fontSize, bold: run.bold });
  const line = () => lines[lines.length - 1];
  const newLine = () => {
    // A line ends without the spaces before its break.
    const pieces = line();
    const last = pieces[pieces.length - 1];
    if (last) pieces[pieces.length - 1] = { ...last, text: last.text.replace(/ +$/, "") };
    lines.push([]);
    used = 0;
  };
  const append = (run: R, text: string, w: number) => {
    const pieces = line();
    const last = pieces[pieces.length - 1];
    const same = last && Object.keys(run).every((k) => k === "text" || last[k as keyof R] === run[k as keyof R]);
    if (same) pieces[pieces.length - 1] = { ...last, text: last.text + text };
    else pieces.push({ ...run, text });
    used += w;
  };
  for (const run of runs) {
    run.text.split("\n").forEach((paragraph, p) => {
      if (p > 0) newLine();
      paragraph.split(" ").forEach((word, i) => {
        const w = widthOf(word, run);
        // A space before every word but a run's first; none at the start of a line.
        const spaceWidth = i > 0 ? widthOf(" ", run) : 0;
        if (used > 0 && used + spaceWidth + w > width) newLine();
        if (used === 0 && w > width) breakWord(run, word);
        else if (used === 0) append(run, word, w);
        else append(run, `${i > 0 ? " " : ""}${word}`, spaceWidth + w);
      });
    });
  }
  function breakWord(run: R, word: string) {
    let piece = "";
    for (const char of word) {
      if (piece !== "" && widthOf(piece + char, run) > width) {
        append(run, piece, widthOf(piece, run));
        newLine();
        piece = "";
      }
      piece += char;
    }
    append(run, piece, widthOf(piece, run));
  }
  return lines;
}

/** react-pdf's line height for DejaVu: (ascent 1901 + descent 483) ÷ 2048 units per em = 1.1641, rounded up. */
export const lineHeight = (fontSize: number) => fontSize * 1.165;
