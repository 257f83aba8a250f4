// The pixel size of a PNG or JPEG, read from its header without decoding it. A few hundred
// KB of PNG can hold a 10000 × 10000 image, which the PDF renderer would decode in full.

export type PixelSize = { width: number; height: number };

/** A logo's largest side in pixels: plenty for a cover logo shown at most 180 × 90 points. */
export const MAX_LOGO_PIXELS = 4000;

function pngSize(bytes: Buffer): PixelSize | null {
  // Signature (8), IHDR length (4) and type (4), then width and height.
  if (bytes.length < 24 || bytes.toString("latin1", 12, 16) !== "IHDR") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// Start-of-frame markers carry the size; C4 (Huffman tables), C8 and CC (arithmetic coding) do not.
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);

function jpegSize(bytes: Buffer): PixelSize | null {
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1];
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd9)) {
      at += 2; // markers without a length
      continue;
    }
    if (isStartOfFrame(marker)) return at + 9 <= bytes.length ? { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) } : null;
    at += 2 + bytes.readUInt16BE(at + 2);
  }
  return null;
}

/** null when the header cannot be read. */
export function imageSize(bytes: Buffer, contentType: "image/png" | "image/jpeg"): PixelSize | null {
  return contentType === "image/png" ? pngSize(bytes) : jpegSize(bytes);
}

export const fitsLogoBounds = (size: PixelSize | null): size is PixelSize =>
  size !== null && size.width > 0 && size.height > 0 && size.width <= MAX_LOGO_PIXELS && size.height <= MAX_LOGO_PIXELS;
