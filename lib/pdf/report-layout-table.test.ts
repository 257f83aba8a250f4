import { describe, expect, it } from "vitest";
import { packPages, tableBlock, type Block } from "./report-layout";

const block = (name: string, height: number, extra: Partial<Block> = {}): Block => ({ height, node: name, ...extra });
// A part of a table is drawn as "table[from-to)": the head row is part of every part.
const table = (rows: number, rowHeight: number, headHeight = 10, minRows?: number) =>
  tableBlock({
    headHeight,
    rowHeights: Array(rows).fill(rowHeight),
    render: (from, to) => `table[${from}-${to})`,
    minRows,
  });
const names = (pages: Block[][]) => pages.map((page) => page.map((b) => b.node));
const heights = (pages: Block[][]) => pages.map((page) => page.map((b) => b.height));

describe("packPages with a table", () => {
  it("keeps a table that fits in one part", () => {
    // 10 + 5 × 10 = 60 ≤ 100 − 20
    const pages = packPages([block("a", 20), table(5, 10)], { capacity: 100 });
    expect(names(pages)).toEqual([["a", "table[0-5)"]]);
    expect(heights(pages)).toEqual([[20, 60]]);
  });

  it("splits between rows, repeating the head row and the continuation title on every later page", () => {
    const continued = block("continued", 10);
    // Page 1: 20 used, head 10 + 7 rows × 10 = 80 → 100. Page 2: continued 10 + head 10 + 8 rows = 100.
    // Page 3: continued 10 + head 10 + the last 5 rows = 70, then "b".
    const pages = packPages([block("a", 20), table(20, 10), block("b", 20)], { capacity: 100, continued });
    expect(names(pages)).toEqual([
      ["a", "table[0-7)"],
      ["continued", "table[7-15)"],
      ["continued", "table[15-20)", "b"],
    ]);
    expect(heights(pages)).toEqual([
      [20, 80],
      [10, 90],
      [10, 60, 20],
    ]);
  });

  it("moves the table to the next page rather than leave its head with fewer than minRows rows", () => {
    // 75 used: head 10 + 1 row fits (95) but the head and 3 rows (50) do not.
    const pages = packPages([block("a", 75), table(6, 10)], { capacity: 100 });
    expect(names(pages)).toEqual([["a"], ["table[0-6)"]]);
    const two = packPages([block("a", 75), table(6, 10, 10, 1)], { capacity: 100 });
    expect(names(two)).toEqual([["a", "table[0-1)"], ["table[1-6)"]]);
  });

  it("keeps a heading with the table's head and first rows, not with the whole table", () => {
    const heading = block("h", 10, { keepWithNext: true });
    // 40 used; heading 10 + head 10 + 3 rows 30 = 50 fits: the heading stays and the table starts on this page.
    const pages = packPages([block("a", 40), heading, table(10, 10)], { capacity: 100 });
    expect(names(pages)).toEqual([["a", "h", "table[0-4)"], ["table[4-10)"]]);
    // 60 used: 60 + 50 > 100, so the heading moves with the table: heading 10 + head 10 + 8 rows = 100.
    const moved = packPages([block("a", 60), heading, table(10, 10)], { capacity: 100 });
    expect(names(moved)).toEqual([["a"], ["h", "table[0-8)"], ["table[8-10)"]]);
  });

  it("puts one row on a page even when the row is taller than the page's room", () => {
    const pages = packPages([tableBlock({ headHeight: 10, rowHeights: [150, 10], render: (f, t) => `t[${f}-${t})` })], {
      capacity: 100,
    });
    expect(names(pages)).toEqual([["t[0-1)"], ["t[1-2)"]]);
  });
});
