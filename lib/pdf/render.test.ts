import { describe, expect, it } from "vitest";
import { MAX_LOGO_BYTES, renderWorkspaceReport, validateLogo } from "./render";
import { buildReportModel } from "./report-model";
import { tinyPng } from "@/tests/support/tiny-png";


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
