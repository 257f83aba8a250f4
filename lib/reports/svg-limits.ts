// What an SVG logo may cost to draw. resvg's time grows with the canvas and with filters
// (a 200-byte Gaussian blur on a tall canvas takes it ~40 s), so both are refused before
// anything is drawn. The worker in rasterise-svg.ts checks the canvas resvg computed again
// and has a deadline, for whatever these checks cannot see.
import { invalidInput } from "@/lib/errors";

/** The upload form's logo field: every logo error is reported on it. */
export const LOGO_FIELD = "dataUrl";
/** Width, height and viewBox sides, in CSS pixels / user units. */
export const MAX_SVG_CANVAS = 10_000;

export const SVG_FILTERS_REFUSED = "The logo SVG uses filters (blur, shadow or similar effects), which are not supported; remove them or upload a PNG";
export const SVG_CANVAS_TOO_LARGE = `The logo SVG is too large: its width, height and viewBox must each be at most ${MAX_SVG_CANVAS}`;

// <filter>, every filter primitive (<feGaussianBlur>, <feTurbulence>, …), and the filter
// property as an attribute or in CSS (it also takes blur() and drop-shadow() functions).
const FILTERS = [/<\s*(?:[\w.-]+:)?(?:filter\b|fe[\w-]*)/i, /(?:^|[\s;{"'])filter\s*[=:]/i];

const ROOT = /<svg\b((?:[^>"']|"[^"]*"|'[^']*')*)>/i;
const attribute = (attributes: string, name: string) =>
  new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, "i").exec(attributes)?.slice(1).find((v) => v !== undefined);

const NUMBER = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?`;
const PX_PER_UNIT: Record<string, number> = { "": 1, px: 1, pt: 4 / 3, pc: 16, mm: 96 / 25.4, cm: 96 / 2.54, in: 96, em: 16, ex: 8 };

/** A width or height in CSS pixels; null when relative (%) or not a length resvg reads. */
function lengthInPixels(value: string): number | null {
  const match = new RegExp(`^\\s*(${NUMBER})\\s*(px|pt|pc|mm|cm|in|em|ex|%)?\\s*$`, "i").exec(value);
  if (!match || match[2] === "%") return null;
  return Number(match[1]) * PX_PER_UNIT[(match[2] ?? "").toLowerCase()];
}

function viewBoxSides(value: string): number[] {
  const numbers = value.trim().split(/[\s,]+/).map(Number);
  return numbers.length === 4 && numbers.every(Number.isFinite) ? numbers.slice(2) : [];
}

/** Refuses filters and canvases beyond MAX_SVG_CANVAS, as field errors on the logo. */
export function assertSvgWithinLimits(text: string): void {
  if (FILTERS.some((pattern) => pattern.test(text))) throw invalidInput(LOGO_FIELD, SVG_FILTERS_REFUSED);
  const root = ROOT.exec(text)?.[1] ?? "";
  const width = attribute(root, "width");
  const height = attribute(root, "height");
  const viewBox = attribute(root, "viewBox");
  const sides = [
    ...[width, height].map((v) => (v === undefined ? null : lengthInPixels(v))),
    ...(viewBox === undefined ? [] : viewBoxSides(viewBox)),
  ];
  if (sides.some((side) => side !== null && Math.abs(side) > MAX_SVG_CANVAS)) throw invalidInput(LOGO_FIELD, SVG_CANVAS_TOO_LARGE);
}
