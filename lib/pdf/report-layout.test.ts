import { describe, expect, it } from "vitest";
import { packPages, type Block } from "./report-layout";
import { textWidth } from "./text-metrics";

const block = (name: string, height: number, extra: Partial<Block> = {}): Block => ({ height, node: name, ...extra });
const names = (pages: Block[][]) => pages.map((page) => page.map((b) => b.node));

describe("text metrics", () => {
  it("measures with the DejaVu Sans Condensed widths, bold wider, unknown characters as an em", () => {
    // a 552 + b 572 + c 495 = 1619 thousandths of 10 pt; bold 607 + 645 + 534 = 1786.
    expect(textWidth("abc", { fontSize: 10 })).toBeCloseTo(16.19, 2);
    expect(textWidth("abc", { fontSize: 10, bold: true })).toBeCloseTo(17.86, 2);
    // € 573 + space 286 + six digits 6 × 573 + "." 286 + "," 286 = 4869.
    expect(textWidth("€ 1.234,56", { fontSize: 10 })).toBeCloseTo(48.69, 2);
    // ë and ï as wide as e (554) and i (250); the minus sign and ≥ 754.
    expect(textWidth("ëï−≥", { fontSize: 10 })).toBeCloseTo(23.12, 2);
    expect(textWidth("\u4e00", { fontSize: 10 })).toBe(10);
  });
});

describe("packPages", () => {
  it("fills pages in order and starts a new page when the next block does not fit", () => {
    expect(names(packPages([block("a", 40), block("b", 40), block("c", 40)], { capacity: 100 }))).toEqual([
      ["a", "b"],
      ["c"],
    ]);
  });

  it("keeps a heading with the block after it", () => {
    const pages = packPages([block("a", 50), block("h", 20, { keepWithNext: true }), block("b", 40)], {
      capacity: 100,
    });
    expect(names(pages)).toEqual([["a"], ["h", "b"]]);
  });

  it("repeats a table's head row and opens continuation pages with the section's title", () => {
    const head = block("head", 10, { keepWithNext: true });
    const rows = [1, 2, 3, 4].map((n) => block(`row${n}`, 30, { head }));
    const continued = block("continued", 10);
    const pages = packPages([head, ...rows], { capacity: 80, continued });
    expect(names(pages)).toEqual([
      ["head", "row1", "row2"],
      ["continued", "head", "row3", "row4"],
    ]);
  });

  it("gives a block taller than a page a page of its own, and an empty list one empty page", () => {
    expect(names(packPages([block("a", 10), block("huge", 500), block("b", 10)], { capacity: 100 }))).toEqual([
      ["a"],
      ["huge"],
      ["b"],
    ]);
    expect(packPages([], { capacity: 100 })).toEqual([[]]);
  });
});
