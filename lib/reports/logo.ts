// Validation of uploaded logos. The bytes decide the type (a renamed file is refused), and
// an SVG must be plain drawing: no scripts, no embedded HTML, no external references, no
// filters and a bounded canvas. An SVG is stored as the PNG it rasterises to (off the
// event loop, with a deadline), so no report ever draws an SVG.
import { invalidInput } from "@/lib/errors";
import { fitsLogoBounds, imageSize, MAX_LOGO_PIXELS } from "./image-size";
import { rasteriseSvg, type RasteriseOptions } from "./rasterise-svg";
import { MAX_LOGO_BYTES_UPLOAD } from "./schemas";
import { assertSvgWithinLimits, LOGO_FIELD } from "./svg-limits";

export type LogoContentType = "image/png" | "image/jpeg" | "image/svg+xml";
export type ValidLogo = { bytes: Buffer; contentType: LogoContentType };

const FIELD = LOGO_FIELD;
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const startsWith = (bytes: Buffer, magic: number[]) => bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

const NOT_AN_IMAGE = "The logo must be a PNG, JPEG or SVG image";
export const SVG_TOO_DETAILED = "The logo SVG is too detailed: as an image it exceeds 512 KB; upload a PNG";
const UNSAFE_SVG = "This SVG contains scripts, embedded content or external links; save it as a plain SVG or a PNG";

/** `data:<any>;base64,<bytes>` → bytes. The claimed type is ignored: the bytes are checked. */
export function decodeLogoDataUrl(dataUrl: string): Buffer {
  const match = /^data:[\w.+-]*\/?[\w.+-]*(?:;[\w=.+-]+)*;base64,([A-Za-z0-9+/\s]*={0,2})$/.exec(dataUrl.trim());
  if (!match) throw invalidInput(FIELD, NOT_AN_IMAGE);
  return Buffer.from(match[1].replace(/\s+/g, ""), "base64");
}

// Anything that runs code, embeds another document or fetches something when the SVG is shown.
const UNSAFE = [
  /<!DOCTYPE|<!ENTITY/i,
  /<\s*(script|foreignObject|iframe|embed|object|audio|video)\b/i,
  /\son[a-z]+\s*=/i,
  /javascript:|data:text\/html|@import/i,
  /\b(?:xlink:)?href\s*=\s*(?!["']?\s*#)/i,
  /url\(\s*(?!["']?\s*#)/i,
  /attributeName\s*=\s*["']\s*(?:xlink:)?href/i,
];

const TAG = /<(\/?)([A-Za-z_][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;

/** A minimal well-formedness check: tags balance and the one root element is <svg>. */
function isWellFormedSvg(text: string): boolean {
  const body = text.replace(/<\?xml[\s\S]*?\?>/, "").replace(/<!--[\s\S]*?-->/g, "").replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "").trim();
  if (!body.startsWith("<svg")) return false;
  const stack: string[] = [];
  let roots = 0;
  let last = 0;
  for (const m of body.matchAll(TAG)) {
    if (body.slice(last, m.index).includes("<")) return false;
    last = m.index + m[0].length;
    const [, closing, name, , selfClosing] = m;
    if (closing) {
      if (stack.pop() !== name) return false;
    } else {
      if (stack.length === 0 && ++roots > 1) return false;
      if (!selfClosing) stack.push(name);
    }
  }
  return stack.length === 0 && roots === 1 && body.slice(last).trim() === "";
}

function svgText(bytes: Buffer): string | null {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "").trim();
  } catch {
    return null;
  }
  return text.startsWith("<svg") || text.startsWith("<?xml") ? text : null;
}

export const LOGO_TOO_MANY_PIXELS = `The logo must be at most ${MAX_LOGO_PIXELS} × ${MAX_LOGO_PIXELS} pixels`;

/** A PNG or JPEG whose header says how large it is, within bounds: the PDF renderer decodes it whole. */
function checkedRaster(bytes: Buffer, contentType: "image/png" | "image/jpeg"): ValidLogo {
  const size = imageSize(bytes, contentType);
  if (size === null) throw invalidInput(FIELD, NOT_AN_IMAGE);
  if (!fitsLogoBounds(size)) throw invalidInput(FIELD, LOGO_TOO_MANY_PIXELS);
  return { bytes, contentType };
}

/** Checks an uploaded logo; every failure is a field error on `dataUrl`. */
export function validateLogoUpload(bytes: Buffer): ValidLogo {
  if (bytes.length === 0) throw invalidInput(FIELD, "Choose a logo file");
  if (bytes.length > MAX_LOGO_BYTES_UPLOAD) throw invalidInput(FIELD, "The logo must be at most 512 KB");
  if (startsWith(bytes, PNG)) return checkedRaster(bytes, "image/png");
  if (startsWith(bytes, JPEG)) return checkedRaster(bytes, "image/jpeg");
  const text = svgText(bytes);
  if (text === null) throw invalidInput(FIELD, NOT_AN_IMAGE);
  if (UNSAFE.some((pattern) => pattern.test(text))) throw invalidInput(FIELD, UNSAFE_SVG);
  if (!isWellFormedSvg(text)) throw invalidInput(FIELD, "This SVG is not well-formed XML with an <svg> root");
  assertSvgWithinLimits(text);
  return { bytes, contentType: "image/svg+xml" };
}

export type StorableLogo = { bytes: Buffer; contentType: "image/png" | "image/jpeg"; uploadedAs: LogoContentType };

/** Checks a logo and turns an SVG into the PNG that is stored in its place. */
export async function prepareLogoForStorage(bytes: Buffer, options: RasteriseOptions = {}): Promise<StorableLogo> {
  const logo = validateLogoUpload(bytes);
  if (logo.contentType !== "image/svg+xml") return { bytes: logo.bytes, contentType: logo.contentType, uploadedAs: logo.contentType };
  const png = await rasteriseSvg(logo.bytes, options);
  if (png.length > MAX_LOGO_BYTES_UPLOAD) throw invalidInput(FIELD, SVG_TOO_DETAILED);
  return { bytes: png, contentType: "image/png", uploadedAs: logo.contentType };
}

/**
 * The logo as react-pdf can draw it: PNG and JPEG bytes within MAX_LOGO_PIXELS, as they
 * are. Anything else is null here; an SVG stored before uploads were rasterised is
 * converted off the event loop by report-logo.ts first, so no PDF render rasterises.
 */
export function logoForPdf(logo: { bytes: Buffer; contentType: string }): Buffer | null {
  if (logo.contentType !== "image/png" && logo.contentType !== "image/jpeg") return null;
  // Stored before the pixel bound existed: too large to decode for every PDF.
  return fitsLogoBounds(imageSize(logo.bytes, logo.contentType)) ? logo.bytes : null;
}
