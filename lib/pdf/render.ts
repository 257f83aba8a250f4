import { Font, renderToBuffer } from "@react-pdf/renderer";
import { invalidInput, notFoundError } from "@/lib/errors";
import { InvestmentReport } from "./investment-report";
import type { ReportModel } from "./report-model";
import { WorkspaceReport, type ReportLogo } from "./workspace-report";

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

// The documents are called as plain functions (they use no hooks): renderToBuffer is typed
// for a <Document> element, which a component element is not.

/** The workspace report as PDF bytes. */
export async function renderWorkspaceReport(model: ReportModel, options: { logo?: ReportLogo } = {}): Promise<Buffer> {
  const logo = options.logo === undefined ? undefined : validateLogo(options.logo);
  return renderToBuffer(WorkspaceReport({ model, logo }));
}

/** The one-page report of one investment of the model (found by id). */
export async function renderInvestmentReport(model: ReportModel, investmentId: string): Promise<Buffer> {
  const investment = model.investments.find((i) => i.id === investmentId);
  if (!investment) throw notFoundError();
  return renderToBuffer(InvestmentReport({ model, investment }));
}
