import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FormStatus, LiveStatus } from "./form-status";

const failure = { ok: false as const, error: "INVALID_INPUT" as const, message: "Check the fields.", fieldErrors: {} };

describe("FormStatus", () => {
  it("keeps an empty, invisible live region in the page before anything was saved", () => {
    expect(renderToStaticMarkup(<FormStatus result={null} success="Saved." />)).toBe('<div role="status" aria-live="polite" class="sr-only"></div>');
  });

  it("puts the success note into that live region, visibly", () => {
    const html = renderToStaticMarkup(<FormStatus result={{ ok: true, data: null }} success="Saved." />);
    expect(html).toMatch(/<div role="status" aria-live="polite" class="rounded-md bg-green-50[^"]*">Saved.<\/div>/);
    expect(html).not.toContain('role="alert"');
  });

  it("says nothing on success without a note, and announces a failure as an alert", () => {
    expect(renderToStaticMarkup(<FormStatus result={{ ok: true, data: null }} />)).toBe('<div role="status" aria-live="polite" class="sr-only"></div>');
    const html = renderToStaticMarkup(<FormStatus result={failure} success="Saved." />);
    expect(html).toContain('<p role="alert" class="rounded-md bg-red-50 p-3 text-sm text-red-800">Check the fields.</p>');
    expect(html).toContain('<div role="status" aria-live="polite" class="sr-only"></div>');
  });
});

describe("LiveStatus", () => {
  it("is an invisible polite live region while empty, and shows its message styled", () => {
    expect(renderToStaticMarkup(<LiveStatus className="text-sm">{null}</LiveStatus>)).toBe('<div role="status" aria-live="polite" class="sr-only"></div>');
    expect(renderToStaticMarkup(<LiveStatus className="text-sm">Reading the file</LiveStatus>)).toBe('<div role="status" aria-live="polite" class="text-sm">Reading the file</div>');
  });
});
