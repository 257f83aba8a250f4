import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SelectField, TextField } from "./field";

const attr = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]);

describe("form fields", () => {
  it("gives two fields of the same name on one page ids of their own, each label pointing at its own control", () => {
    // Two forms on one page, both with a "reason" field (the investment page's edit forms).
    const html = renderToStaticMarkup(
      <>
        <TextField label="Reason" name="reason" hint="Why the plan changed" />
        <TextField label="Reason" name="reason" error="Give a reason" />
      </>,
    );
    const ids = attr(html, /<input id="([^"]+)"/g);
    expect(ids).toHaveLength(2);
    expect(ids[0]).not.toBe(ids[1]);
    expect(attr(html, /<label for="([^"]+)"/g)).toEqual(ids);
    // The hint and the error each describe their own control.
    expect(html).toContain(`aria-describedby="${ids[0]}-hint"`);
    expect(html).toContain(`<p id="${ids[0]}-hint"`);
    expect(html).toContain(`aria-describedby="${ids[1]}-error"`);
    expect(html).toContain(`<p id="${ids[1]}-error" class="mt-1 text-xs text-red-700" role="alert">Give a reason</p>`);
  });

  it("keeps an id that is given", () => {
    const html = renderToStaticMarkup(<SelectField label="Language" name="locale" id="report-locale" options={[{ value: "nl", label: "Dutch" }]} />);
    expect(html).toContain('<label for="report-locale"');
    expect(html).toContain('<select id="report-locale" name="locale"');
  });
});
