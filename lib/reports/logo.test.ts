import { describe, expect, it } from "vitest";
import { decodeLogoDataUrl, validateLogoUpload } from "./logo";

const svg = (body: string, head = "") => Buffer.from(`${head}<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4">${body}</svg>`);
const message = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { fieldErrors?: Record<string, string[]> }).fieldErrors?.dataUrl?.[0];
  }
  return "accepted";
};

describe("validateLogoUpload", () => {
  it("knows PNG, JPEG and SVG by their bytes, not by the claimed type", () => {
    expect(validateLogoUpload(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])).contentType).toBe("image/png");
    expect(validateLogoUpload(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0])).contentType).toBe("image/jpeg");
    expect(validateLogoUpload(svg('<path d="M0 0h4v4z"/><use href="#a"/>', '<?xml version="1.0" encoding="UTF-8"?>\n<!-- logo -->\n')).contentType).toBe("image/svg+xml");
    expect(message(() => validateLogoUpload(decodeLogoDataUrl("data:image/png;base64,aGVsbG8=")))).toBe("The logo must be a PNG, JPEG or SVG image");
    expect(message(() => decodeLogoDataUrl("https://example.test/logo.png"))).toBe("The logo must be a PNG, JPEG or SVG image");
  });

  it.each([
    ["a script", "<script>alert(1)</script>"],
    ["an event handler", '<rect width="4" height="4" onload="alert(1)"/>'],
    ["foreignObject", "<foreignObject><div>hi</div></foreignObject>"],
    ["an external image", '<image xlink:href="http://evil.test/a.png"/>'],
    ["an external style", '<rect style="fill:url(https://evil.test/x)"/>'],
    ["javascript: links", '<a href="javascript:alert(1)"><rect/></a>'],
  ])("refuses an SVG with %s", (_, body) => {
    expect(message(() => validateLogoUpload(svg(body)))).toMatch(/scripts, embedded content or external links/);
  });

  it("refuses DOCTYPEs (entities), unbalanced tags and a second root", () => {
    expect(message(() => validateLogoUpload(svg("", '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "b">]>')))).toMatch(/scripts/);
    expect(message(() => validateLogoUpload(svg("<g><rect/>")))).toMatch(/not well-formed/);
    expect(message(() => validateLogoUpload(Buffer.from(`${svg("").toString()}<svg></svg>`)))).toMatch(/not well-formed/);
  });
});
