import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ScrollRegion, stickyCell } from "./scroll-region";

describe("ScrollRegion", () => {
  it("is a named region keyboard users can focus and scroll, with a visible focus ring", () => {
    const html = renderToStaticMarkup(
      <ScrollRegion label="Investments">
        <table />
      </ScrollRegion>,
    );
    expect(html).toMatch(/^<div role="region" aria-label="Investments" tabindex="0" data-scroll-region="" class="([^"]+)"><table><\/table><\/div>$/);
    const classes = html.match(/class="([^"]+)"/)![1].split(" ");
    // relative: an sr-only caption inside stays inside the scroller instead of widening the page.
    expect(classes).toEqual(expect.arrayContaining(["relative", "overflow-x-auto", "focus-visible:ring-2"]));
  });

  it("adds the caller's classes and test id", () => {
    const html = renderToStaticMarkup(<ScrollRegion label="Months" className="mt-2" testId="months">x</ScrollRegion>);
    expect(html).toContain('data-testid="months"');
    expect(html).toMatch(/class="[^"]* mt-2"/);
  });

  it("keeps a row's first cell in place, on the row's own background", () => {
    expect(stickyCell()).toBe("sticky left-0 z-[1] bg-white");
    expect(stickyCell("bg-gray-50")).toBe("sticky left-0 z-[1] bg-gray-50");
  });
});
