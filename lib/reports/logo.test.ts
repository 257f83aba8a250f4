import { describe, expect, it } from "vitest";
import { decodeLogoDataUrl, logoForPdf, prepareLogoForStorage, SVG_TOO_DETAILED, validateLogoUpload } from "./logo";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { tinyPng } from "@/tests/support/tiny-png";
import { LOGO_BUSY, LOGO_NOT_DRAWABLE, LOGO_TOO_SLOW } from "./rasterise-svg";
import { SVG_CANVAS_TOO_LARGE, SVG_FILTERS_REFUSED } from "./svg-limits";

/** SOI, an APP0 segment and a baseline start-of-frame of the given size: enough header to read. */
const jpeg = (width = 16, height = 16) => Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, height >> 8, height & 255, width >> 8, width & 255, 1, 1, 0x11, 0]);
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
    expect(validateLogoUpload(tinyPng()).contentType).toBe("image/png");
    expect(validateLogoUpload(jpeg()).contentType).toBe("image/jpeg");
    // A signature without a readable header is not an image.
    expect(message(() => validateLogoUpload(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])))).toBe("The logo must be a PNG, JPEG or SVG image");
    expect(message(() => validateLogoUpload(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0])))).toBe("The logo must be a PNG, JPEG or SVG image");
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

  const HOSTILE =
    '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="60000" viewBox="0 0 10 1000"><filter id="f"><feGaussianBlur stdDeviation="500"/></filter><rect width="10" height="1000" filter="url(#f)"/></svg>';

  it.each([
    ["the 204-byte blur bomb", HOSTILE],
    ["a filter element", '<svg xmlns="http://www.w3.org/2000/svg"><defs><filter id="f"/></defs></svg>'],
    ["a lone filter primitive", '<svg xmlns="http://www.w3.org/2000/svg"><feTurbulence baseFrequency="0.1"/></svg>'],
    ["a namespaced primitive", '<svg xmlns="http://www.w3.org/2000/svg" xmlns:s="http://www.w3.org/2000/svg"><s:feMorphology radius="90"/></svg>'],
    ["a CSS filter function", '<svg xmlns="http://www.w3.org/2000/svg"><rect width="4" height="4" style="fill:red;filter:blur(90px)"/></svg>'],
    ["a filter attribute", '<svg xmlns="http://www.w3.org/2000/svg"><rect width="4" height="4" filter="blur(90)"/></svg>'],
    ["a filter in a style sheet", '<svg xmlns="http://www.w3.org/2000/svg"><style>rect{filter:drop-shadow(0 0 9px red)}</style><rect/></svg>'],
  ])("refuses an SVG with %s, naming the logo field", (_, text) => {
    expect(message(() => validateLogoUpload(Buffer.from(text)))).toBe(SVG_FILTERS_REFUSED);
  });

  it.each([
    ['width="20000" height="10"'],
    ['width="10" height="60000"'],
    ['width="300cm" height="10cm"'],
    ['viewBox="0 0 10 1e6"'],
    ['viewBox="0,0,-20000,10"'],
  ])("refuses a huge canvas (%s)", (attributes) => {
    expect(message(() => validateLogoUpload(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" ${attributes}><rect/></svg>`)))).toBe(SVG_CANVAS_TOO_LARGE);
  });

  it("accepts ordinary sizes and words that merely contain 'filter' or 'fe'", () => {
    const ok = '<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="120mm" viewBox="0 0 10000 800"><g id="filter-free" class="feature"><rect stroke-width="99999" width="4" height="4"/></g></svg>';
    expect(validateLogoUpload(Buffer.from(ok)).contentType).toBe("image/svg+xml");
  });

  it("gives the PDF only PNG or JPEG bytes: a stored SVG is never drawn while rendering", () => {
    const png = tinyPng();
    expect(logoForPdf({ bytes: png, contentType: "image/png" })).toBe(png);
    expect(logoForPdf({ bytes: Buffer.from(HOSTILE), contentType: "image/svg+xml" })).toBeNull();
  });

  it("has a Dutch translation of every logo error", () => {
    const refusals = [Buffer.alloc(0), Buffer.alloc(600 * 1024), Buffer.from("notes"), svg("<script/>"), svg("<g>"), jpeg(9000, 10)].map((bytes) => message(() => validateLogoUpload(bytes)));
    const messages = [...refusals, SVG_FILTERS_REFUSED, SVG_CANVAS_TOO_LARGE, LOGO_TOO_SLOW, LOGO_NOT_DRAWABLE, LOGO_BUSY, SVG_TOO_DETAILED];
    expect(new Set(messages).size).toBe(messages.length);
    for (const text of messages) expect(translateServerMessage(text as string, "nl"), text).not.toBe(text);
  });

  it("stores PNG and JPEG as they are, and refuses an SVG whose PNG would exceed 512 KB", async () => {
    expect(await prepareLogoForStorage(jpeg())).toEqual({ bytes: jpeg(), contentType: "image/jpeg", uploadedAs: "image/jpeg" });
    // 3600 rotated cells of scattered colours: about 1 MB as a 1200-pixel PNG.
    const cells = Array.from({ length: 3600 }, (_, i) => {
      const [x, y] = [i % 60, Math.floor(i / 60)];
      const colour = ((i * 2654435761) >>> 8) & 0xffffff;
      return `<rect x="${x}" y="${y}" width="1" height="1" fill="#${colour.toString(16).padStart(6, "0")}" transform="rotate(${(x * 7 + y * 13) % 90} ${x} ${y})"/>`;
    });
    const busy = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 60 60">${cells.join("")}</svg>`);
    await expect(prepareLogoForStorage(busy, { maxSide: 1200 })).rejects.toMatchObject({ fieldErrors: { dataUrl: [SVG_TOO_DETAILED] } });
  });
});
