import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Text, View } from "@react-pdf/renderer";
import { createElement } from "react";
import { describe, expect, it, vi } from "vitest";
import { countPdfPages, MAX_LOGO_BYTES, renderPlanned, renderWorkspaceReport, validateLogo } from "./render";
import type { Block } from "./report-layout";
import { buildReportModel, type ReportInvestment, type ReportLeak, type ReportModel } from "./report-model";
import { styles } from "./report-parts";
import { PlannedDocument, planWorkspaceReport } from "./workspace-report";
import { tinyPng } from "@/tests/support/tiny-png";

const emptyModel = buildReportModel({
  workspace: { name: "Leeg", currency: "EUR" },
  consultantName: "Demi",
  options: { period: { from: "2026-10", to: "2026-10" }, scenario: "expected", locale: "en" },
  generatedAt: new Date("2026-11-15T12:00:00Z"),
  investments: [],
  reviews: [],
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

// A report whose sections run over a page: long KPI names, many leaks with long findings
// and reviews. Its pages are planned before rendering (report-layout.ts), so every footer
// says "page n of N" as plain text, and the PDF has exactly the planned pages.
function crowdedModel(): ReportModel {
  const long = (n: number) => `Average basket value of returning customers in the second store, measured weekly ${n}`;
  const leak = (investment: number, n: number, reviewed: boolean): ReportLeak => ({
    investmentId: `inv-${investment}`,
    investmentName: `Investment ${investment} with a rather long name to wrap`,
    code: n % 2 === 0 ? "UNDER_FORECAST" : "KPI_REGRESSION",
    kpi: n % 2 === 0 ? null : long(n),
    atStakeMonthly: 1000 + investment * 10 + n,
    currency: "EUR",
    fromPeriod: "2026-01",
    toPeriod: "2026-10",
    message: `Realised benefit is 44.14% below forecast (€19,109.25 short after months 3–13). `.repeat(1 + (n % 3)),
    review: reviewed
      ? {
          kind: "snoozed",
          by: "Demi de Consultant",
          at: "2026-11-03T10:00:00.000Z",
          reason: "Waiting for the season ".repeat(4),
          until: "2027-01",
        }
      : null,
  });
  const base = buildReportModel({
    workspace: { name: "Crowded BV", currency: "EUR" },
    consultantName: "Demi",
    options: { period: { from: "2026-01", to: "2026-10" }, scenario: "expected", locale: "en" },
    generatedAt: new Date("2026-11-15T12:00:00Z"),
    investments: [],
    reviews: [],
  });
  const investments: ReportInvestment[] = Array.from({ length: 6 }, (_, i) => ({
    id: `inv-${i}`,
    name: `Investment ${i} with a rather long name to wrap`,
    status: "active",
    category: "other",
    ownerName: "Marieke",
    currency: "EUR",
    counted: true,
    valid: true,
    startMonth: "2026-01",
    invested: 12345.67,
    realised: 23456.78,
    net: 11111.11,
    investedInPeriod: 1000,
    realisedInPeriod: 2000,
    actualRoiPct: 90.12,
    forecastRoiPct: 80.5,
    plannedRoiPct: 120,
    paybackStatus: "late",
    plannedPaybackPeriod: "2026-06",
    projectedPaybackPeriod: "2027-02",
    missingMonths: 0,
    chart: Array.from({ length: 24 }, (_, m) => ({
      period: `20${26 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`,
      low: m - 10,
      high: m * 3,
      scenario: m * 2 - 5,
      actual: m < 10 ? m - 8 : null,
    })),
    kpis: Array.from({ length: 3 + i * 2 }, (_, k) => ({
      name: long(k),
      unit: "EUR",
      baseline: "10",
      target: "20",
      latest: { period: "2026-10", value: "15.5" },
      state: "improving",
    })),
    leaks: Array.from({ length: 2 + i * 2 }, (_, n) => leak(i, n, false)),
    reviewedLeaks: Array.from({ length: i % 3 }, (_, n) => leak(i, 100 + n, true)),
    planVersion: 1,
    reachedPaybackPeriod: null,
    discounted: null,
    monthTable: [],
    risk: null,
    converted: null,
  }));
  const ids = investments.map((i) => i.id);
  return {
    ...base,
    investments,
    summary: { ...base.summary, headline: { ...base.summary.headline, investments: ids.length, investmentIds: ids } },
    leaks: investments.flatMap((i) => i.leaks).sort((a, b) => b.atStakeMonthly - a.atStakeMonthly),
    reviewedLeaks: investments.flatMap((i) => i.reviewedLeaks),
  };
}

const pdfText = (pdf: Buffer) => {
  const dir = mkdtempSync(path.join(tmpdir(), "realised-render-"));
  try {
    writeFileSync(path.join(dir, "r.pdf"), pdf);
    return execFileSync("pdftotext", ["-layout", path.join(dir, "r.pdf"), "-"], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

describe("planned pages", () => {
  it("a crowded report gets its planned pages, each numbered as plain text, in one rendering", async () => {
    const model = crowdedModel();
    const planned = planWorkspaceReport(model).length;
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const pdf = await renderWorkspaceReport(model);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    expect(planned).toBeGreaterThan(model.investments.length + 4); // sections and the leak list ran over a page
    expect(countPdfPages(pdf)).toBe(planned);
    const text = pdfText(pdf);
    for (let page = 1; page <= planned; page++) expect(text).toContain(`Page ${page} of ${planned}`);
    expect(text).toContain("(continued)");
  }, 30_000);

  it("when a page runs over anyway, it renders again with react-pdf's own page numbers", async () => {
    const lines = Array.from({ length: 120 }, (_, i) => createElement(Text, { key: i }, `Line ${i}`));
    const tall: Block = { height: 10, node: createElement(View, null, lines) };
    const pages = [[tall]];
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const pdf = await renderPlanned(pages, (numbering) =>
      PlannedDocument({ model: emptyModel, pages, numbering, title: "t" }),
    );
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
    const total = countPdfPages(pdf);
    expect(total).toBeGreaterThan(1);
    const text = pdfText(pdf);
    for (let page = 1; page <= total; page++) expect(text).toContain(`Page ${page} of ${total}`);
  }, 30_000);
});

/** pdffonts' table: one row per font of the PDF (name, type, encoding, embedded, subset, unicode). */
const pdfFonts = (pdf: Buffer) => {
  const dir = mkdtempSync(path.join(tmpdir(), "realised-fonts-"));
  try {
    writeFileSync(path.join(dir, "r.pdf"), pdf);
    const out = execFileSync("pdffonts", [path.join(dir, "r.pdf")], { encoding: "utf8" });
    return out
      .split("\n")
      .slice(2)
      .filter((line) => line.trim() !== "")
      .map((line) => {
        const [name, ...rest] = line.trim().split(/\s+/);
        // After the name: type (one or two words), encoding, emb, sub, uni, object id, generation.
        const [emb, sub, uni] = rest.slice(-5, -2);
        return { name: name.replace(/^[A-Z]{6}\+/, ""), embedded: emb, subset: sub, unicode: uni };
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

/** The font families the PDF's text is drawn in (pdftohtml -xml: one per style of text run; bold is the same family). */
const fontsOfText = (pdf: Buffer) => {
  const dir = mkdtempSync(path.join(tmpdir(), "realised-fonts-"));
  try {
    writeFileSync(path.join(dir, "r.pdf"), pdf);
    const xml = execFileSync("pdftohtml", ["-xml", "-i", "-stdout", path.join(dir, "r.pdf")], { encoding: "utf8" });
    return new Set([...xml.matchAll(/<fontspec [^>]*family="([^"]+)"/g)].map((m) => m[1].replace(/^[A-Z]{6}\+/, "")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

// Every character the Dutch and English texts print beyond ASCII: the PDF standard fonts
// (WinAnsi) have no minus sign or ≥, so the report embeds DejaVu Sans Condensed (report-fonts.ts).
const GLYPHS = "geïnvesteerd financiële één óf € 1.234,56 ‘koers’ “prognose” 2026–2027 1,2× ≥ 0 −20%";

describe("fonts", () => {
  it("embeds DejaVu Sans Condensed and prints every Dutch glyph: pdffonts and a pdftotext round trip", async () => {
    const text: Block = { height: 20, node: createElement(Text, null, GLYPHS) };
    const bold: Block = { height: 20, node: createElement(Text, { style: styles.bold }, GLYPHS) };
    const pages = [[text, bold]];
    const pdf = await renderPlanned(pages, (numbering) =>
      PlannedDocument({ model: emptyModel, pages, numbering, title: "t" }),
    );
    const lines = pdfText(pdf)
      .replace(/\u00a0/g, " ")
      .split("\n")
      .map((line) => line.trim());
    expect(lines.filter((line) => line === GLYPHS)).toHaveLength(2);
    const embedded = pdfFonts(pdf).filter((f) => f.name.startsWith("DejaVu"));
    expect(embedded.map((f) => f.name).sort()).toEqual(["DejaVuSansCondensed", "DejaVuSansCondensed-Bold"]);
    for (const font of embedded) expect(font).toMatchObject({ embedded: "yes", subset: "yes", unicode: "yes" });
    // react-pdf's document always lists Helvetica (pdfkit's default); no text is drawn in it.
    expect([...fontsOfText(pdf)]).toEqual(["DejaVuSansCondensed"]);
  }, 30_000);

  it("the whole report draws its text in the embedded DejaVu faces only, formulas with their minus signs and ≥", async () => {
    const pdf = await renderWorkspaceReport(crowdedModel());
    expect([...fontsOfText(pdf)]).toEqual(["DejaVuSansCondensed"]);
    const embedded = pdfFonts(pdf)
      .filter((f) => f.embedded === "yes")
      .map((f) => f.name);
    expect(embedded.sort()).toEqual(["DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique"]);
    const printed = pdfText(pdf).replace(/\s+/g, " ");
    expect(printed).toContain("(benefit − cost) ÷ cost × 100%");
    expect(printed).toContain("the running discounted benefit ≥ the running discounted cost");
  }, 30_000);
});
