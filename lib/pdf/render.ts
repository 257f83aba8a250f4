import { Font, renderToBuffer } from "@react-pdf/renderer";
import { invalidInput, notFoundError } from "@/lib/errors";
import { InvestmentReport, planInvestmentReport } from "./investment-report";
import { loadReportFonts } from "./report-fonts";
import type { Block } from "./report-layout";
import type { ReportModel } from "./report-model";
import { planWorkspaceReport, WorkspaceReport, type PageNumbering, type ReportLogo } from "./workspace-report";

// No hyphenation: react-pdf's patterns are English (they split Dutch words wrongly) and
// hyphenating every word is a large part of the layout time.
Font.registerHyphenationCallback((word) => [word]);

export const MAX_LOGO_BYTES = 1024 * 1024;

const PNG = [0x89, 0x50, 0x4e, 0x47];
const JPEG = [0xff, 0xd8, 0xff];
const startsWith = (bytes: Buffer, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * Only PNG or JPEG bytes, as a Buffer or a base64 data URI, and at most 1 MB. A plain URL is
 * refused: react-pdf would fetch it from the server.
 */
export function validateLogo(logo: ReportLogo): Buffer {
  let bytes: Buffer;
  if (typeof logo === "string") {
    const match = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/=\s]+)$/.exec(logo);
    if (!match) throw invalidInput("logo", "logo must be a PNG or JPEG data URI");
    bytes = Buffer.from(match[2], "base64");
  } else {
    bytes = logo;
  }
  if (bytes.length > MAX_LOGO_BYTES) throw invalidInput("logo", "logo must be at most 1 MB");
  if (!startsWith(bytes, PNG) && !startsWith(bytes, JPEG))
    throw invalidInput("logo", "logo must be a PNG or JPEG image");
  return bytes;
}

/** The number of pages of a PDF that react-pdf wrote (pdfkit keeps page objects uncompressed). */
export const countPdfPages = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length;

/**
 * Renders with the planned page numbers (report-layout.ts); if the result has another
 * number of pages than planned (an estimate was too small and react-pdf wrapped a page),
 * renders again with react-pdf's dynamic page numbers, which are always right.
 */
export async function renderPlanned(
  pages: Block[][],
  document: (numbering: PageNumbering) => Parameters<typeof renderToBuffer>[0],
): Promise<Buffer> {
  await loadReportFonts();
  const pdf = await renderToBuffer(document("planned"));
  if (countPdfPages(pdf) === pages.length) return pdf;
  console.warn(
    `[pdf] planned ${pages.length} pages, react-pdf made ${countPdfPages(pdf)}: rendering again with dynamic page numbers`,
  );
  return renderToBuffer(document("dynamic"));
}

// The documents are called as plain functions (they use no hooks): renderToBuffer is typed
// for a <Document> element, which a component element is not.

/** The workspace report as PDF bytes. */
export async function renderWorkspaceReport(model: ReportModel, options: { logo?: ReportLogo } = {}): Promise<Buffer> {
  const logo = options.logo === undefined ? undefined : validateLogo(options.logo);
  const pages = planWorkspaceReport(model, logo);
  return renderPlanned(pages, (numbering) => WorkspaceReport({ model, pages, numbering }));
}

/** The one-page report of one investment of the model (found by id). */
export async function renderInvestmentReport(model: ReportModel, investmentId: string): Promise<Buffer> {
  const investment = model.investments.find((i) => i.id === investmentId);
  if (!investment) throw notFoundError();
  const pages = planInvestmentReport(model, investment);
  return renderPlanned(pages, (numbering) => InvestmentReport({ model, investment, pages, numbering }));
}
