import { describe, expect, it } from "vitest";
import { tinyPng } from "@/tests/support/tiny-png";
import { logoForPdf, LOGO_TOO_MANY_PIXELS, validateLogoUpload } from "./logo";
import { imageSize, MAX_LOGO_PIXELS } from "./image-size";

/** A PNG whose header claims width × height (the pixel data stays 1 × 1: only the header is read). */
function pngClaiming(width: number, height: number) {
  const png = Buffer.from(tinyPng());
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  return png;
}
/** SOI, a comment segment, fill bytes, a progressive start-of-frame. */
const jpeg = (width: number, height: number) =>
  Buffer.from([0xff, 0xd8, 0xff, 0xfe, 0, 5, 0x68, 0x69, 0x21, 0xff, 0xff, 0xc2, 0, 11, 8, height >> 8, height & 255, width >> 8, width & 255, 1, 1, 0x11, 0]);
const fieldError = (bytes: Buffer) => {
  try {
    validateLogoUpload(bytes);
    return "accepted";
  } catch (error) {
    return (error as { fieldErrors?: Record<string, string[]> }).fieldErrors?.dataUrl?.[0];
  }
};

describe("logo pixel bounds", () => {
  it("reads the size from PNG and JPEG headers", () => {
    expect(imageSize(tinyPng(3), "image/png")).toEqual({ width: 3, height: 3 });
    expect(imageSize(jpeg(640, 480), "image/jpeg")).toEqual({ width: 640, height: 480 });
    expect(imageSize(Buffer.from([0xff, 0xd8, 0xff, 0xc4, 0, 2]), "image/jpeg")).toBeNull();
  });

  it("refuses a small file that decodes to a huge image (decompression bomb), on the logo field", () => {
    expect(fieldError(pngClaiming(MAX_LOGO_PIXELS, MAX_LOGO_PIXELS))).toBe("accepted");
    expect(fieldError(pngClaiming(MAX_LOGO_PIXELS + 1, 10))).toBe(LOGO_TOO_MANY_PIXELS);
    expect(fieldError(pngClaiming(10, 20_000))).toBe(LOGO_TOO_MANY_PIXELS);
    expect(fieldError(pngClaiming(0, 10))).toBe(LOGO_TOO_MANY_PIXELS);
    expect(fieldError(jpeg(12_000, 100))).toBe(LOGO_TOO_MANY_PIXELS);
  });

  it("leaves such a logo, stored before the bound, off the PDF", () => {
    expect(logoForPdf({ bytes: pngClaiming(10_000, 10_000), contentType: "image/png" })).toBeNull();
    expect(logoForPdf({ bytes: jpeg(100, 50), contentType: "image/jpeg" })).not.toBeNull();
  });
});
