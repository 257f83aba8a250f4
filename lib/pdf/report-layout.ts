import type { ReactNode } from "react";

// The report is split into pages here, before anything is drawn: each block knows its
// height (exact for a painted block, report-paint.tsx; an estimate on the safe side for
// react-pdf content such as the cover), and blocks are packed into A4 pages. Knowing the pages up front lets every footer print "page x of y" as plain text:
// react-pdf's dynamic page numbers lay every page out twice more, the largest single cost
// of a 50-investment report. render.ts checks the page count of the result and renders
// again with dynamic numbers should an estimate ever have been too small (a page of painted
// blocks cannot run over: react-pdf does not even paginate it, pageIsExact in report-paint.tsx).

/** A4 in points and the page's padding (styles.page). */
export const PAGE = { width: 595.28, height: 841.89, top: 40, bottom: 56, side: 44 };
/** Room left on purpose at the bottom of every page. */
const SLACK = 12;
export const CONTENT = { width: PAGE.width - 2 * PAGE.side, height: PAGE.height - PAGE.top - PAGE.bottom - SLACK };

export type Block = {
  /** Estimated height in points, margins included (never less than the real height). */
  height: number;
  node: ReactNode;
  /** A heading: never the last block on a page. */
  keepWithNext?: boolean;
  /** Repeated at the top of the next page when a page break falls before this block (a table's head row). */
  head?: Block;
  /** A table that may break across pages; `height` and `node` are then the whole table's. */
  table?: TableLayout;
};

/**
 * A table the packer may split between rows: every part starts with the head row. The rows
 * are measured up front; `render` draws a part (the head, then rows `from` to `to` − 1) as
 * one node, so a table costs a few layout nodes per page rather than a few per cell.
 */
export type TableLayout = {
  headHeight: number;
  rowHeights: number[];
  render: (from: number, to: number) => ReactNode;
  /** Rows kept with the head at the bottom of a page (fewer look stranded); default 3. */
  minRows?: number;
};

/** A table as a block (one part when it fits, several when the packer splits it). */
export function tableBlock(table: TableLayout, extra: Partial<Block> = {}): Block {
  const height = table.headHeight + table.rowHeights.reduce((a, b) => a + b, 0);
  return { height, node: table.render(0, table.rowHeights.length), table, ...extra };
}

/** What must fit below a heading kept with this block: a table's head and first rows, else all of it. */
function leadHeight(block: Block): number {
  if (!block.table) return block.height;
  const { headHeight, rowHeights, minRows = 3 } = block.table;
  return headHeight + rowHeights.slice(0, minRows).reduce((a, b) => a + b, 0);
}

/**
 * Packs blocks into pages in order. `continued` opens every page after the first (e.g.
 * "Name (continued)"). A table block is split between rows when it does not fit, each part
 * with its head row. A block taller than a page gets a page of its own (react-pdf then
 * wraps it and the page count check falls back to dynamic numbers). Pure.
 */
export function packPages(blocks: Block[], options: { capacity?: number; continued?: Block } = {}): Block[][] {
  const capacity = options.capacity ?? CONTENT.height;
  const pages: Block[][] = [];
  let page: Block[] = [];
  let used = 0;
  let placed = 0;
  const newPage = (block: Block) => {
    pages.push(page);
    page = [];
    used = 0;
    placed = 0;
    for (const opener of [options.continued, block.head]) {
      if (opener && opener !== block) {
        page.push(opener);
        used += opener.height;
      }
    }
  };
  const place = (block: Block) => {
    page.push(block);
    used += block.height;
    placed += 1;
  };
  blocks.forEach((block, i) => {
    const next = blocks[i + 1];
    if (block.table && block.height > capacity - used) {
      placeTable(block, block.table);
      return;
    }
    const needed = block.height + (block.keepWithNext && next ? leadHeight(next) : 0);
    if (placed > 0 && used + needed > capacity) newPage(block);
    place(block);
  });

  function placeTable(block: Block, table: TableLayout) {
    const { headHeight, rowHeights, render, minRows = 3 } = table;
    const sumRows = (from: number, to: number) => rowHeights.slice(from, to).reduce((a, b) => a + b, 0);
    let from = 0;
    while (from < rowHeights.length) {
      const lead = headHeight + sumRows(from, Math.min(rowHeights.length, from + minRows));
      if (placed > 0 && used + lead > capacity) newPage(block);
      // As many rows as fit, at least one (a row taller than a page runs over, as a huge block does).
      let to = from + 1;
      let height = headHeight + rowHeights[from];
      while (to < rowHeights.length && used + height + rowHeights[to] <= capacity) {
        height += rowHeights[to];
        to += 1;
      }
      place({ height, node: render(from, to) });
      from = to;
      if (from < rowHeights.length) newPage(block);
    }
  }

  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}
