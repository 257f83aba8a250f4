import { describe, expect, it, vi } from "vitest";
import { actAs } from "@/tests/support/session";
import { dataUrlOf, tinyPng } from "@/tests/support/tiny-png";
import { GET as downloadWorkspaceReport } from "@/app/api/w/[slug]/report/route";
import { GET as downloadStoredReport } from "@/app/api/w/[slug]/reports/[id]/route";
import { GET as downloadSharedReport } from "@/app/share/[token]/report/route";
import { getDb } from "@/lib/db/client";
import { createShareLinkAction } from "@/lib/sharing/actions";
import { createUser, createWorkspace } from "@/prisma/factories";
import { generateReportAction, removeLogoAction, uploadLogoAction } from "./actions";
import { FREEZE_TRANSACTION, generateAndFreezeReport } from "./freeze";
import { listReports } from "./queries";

const PLAN = { costs: [{ kind: "oneTime", label: "Set-up", amount: 1000, month: 1 }], benefits: [{ kind: "fixed", label: "Fee", monthly: 300 }] };
const month = (m: number) => new Date(Date.UTC(2025, m - 1, 1));
const PERIOD = "2025-01..2025-06";

async function setup(name = "Frozen Client") {
  const [owner, editor, viewer] = await Promise.all([createUser(getDb(), { name: "Olga Owner" }), createUser(getDb()), createUser(getDb())]);
  const ws = await createWorkspace(getDb(), {
    name,
    members: [{ userId: owner.id, role: "owner" }, { userId: editor.id, role: "editor" }, { userId: viewer.id, role: "viewer" }],
  });
  const investment = await getDb().investment.create({
    data: { workspaceId: ws.id, name: "Loyalty app", status: "active", startMonth: month(1), horizonMonths: 12, currency: "EUR", plan: PLAN },
    select: { id: true },
  });
  await getDb().actualMonth.create({ data: { workspaceId: ws.id, investmentId: investment.id, month: month(1), cost: "1000", benefit: "250" } });
  return { owner, editor, viewer, ws, investmentId: investment.id };
}

const params = (slug: string, id: string) => ({ params: Promise.resolve({ slug, id }) });
const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer());
const storedPdf = async (id: string) => Buffer.from((await getDb().report.findUniqueOrThrow({ where: { id }, select: { pdf: true } })).pdf);

describe("frozen reports", () => {
  it("renders first, then stores the PDF in a transaction with an explicit, generous time limit", async () => {
    const { owner, ws } = await setup();
    const transaction = vi.spyOn(getDb(), "$transaction");
    try {
      const frozen = await generateAndFreezeReport(
        { workspace: { id: ws.id }, user: { id: owner.id, name: owner.name } },
        { period: { from: "2025-01", to: "2025-06" }, locale: "en", scenario: "expected", channel: "download", recipients: [] },
      );
      expect(frozen.pdf.subarray(0, 5).toString()).toBe("%PDF-");
      // Prisma's defaults (5 s, 2 s for a connection) failed large workspaces on a busy machine.
      expect(transaction).toHaveBeenCalledWith(expect.any(Function), FREEZE_TRANSACTION);
      expect(FREEZE_TRANSACTION.timeout).toBeGreaterThanOrEqual(60_000);
      expect(FREEZE_TRANSACTION.maxWait).toBeGreaterThanOrEqual(10_000);
    } finally {
      transaction.mockRestore();
    }
  });

  it("re-downloads the stored PDF byte for byte after the data changed; a new report differs", async () => {
    const { editor, viewer, ws, investmentId } = await setup();
    const first = await actAs(editor, () => generateReportAction({ workspaceSlug: ws.slug, period: PERIOD, locale: "en", scenario: "expected" }));
    if (!first.ok) throw new Error(first.message);
    const original = await storedPdf(first.data.id);
    expect(original.subarray(0, 5).toString()).toBe("%PDF-");
    expect(first.data.byteSize).toBe(original.length);
    expect(first.data.inputHash).toMatch(/^[0-9a-f]{64}$/);

    await getDb().actualMonth.create({ data: { workspaceId: ws.id, investmentId, month: month(2), cost: "0", benefit: "900" } });

    const again = await actAs(viewer, () => downloadStoredReport(new Request("http://app.test/"), params(ws.slug, first.data.id)));
    expect(again.status).toBe(200);
    expect(again.headers.get("Content-Type")).toBe("application/pdf");
    expect(again.headers.get("X-Report-Input-Hash")).toBe(first.data.inputHash);
    expect((await bytesOf(again)).equals(original)).toBe(true);
    const row = await getDb().report.findUniqueOrThrow({ where: { id: first.data.id }, select: { inputHash: true, inputs: true } });
    expect(row.inputHash).toBe(first.data.inputHash);
    expect(JSON.stringify(row.inputs)).toContain("Loyalty app");

    const second = await actAs(editor, () => generateReportAction({ workspaceSlug: ws.slug, period: PERIOD, locale: "en", scenario: "expected" }));
    if (!second.ok) throw new Error(second.message);
    expect(second.data.inputHash).not.toBe(first.data.inputHash);
    expect((await storedPdf(second.data.id)).equals(original)).toBe(false);
    expect(await getDb().auditLog.count({ where: { workspaceId: ws.id, action: "report.generate" } })).toBe(2);
  });

  it("hashes the canonical inputs: same data and moment → same hash; an added actual → a new hash", async () => {
    const { ws, investmentId } = await setup();
    const at = new Date("2025-07-10T09:00:00Z");
    const freeze = () =>
      generateAndFreezeReport({ workspace: { id: ws.id }, user: null }, { period: { from: "2025-01", to: "2025-06" }, locale: "nl", scenario: "expected", channel: "download", recipients: [], generatedAt: at });
    const [a, b] = [await freeze(), await freeze()];
    expect(b.inputHash).toBe(a.inputHash);
    await getDb().actualMonth.create({ data: { workspaceId: ws.id, investmentId, month: month(3), cost: "0", benefit: "400" } });
    expect((await freeze()).inputHash).not.toBe(a.inputHash);
  });

  it("freezes every download and share-link PDF; the list shows channel, recipients and who", async () => {
    const { owner, viewer, ws } = await setup();
    const download = await actAs(viewer, () =>
      downloadWorkspaceReport(new Request(`http://app.test/api/w/${ws.slug}/report?period=${PERIOD}&locale=nl`), { params: Promise.resolve({ slug: ws.slug }) }),
    );
    expect(download.status).toBe(200);
    const link = await actAs(owner, () => createShareLinkAction({ workspaceSlug: ws.slug, expiresOn: new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10) }));
    if (!link.ok) throw new Error(link.message);
    const token = link.data.url.split("/share/")[1];
    const shared = await downloadSharedReport(new Request(`http://app.test/share/${token}/report?period=${PERIOD}`), { params: Promise.resolve({ token }) });
    expect(shared.status).toBe(200);
    await generateAndFreezeReport(
      { workspace: { id: ws.id }, user: null },
      { period: { from: "2025-06", to: "2025-06" }, locale: "en", scenario: "expected", channel: "email", recipients: ["board@example.test"], createdByName: "monthly e-mail" },
    );

    const list = await listReports(ws.id);
    expect(list.map((r) => [r.channel, r.recipients, r.createdByName, r.kind, r.period, r.locale])).toEqual([
      ["email", ["board@example.test"], "monthly e-mail", "workspace", "2025-06..2025-06", "en"],
      ["share", [], "share link", "workspace", PERIOD, "nl"],
      ["download", [], viewer.name, "workspace", PERIOD, "nl"],
    ]);
    expect((await storedPdf(list[2].id)).equals(await bytesOf(download))).toBe(true);
  });

  it("another workspace's report id is 404, under either slug", async () => {
    const a = await setup("Workspace A");
    const b = await setup("Workspace B");
    const made = await actAs(b.editor, () => generateReportAction({ workspaceSlug: b.ws.slug, period: PERIOD, locale: "en" }));
    if (!made.ok) throw new Error(made.message);
    for (const slug of [a.ws.slug, b.ws.slug]) {
      const response = await actAs(a.owner, () => downloadStoredReport(new Request("http://app.test/"), params(slug, made.data.id)));
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain("Workspace B");
    }
    expect((await actAs(null, () => downloadStoredReport(new Request("http://app.test/"), params(b.ws.slug, made.data.id)))).status).toBe(401);
  });

  it("a viewer cannot generate; bad periods and foreign investments are refused; nothing is stored", async () => {
    const { viewer, editor, ws } = await setup();
    const other = await setup("Other");
    expect(await actAs(viewer, () => generateReportAction({ workspaceSlug: ws.slug, period: PERIOD, locale: "en" }))).toMatchObject({ ok: false, error: "FORBIDDEN" });
    const badPeriod = await actAs(editor, () => generateReportAction({ workspaceSlug: ws.slug, period: "2025-13", locale: "en" }));
    expect(badPeriod).toMatchObject({ ok: false, error: "INVALID_INPUT" });
    if (!badPeriod.ok) expect(badPeriod.fieldErrors.period).toBeDefined();
    const foreign = await actAs(editor, () => generateReportAction({ workspaceSlug: ws.slug, period: PERIOD, locale: "en", investmentId: other.investmentId }));
    expect(foreign).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await getDb().report.count({ where: { workspaceId: ws.id } })).toBe(0);
  });
});

describe("workspace logo", () => {
  const upload = (user: { id: string; email: string; name: string }, slug: string, dataUrl: string) =>
    actAs(user, () => uploadLogoAction({ workspaceSlug: slug, dataUrl }));
  const fieldError = (result: Awaited<ReturnType<typeof uploadLogoAction>>) => (result.ok ? undefined : result.fieldErrors.dataUrl?.[0]);

  it("accepts a PNG and a plain SVG, refuses a renamed text file, 600 KB and an SVG with a script", async () => {
    const { owner, editor, ws } = await setup();
    expect(await upload(owner, ws.slug, dataUrlOf(tinyPng()))).toMatchObject({ ok: true, data: { contentType: "image/png" } });
    const row = await getDb().workspace.findUniqueOrThrow({ where: { id: ws.id }, select: { logo: true, logoContentType: true } });
    expect(Buffer.from(row.logo!).equals(tinyPng())).toBe(true);

    expect(fieldError(await upload(owner, ws.slug, dataUrlOf(Buffer.from("just some notes\n"), "image/png")))).toBe("The logo must be a PNG, JPEG or SVG image");
    const huge = Buffer.concat([tinyPng(), Buffer.alloc(600 * 1024)]);
    expect(fieldError(await upload(owner, ws.slug, dataUrlOf(huge)))).toBe("The logo must be at most 512 KB");
    const scripted = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><rect width="4" height="4"/></svg>';
    expect(fieldError(await upload(owner, ws.slug, dataUrlOf(Buffer.from(scripted), "image/svg+xml")))).toMatch(/scripts/);
    const external = '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://evil.test/x.png"/></svg>';
    expect(fieldError(await upload(owner, ws.slug, dataUrlOf(Buffer.from(external), "image/svg+xml")))).toMatch(/external/);
    expect(await upload(editor, ws.slug, dataUrlOf(tinyPng()))).toMatchObject({ ok: false, error: "FORBIDDEN" });
    // The failures left the PNG in place.
    expect((await getDb().workspace.findUniqueOrThrow({ where: { id: ws.id }, select: { logoContentType: true } })).logoContentType).toBe("image/png");

    const plain = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><g><rect width="4" height="4" fill="#4f46e5"/></g></svg>';
    // An SVG is stored as the PNG it draws to (logo.integration.test.ts has the details).
    expect(await upload(owner, ws.slug, dataUrlOf(Buffer.from(plain), "image/svg+xml"))).toMatchObject({ ok: true, data: { contentType: "image/png", uploadedAs: "image/svg+xml" } });
    expect(await actAs(owner, () => removeLogoAction({ workspaceSlug: ws.slug }))).toMatchObject({ ok: true });
    expect((await getDb().workspace.findUniqueOrThrow({ where: { id: ws.id }, select: { logo: true } })).logo).toBeNull();
    const actions = (await getDb().auditLog.findMany({ where: { workspaceId: ws.id, action: { startsWith: "workspace.logo" } }, orderBy: { createdAt: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["workspace.logo.upload", "workspace.logo.upload", "workspace.logo.remove"]);
  });

  it("puts a PNG logo on the cover as an image, and an SVG logo as the PNG stored at upload", async () => {
    const { owner, editor, ws } = await setup();
    const generate = async () => {
      const result = await actAs(editor, () => generateReportAction({ workspaceSlug: ws.slug, period: PERIOD, locale: "en" }));
      if (!result.ok) throw new Error(result.message);
      return storedPdf(result.data.id);
    };
    const hasImage = (pdf: Buffer) => /\/Subtype\s*\/Image/.test(pdf.toString("latin1"));
    const without = await generate();
    expect(hasImage(without)).toBe(false);
    await upload(owner, ws.slug, dataUrlOf(tinyPng(64)));
    const withLogo = await generate();
    expect(hasImage(withLogo)).toBe(true);
    expect(withLogo.length).toBeGreaterThan(without.length);
    await upload(owner, ws.slug, dataUrlOf(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><rect width="4" height="4"/></svg>'), "image/svg+xml"));
    expect(hasImage(await generate())).toBe(true);
    const latest = await getDb().report.findFirstOrThrow({ where: { workspaceId: ws.id }, orderBy: { createdAt: "desc" }, select: { inputs: true } });
    expect(latest.inputs).toMatchObject({ logo: { contentType: "image/png", onCover: true } });
  });
});
