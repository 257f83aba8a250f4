import { beforeEach, describe, expect, it, vi } from "vitest";
import { actAs } from "@/tests/support/session";
import { dataUrlOf, tinyPng } from "@/tests/support/tiny-png";
import { GET as downloadSharedReport } from "@/app/share/[token]/report/route";
import { getDb } from "@/lib/db/client";
import { createShareLinkAction } from "@/lib/sharing/actions";
import { createUser, createWorkspace } from "@/prisma/factories";
import { uploadLogoAction } from "./actions";
import { uploadLogo } from "./mutations";
import { LOGO_TOO_SLOW } from "./rasterise-svg";
import { SVG_FILTERS_REFUSED } from "./svg-limits";

// resvg on this thread would block the event loop: any use of it here fails the test. The
// worker thread loads its own copy, which this mock does not reach.
const spies = vi.hoisted(() => ({ resvg: vi.fn(), workers: vi.fn() }));
vi.mock("@resvg/resvg-js", () => ({
  Resvg: function Resvg() {
    spies.resvg();
    throw new Error("resvg must not run on the request thread");
  },
}));
vi.mock("node:worker_threads", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:worker_threads")>();
  class CountedWorker extends actual.Worker {
    constructor(...args: ConstructorParameters<typeof actual.Worker>) {
      super(...args);
      spies.workers();
    }
  }
  return { ...actual, default: { ...actual, Worker: CountedWorker }, Worker: CountedWorker };
});

const HOSTILE =
  '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="60000" viewBox="0 0 10 1000"><filter id="f"><feGaussianBlur stdDeviation="500"/></filter><rect width="10" height="1000" filter="url(#f)"/></svg>';
const PLAIN = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20"><g><rect width="40" height="20" fill="#4f46e5"/></g></svg>';
const svgUrl = (text: string) => dataUrlOf(Buffer.from(text), "image/svg+xml");
const isPng = (bytes: Buffer) => bytes.subarray(0, 8).equals(tinyPng().subarray(0, 8));
const hasImage = (pdf: Buffer) => /\/Subtype\s*\/Image/.test(pdf.toString("latin1"));

async function setup() {
  const owner = await createUser(getDb(), { name: "Olga Owner" });
  const ws = await createWorkspace(getDb(), { name: "Logo Client", members: [{ userId: owner.id, role: "owner" }] });
  const storedLogo = async () => {
    const row = await getDb().workspace.findUniqueOrThrow({ where: { id: ws.id }, select: { logo: true, logoContentType: true } });
    return { bytes: row.logo ? Buffer.from(row.logo) : null, contentType: row.logoContentType };
  };
  const sharedPdf = async () => {
    const link = await actAs(owner, () => createShareLinkAction({ workspaceSlug: ws.slug, expiresOn: new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10) }));
    if (!link.ok) throw new Error(link.message);
    const token = link.data.url.split("/share/")[1];
    const response = await downloadSharedReport(new Request(`http://app.test/share/${token}/report?period=2025-01..2025-06`), { params: Promise.resolve({ token }) });
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };
  const auditActions = async () =>
    (await getDb().auditLog.findMany({ where: { workspaceId: ws.id, action: { startsWith: "workspace.logo" } }, orderBy: { createdAt: "asc" } })).map((a) => [a.action, a.after]);
  return { owner, ws, storedLogo, sharedPdf, auditActions };
}

beforeEach(() => {
  spies.resvg.mockClear();
  spies.workers.mockClear();
});

describe("uploading an SVG logo", () => {
  it("refuses the blur bomb before drawing anything, on the logo field, and keeps the current logo", async () => {
    const { owner, ws, storedLogo } = await setup();
    expect(await actAs(owner, () => uploadLogoAction({ workspaceSlug: ws.slug, dataUrl: dataUrlOf(tinyPng(8)) }))).toMatchObject({ ok: true });
    spies.workers.mockClear();
    const refused = await actAs(owner, () => uploadLogoAction({ workspaceSlug: ws.slug, dataUrl: svgUrl(HOSTILE) }));
    expect(refused).toMatchObject({ ok: false, error: "INVALID_INPUT", fieldErrors: { dataUrl: [SVG_FILTERS_REFUSED] } });
    expect(spies.workers).not.toHaveBeenCalled();
    expect(await storedLogo()).toEqual({ bytes: tinyPng(8), contentType: "image/png" });
  });

  it("stores a plain SVG as the PNG it draws to, rasterised on a worker thread", async () => {
    const { owner, ws, storedLogo, auditActions } = await setup();
    const result = await actAs(owner, () => uploadLogoAction({ workspaceSlug: ws.slug, dataUrl: svgUrl(PLAIN) }));
    expect(result).toMatchObject({ ok: true, data: { contentType: "image/png", uploadedAs: "image/svg+xml" } });
    const stored = await storedLogo();
    expect(stored.contentType).toBe("image/png");
    expect(isPng(stored.bytes!)).toBe(true);
    expect([stored.bytes!.readUInt32BE(16), stored.bytes!.readUInt32BE(20)]).toEqual([600, 300]);
    expect(spies.workers).toHaveBeenCalledTimes(1);
    expect(spies.resvg).not.toHaveBeenCalled();
    expect(await auditActions()).toEqual([["workspace.logo.upload", expect.objectContaining({ contentType: "image/png", uploadedAs: "image/svg+xml" })]]);
  });

  it("stops a rasterisation that passes the deadline, with a field error, and keeps the current logo", async () => {
    const { owner, ws, storedLogo } = await setup();
    // A 1 ms deadline: starting the worker alone takes longer, so this SVG is "too slow" on any machine.
    const slow = uploadLogo({ workspace: { id: ws.id }, user: { id: owner.id } }, svgUrl(PLAIN), { deadlineMs: 1 });
    await expect(slow).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { dataUrl: [LOGO_TOO_SLOW] } });
    expect(await storedLogo()).toEqual({ bytes: null, contentType: null });
  });
});

describe("the PDF of a workspace with a logo", () => {
  it("never runs resvg while rendering: the cover gets the stored PNG", async () => {
    const { owner, ws, sharedPdf } = await setup();
    await actAs(owner, () => uploadLogoAction({ workspaceSlug: ws.slug, dataUrl: svgUrl(PLAIN) }));
    spies.workers.mockClear();
    expect(hasImage(await sharedPdf())).toBe(true);
    expect(spies.resvg).not.toHaveBeenCalled();
    expect(spies.workers).not.toHaveBeenCalled();
  });

  it("converts an SVG stored before uploads were rasterised once, off the request thread, and keeps the PNG", async () => {
    const { ws, storedLogo, sharedPdf, auditActions } = await setup();
    await getDb().workspace.update({ where: { id: ws.id }, data: { logo: new Uint8Array(Buffer.from(PLAIN)), logoContentType: "image/svg+xml" } });
    expect(hasImage(await sharedPdf())).toBe(true);
    const stored = await storedLogo();
    expect(stored.contentType).toBe("image/png");
    expect(isPng(stored.bytes!)).toBe(true);
    expect(await auditActions()).toEqual([["workspace.logo.convert", expect.objectContaining({ contentType: "image/png" })]]);
    expect(hasImage(await sharedPdf())).toBe(true);
    expect(spies.workers).toHaveBeenCalledTimes(1);
    expect(spies.resvg).not.toHaveBeenCalled();
  });

  it("removes a stored SVG that today's checks refuse, says why in the audit log, and renders without it", async () => {
    const { ws, storedLogo, sharedPdf, auditActions } = await setup();
    await getDb().workspace.update({ where: { id: ws.id }, data: { logo: new Uint8Array(Buffer.from(HOSTILE)), logoContentType: "image/svg+xml" } });
    expect(hasImage(await sharedPdf())).toBe(false);
    expect(await storedLogo()).toEqual({ bytes: null, contentType: null });
    expect(await auditActions()).toEqual([["workspace.logo.remove", { reason: SVG_FILTERS_REFUSED }]]);
    expect(spies.workers).not.toHaveBeenCalled();
    expect(spies.resvg).not.toHaveBeenCalled();
  });
});
