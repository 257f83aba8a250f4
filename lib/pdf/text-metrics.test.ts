import { describe, expect, it } from "vitest";
import { textWidth, wrapRuns, type MeasuredRun } from "./text-metrics";

type Run = MeasuredRun & { color: string };
const texts = (lines: Run[][]) => lines.map((line) => line.map((r) => r.text).join(""));
const widthOf = (line: Run[], size: number) =>
  line.reduce((w, r) => w + textWidth(r.text, { fontSize: size, bold: r.bold }), 0);

describe("wrapRuns (the painted blocks' line breaker)", () => {
  it("fills lines greedily at the width, drops the space at a break, and starts a new line at \\n", () => {
    // "word" at 10 pt: w 736 + o 551 + r 370 + d 572 = 2229 → 22.29 pt; a space 2.86 pt.
    // Three words: 3 × 22.29 + 2 × 2.86 = 72.59 ≤ 75; a fourth would need 97.74.
    const lines = wrapRuns([{ text: "word word word word word\nnew", color: "ink" }], 75, 10);
    expect(texts(lines)).toEqual(["word word word", "word word", "new"]);
    for (const line of lines) expect(widthOf(line, 10)).toBeLessThanOrEqual(75);
  });

  it("keeps each run's style on its pieces and merges neighbours of the same style", () => {
    const lines = wrapRuns<Run>(
      [
        { text: "Target: 20 · ", color: "ink" },
        { text: "target met", bold: true, color: "ink" },
        { text: " (since May)", bold: true, color: "ink" },
      ],
      500,
      10,
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toEqual([
      { text: "Target: 20 · ", color: "ink" },
      { text: "target met (since May)", bold: true, color: "ink" },
    ]);
    // A narrow width breaks inside the bold run; the bold words stay bold on the next line.
    const narrow = wrapRuns<Run>(
      [
        { text: "Target: 20 · ", color: "ink" },
        { text: "target met", bold: true, color: "red" },
      ],
      60,
      10,
    );
    expect(texts(narrow)).toEqual(["Target: 20 ·", "target met"]);
    expect(narrow[1]).toEqual([{ text: "target met", bold: true, color: "red" }]);
  });

  it("breaks a word longer than a line wherever it must, every piece within the width", () => {
    // x is 533 thousandths: 5.33 pt at 10 pt, so 9 fit in 50 pt (47.97) and 10 do not.
    const lines = wrapRuns([{ text: "x".repeat(30), color: "ink" }], 50, 10);
    expect(texts(lines)).toEqual(["x".repeat(9), "x".repeat(9), "x".repeat(9), "xxx"]);
  });

  it("gives one empty line for no text, as a paragraph of nothing still takes a line", () => {
    expect(texts(wrapRuns([{ text: "", color: "ink" }], 100, 10))).toEqual([""]);
  });
});
