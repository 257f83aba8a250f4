import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Text } from "@react-pdf/renderer";
import { createElement } from "react";
import { describe, expect, it, vi } from "vitest";
import { countPdfPages, renderPlanned } from "./render";
import { CONTENT, packPages, PAGE, type Block } from "./report-layout";
import { buildReportModel } from "./report-model";
import { linesBlock, pageIsExact, Painted, paintText, paragraphLines } from "./report-paint";
import { paragraphBlock } from "./report-parts";
import { lineHeight } from "./text-metrics";
import { PlannedDocument } from "./workspace-report";

const model = buildReportModel({
  workspace: { name: "Verf BV", currency: "EUR" },
  consultantName: "Demi",
  options: { period: { from: "2026-10", to: "2026-10" }, scenario: "expected", locale: "nl" },
  generatedAt: new Date("2026-11-15T12:00:00Z"),
  investments: [],
  reviews: [],
});

function withPdf<T>(pdf: Buffer, read: (file: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), "realised-paint-"));
  try {
    const file = path.join(dir, "p.pdf");
    writeFileSync(file, pdf);
    return read(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pdftotext = (pdf: Buffer, ...args: string[]) =>
  withPdf(pdf, (file) => execFileSync("pdftotext", [...args, file, "-"], { encoding: "utf8" }));

/** Every word pdftotext finds, with its box in points from the page's top left. */
const words = (pdf: Buffer) =>
  [
    ...pdftotext(pdf, "-bbox").matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ),
  ].map((m) => ({ xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5] }));

const render = (pages: Block[][]) =>
  renderPlanned(pages, (numbering) => PlannedDocument({ model, pages, numbering, title: "t" }));

const GLYPHS = "geïnvesteerd financiële één óf € 1.234,56 ‘koers’ “prognose” 2026–2027 ≥ 0 −20%";

describe("painted blocks", () => {
  it("print every Dutch glyph in the regular, bold and oblique faces (pdftotext round trip), in DejaVu only", async () => {
    const block = linesBlock([
      ...paragraphLines([{ text: GLYPHS }], { size: 10 }),
      ...paragraphLines([{ text: GLYPHS, face: "bold" }], { size: 10 }),
      ...paragraphLines([{ text: GLYPHS, face: "oblique" }], { size: 10 }),
    ]);
    const pdf = await render([[block]]);
    const lines = pdftotext(pdf, "-layout")
      .replace(/\u00a0/g, " ")
      .split("\n")
      .map((line) => line.trim());
    expect(lines.filter((line) => line === GLYPHS)).toHaveLength(3);
    const fonts = withPdf(pdf, (file) => execFileSync("pdffonts", [file], { encoding: "utf8" }));
    for (const face of ["DejaVuSansCondensed ", "DejaVuSansCondensed-Bold ", "DejaVuSansCondensed-Oblique "])
      expect(fonts).toContain(face);
  }, 30_000);

  it("a letter with a combining accent goes through pdfkit's own text path and still reads back", async () => {
    const cafe = "Cafe\u0301 de Flore"; // e + combining acute: a glyph drawn with an offset
    const pdf = await render([[paragraphBlock(cafe)]]);
    expect(pdftotext(pdf, "-raw").normalize("NFC")).toContain("Café de Flore");
  }, 30_000);

  it("right-aligned text ends at its anchor, and each line sits one line height under the last", async () => {
    const size = 9;
    const amounts = ["1.616,00", "−12.928,00", "48,51%"];
    const label = "Kosten\nprognose"; // one line: the break is a space
    const block: Block = {
      height: 4 * lineHeight(size),
      node: createElement(Painted, {
        height: 4 * lineHeight(size),
        paint: (p, width) =>
          [...amounts, label].forEach((a, i) => paintText(p, a, width, i * lineHeight(size), { size, align: "right" })),
      }),
    };
    const all = words(await render([[block]]));
    const prognose = all.find((w) => w.text === "prognose");
    expect(all.find((w) => w.text === "Kosten")?.yMin).toBe(prognose?.yMin);
    expect(Math.abs((prognose?.xMax ?? 0) - (PAGE.side + CONTENT.width))).toBeLessThan(0.05);
    const found = all.filter((w) => amounts.includes(w.text));
    expect(found.map((w) => w.text)).toEqual(amounts);
    const right = PAGE.side + CONTENT.width;
    for (const w of found) expect(Math.abs(w.xMax - right)).toBeLessThan(0.05);
    expect(found[1].yMin - found[0].yMin).toBeCloseTo(lineHeight(size), 2);
    expect(found[2].yMin - found[1].yMin).toBeCloseTo(lineHeight(size), 2);
  }, 30_000);

  it("a long paragraph breaks across pages between lines, all words in order, each page exact", async () => {
    const text = Array.from({ length: 150 }, (_, i) => `woord${i}`).join(" ");
    const filler: Block = {
      height: CONTENT.height - 5 * lineHeight(10),
      node: createElement(Painted, { height: 1, paint: () => {} }),
    };
    const pages = packPages([filler, paragraphBlock(text)]);
    expect(pages).toHaveLength(2);
    expect(pages.every((page) => pageIsExact(page))).toBe(true);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const pdf = await render(pages);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    expect(countPdfPages(pdf)).toBe(2);
    const printed = words(pdf)
      .map((w) => w.text)
      .filter((w) => w.startsWith("woord"));
    expect(printed).toEqual(text.split(" "));
  }, 30_000);

  it("a page with any react-pdf text is not exact: react-pdf still paginates it", () => {
    const painted = paragraphBlock("geschilderd");
    const reactPdf: Block = { height: 20, node: createElement(Text, null, "react-pdf") };
    expect(pageIsExact([painted])).toBe(true);
    expect(pageIsExact([painted, reactPdf])).toBe(false);
    // Painted, but more than a page: react-pdf may have to wrap it.
    expect(pageIsExact([{ ...painted, height: CONTENT.height + 1 }])).toBe(false);
  });
});
