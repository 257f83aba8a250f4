import type { ReactNode } from "react";

/**
 * The classes of a scrolling table's first cell in every row (header, body, footer): it stays
 * put while the rest scrolls, so a row's name stays in view on a phone. The background hides
 * the cells sliding under it; a row with its own background passes that colour instead.
 */
export const stickyCell = (background = "bg-white") => `sticky left-0 z-[1] ${background}`;

/**
 * A horizontally scrolling wrapper for content wider than a phone (tables). Keyboard users can
 * focus it and scroll with the arrow keys; screen readers announce it as a named region.
 * `relative` keeps absolutely positioned content inside (an sr-only caption would otherwise
 * widen the page).
 */
export function ScrollRegion({ label, children, className = "", testId }: { label: string; children: ReactNode; className?: string; testId?: string }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      data-scroll-region=""
      data-testid={testId}
      className={`relative overflow-x-auto focus:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-blue-600${className ? ` ${className}` : ""}`}
    >
      {children}
    </div>
  );
}
