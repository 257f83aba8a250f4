import type { ReactNode } from "react";

// The report is split into pages here, before react-pdf lays it out: each block knows its
// height (estimated on the safe side from the font metrics), and blocks are packed into
// A4 pages. Knowing the pages up front lets every footer print "page x of y" as plain text:
// react-pdf's dynamic page numbers lay every page out twice more, the largest single cost
// of a 50-investment report. render.ts checks the page count of the result and renders
// again with dynamic numbers should an estimate ever have been too small.

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
};

/**
 * Packs blocks into pages in order. `continued` opens every page after the first (e.g.
 * "Name (continued)"). A block taller than a page gets a page of its own (react-pdf then
 * wraps it and the page count check falls back to dynamic numbers). Pure.
 */
export function packPages(blocks: Block[], options: { capacity?: number; continued?: Block } = {}): Block[][] {
  const capacity = options.capacity ?? CONTENT.height;
  const pages: Block[][] = [];
  let page: Block[] = [];
  let used = 0;
  let placed = 0;
  blocks.forEach((block, i) => {
    const next = blocks[i + 1];
    const needed = block.height + (block.keepWithNext && next ? next.height : 0);
    if (placed > 0 && used + needed > capacity) {
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
    }
    page.push(block);
    used += block.height;
    placed += 1;
  });
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}
