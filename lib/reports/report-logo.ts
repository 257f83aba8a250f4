import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { sha256 } from "./hashing";
import { logoForPdf, prepareLogoForStorage } from "./logo";
import { getWorkspaceLogo } from "./queries";
import { LOGO_BUSY, type RasteriseOptions } from "./rasterise-svg";

export type CoverLogo = { bytes: Buffer; contentType: string };

const SVG = "image/svg+xml";
const converting = new Map<string, Promise<CoverLogo | null>>();

/**
 * The workspace's logo for a report cover, as PNG or JPEG bytes. Uploads store SVGs as
 * PNG already; an SVG stored before that is converted here once, by the same checks and
 * the same worker thread with a deadline as an upload, and the PNG replaces it. An SVG
 * those checks refuse (filters, a huge canvas, too slow) is removed, with an audit entry
 * saying why, so no later report tries again. While the converter is busy (or cannot
 * start) the cover has no logo and the next report tries again. Concurrent reports share one conversion.
 */
export async function coverLogo(workspaceId: string, options: RasteriseOptions = {}): Promise<CoverLogo | null> {
  const logo = await getWorkspaceLogo(workspaceId);
  if (!logo) return null;
  if (logoForPdf(logo)) return logo;
  if (logo.contentType !== SVG) return null;
  const pending = converting.get(workspaceId) ?? convertStoredSvg(workspaceId, logo.bytes, options);
  converting.set(workspaceId, pending);
  try {
    return await pending;
  } finally {
    if (converting.get(workspaceId) === pending) converting.delete(workspaceId);
  }
}

async function convertStoredSvg(workspaceId: string, svg: Buffer, options: RasteriseOptions): Promise<CoverLogo | null> {
  const before = { contentType: SVG, byteSize: svg.length, sha256: sha256(svg) };
  try {
    const png = await prepareLogoForStorage(svg, options);
    await replaceStoredSvg(workspaceId, { logo: new Uint8Array(png.bytes), logoContentType: png.contentType }, "workspace.logo.convert", {
      before,
      after: { contentType: png.contentType, byteSize: png.bytes.length, sha256: sha256(png.bytes) },
    });
    return { bytes: png.bytes, contentType: png.contentType };
  } catch (error) {
    if (!(error instanceof AppError)) {
      // The converter itself failed (not the SVG): render without the logo, try again next time.
      console.error("[reports] converting a stored SVG logo failed:", error);
      return null;
    }
    if (error.message !== LOGO_BUSY) {
      await replaceStoredSvg(workspaceId, { logo: null, logoContentType: null }, "workspace.logo.remove", { before, after: { reason: error.message } });
    }
    return null;
  }
}

/** Only while the stored logo is still the SVG: an upload in between (always PNG/JPEG now) wins. */
async function replaceStoredSvg(
  workspaceId: string,
  data: { logo: Uint8Array<ArrayBuffer> | null; logoContentType: string | null },
  action: string,
  audit: { before: object; after: object },
) {
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.workspace.updateMany({ where: { id: workspaceId, logoContentType: SVG }, data });
    if (count === 1) await recordAudit(tx, { workspaceId, actorId: null, action, entityType: "Workspace", entityId: workspaceId, ...audit });
  });
}
