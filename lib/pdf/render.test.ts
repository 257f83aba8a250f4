import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { MAX_LOGO_BYTES, renderWorkspaceReport, validateLogo } from "./render";
import { buildReportModel } from "./report-model";

/** A valid 1×1 PNG, built by hand so the test needs no image file. */
function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]); // 1×1, 8-bit RGB
  const pixels = deflateSync(Buffer.from([0, 79, 70, 229]));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", pixels),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const emptyModel = buildReportModel({
  workspace: { name: "Leeg", currency: "EUR" },
  consultantName: "Demi",
  options: { period: { from: "2026-10", to: "2026-10" }, scenario: "expected", locale: "en" },
  generatedAt: new Date("2026-11-15T12:00:00Z"),
  investments: [],
});

describe("logo", () => {
  it("accepts PNG bytes and a PNG data URI, and renders it on the cover", async () => {
    const png = tinyPng();
    expect(validateLogo(png)).toEqual(png);
    expect(validateLogo(`data:image/png;base64,${png.toString("base64")}`)).toEqual(png);
    const pdf = await renderWorkspaceReport(emptyModel, { logo: png });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1")).toContain("/Subtype /Image");
  });

  it("refuses URLs (the server would fetch them), other formats and oversized images, naming the field", () => {
    expect(() => validateLogo("https://example.com/logo.png")).toThrowError("logo must be a PNG or JPEG data URI");
    expect(() => validateLogo(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toThrowError(
      "logo must be a PNG or JPEG image",
    );
    const huge = Buffer.concat([tinyPng(), Buffer.alloc(MAX_LOGO_BYTES)]);
    expect(() => validateLogo(huge)).toThrowError("logo must be at most 1 MB");
    try {
      validateLogo("file:///etc/passwd");
    } catch (error) {
      expect(error).toMatchObject({ code: "INVALID_INPUT", fieldErrors: { logo: [expect.any(String)] } });
    }
  });
});
