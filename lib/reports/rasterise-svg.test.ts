import { describe, expect, it, vi } from "vitest";
import { LOGO_BUSY, LOGO_NOT_DRAWABLE, LOGO_TOO_SLOW, rasteriseSvg } from "./rasterise-svg";
import { SVG_CANVAS_TOO_LARGE } from "./svg-limits";

const svg = (attributes: string, body = '<rect width="10" height="10" fill="#4f46e5"/>') =>
  Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" ${attributes}>${body}</svg>`);
// Seconds of resvg time on any machine; the upload checks refuse filters, this module does not.
const SLOW = svg('width="600" height="6000" viewBox="0 0 10 100"', '<filter id="f"><feGaussianBlur stdDeviation="50"/></filter><rect width="10" height="100" filter="url(#f)"/>');
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });
const fieldError = (promise: Promise<unknown>) =>
  promise.then(
    () => "accepted",
    (error: { fieldErrors?: Record<string, string[]> }) => error.fieldErrors?.dataUrl?.[0],
  );
/** A module instance of its own, so workers of other tests (one may still be in native code) do not count. */
async function isolatedRasteriser() {
  vi.resetModules();
  return (await import("./rasterise-svg")).rasteriseSvg;
}

describe("rasteriseSvg (worker thread)", () => {
  it("draws an SVG as a PNG whose longer side is maxSide", async () => {
    const wide = await rasteriseSvg(svg('viewBox="0 0 40 10"', '<rect width="40" height="10"/>'));
    expect(wide.subarray(1, 4).toString()).toBe("PNG");
    expect(pngSize(wide)).toEqual({ width: 600, height: 150 });
    expect(pngSize(await rasteriseSvg(svg('viewBox="0 0 10 40"'), { maxSide: 200 }))).toEqual({ width: 50, height: 200 });
  });

  it("draws the logo's text with the fonts the project ships, whatever the machine has", async () => {
    const box = '<rect width="300" height="100" fill="#1e40af"/>';
    const text = '<text x="150" y="62" font-size="36" text-anchor="middle" fill="white" font-family="Helvetica, sans-serif">De Vries</text>';
    const withText = await rasteriseSvg(svg('viewBox="0 0 300 100"', box + text));
    const withoutText = await rasteriseSvg(svg('viewBox="0 0 300 100"', box));
    expect(withText.equals(withoutText)).toBe(false);
  });

  it("terminates the worker at the deadline and says so on the logo field", async () => {
    const rasterise = await isolatedRasteriser();
    expect(await fieldError(rasterise(SLOW, { deadlineMs: 1 }))).toBe(LOGO_TOO_SLOW);
  });

  it("refuses the canvas resvg computes when it is too large, and what it cannot parse", async () => {
    // 2e4 user units at 1 px each: beyond MAX_SVG_CANVAS, seen after parsing.
    expect(await fieldError(rasteriseSvg(svg('viewBox="0 0 2e4 10"')))).toBe(SVG_CANVAS_TOO_LARGE);
    expect(await fieldError(rasteriseSvg(Buffer.from("<svg")))).toBe(LOGO_NOT_DRAWABLE);
  });

  it("refuses more workers at once than allowed", async () => {
    const rasterise = await isolatedRasteriser();
    const first = rasterise(svg('viewBox="0 0 10 10"'), { maxConcurrent: 1 });
    expect(await fieldError(rasterise(svg('viewBox="0 0 10 10"'), { maxConcurrent: 1 }))).toBe(LOGO_BUSY);
    expect(pngSize(await first)).toEqual({ width: 600, height: 600 });
    // Its thread is gone once it answered, so the next one may start.
    expect(pngSize(await rasterise(svg('viewBox="0 0 10 10"'), { maxConcurrent: 1 }))).toEqual({ width: 600, height: 600 });
  });
});
