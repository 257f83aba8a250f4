import { Resvg } from "@resvg/resvg-js";
// Validation of uploaded logos. The bytes decide the type (a renamed file is refused), and
// an SVG must be plain drawing: no scripts, no embedded HTML, no external references.
import { invalidInput } from "@/lib/errors";
import { MAX_LOGO_BYTES_UPLOAD } from "./schemas";

export type LogoContentType = "image/png" | "image/jpeg" | "image/svg+xml";
export type ValidLogo = { bytes: Buffer; contentType: LogoContentType };

const FIELD = "dataUrl";
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const startsWith = (bytes: Buffer, magic: number[]) => bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

const NOT_AN_IMAGE = "The logo must be a PNG, JPEG or SVG image";
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

/** Checks an uploaded logo; every failure is a field error on `dataUrl`. */
export function validateLogoUpload(bytes: Buffer): ValidLogo {
  if (bytes.length === 0) throw invalidInput(FIELD, "Choose a logo file");
  if (bytes.length > MAX_LOGO_BYTES_UPLOAD) throw invalidInput(FIELD, "The logo must be at most 512 KB");
  if (startsWith(bytes, PNG)) return { bytes, contentType: "image/png" };
  if (startsWith(bytes, JPEG)) return { bytes, contentType: "image/jpeg" };
  const text = svgText(bytes);
  if (text === null) throw invalidInput(FIELD, NOT_AN_IMAGE);
  if (UNSAFE.some((pattern) => pattern.test(text))) throw invalidInput(FIELD, UNSAFE_SVG);
  if (!isWellFormedSvg(text)) throw invalidInput(FIELD, "This SVG is not well-formed XML with an <svg> root");
  return { bytes, contentType: "image/svg+xml" };
}

/**
 * The logo as react-pdf can draw it. PNG and JPEG go as they are; react-pdf's <Image>
 * cannot draw SVG, so a (validated, self-contained) SVG is rasterised by resvg first.
 * null when the SVG cannot be drawn.
 */
export function logoForPdf(logo: { bytes: Buffer; contentType: string }): Buffer | null {
  if (logo.contentType === "image/png" || logo.contentType === "image/jpeg") return logo.bytes;
  if (logo.contentType !== "image/svg+xml") return null;
  try {
    // No fonts or external resources are loaded: the upload check refused external links.
    const svg = new Resvg(logo.bytes, { fitTo: { mode: "width", value: 600 }, font: { loadSystemFonts: false } });
    return Buffer.from(svg.render().asPng());
  } catch {
    return null;
  }
}
