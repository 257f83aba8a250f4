import { describe, expect, it } from "vitest";
import { signInAs } from "@/tests/support/session";
import { hashToken } from "@/lib/auth/tokens";
import { getDb } from "@/lib/db/client";
import { acknowledgeLeak } from "@/lib/leaks/mutations";
import { createUser, createWorkspace } from "@/prisma/factories";
import { workspaceContextFor } from "@/tests/support/workspace-context";
import { createShareLinkAction, revokeShareLinkAction } from "./actions";
import { openShareLink } from "./queries";
import { loadSharedView } from "./shared-view";

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const tokenOf = (url: string) => url.split("/share/")[1];

async function setup() {
  const editor = await createUser(getDb());
  const viewer = await createUser(getDb());
  const ws = await createWorkspace(getDb(), { name: "Shared Client", members: [{ userId: editor.id, role: "editor" }, { userId: viewer.id, role: "viewer" }] });
  signInAs(editor);
  return { editor, viewer, ws };
}

describe("share links", () => {
  it("creates a link whose token is stored only as a hash, and counts views", async () => {
    const { ws } = await setup();
    const created = await createShareLinkAction({ workspaceSlug: ws.slug, label: "Board", expiresOn: inDays(30), percentOnly: "on" });
    if (!created.ok) throw new Error(created.message);
    const token = tokenOf(created.data.url);
    const row = await getDb().shareLink.findUniqueOrThrow({ where: { id: created.data.id }, select: { tokenHash: true, percentOnly: true } });
    expect(row).toEqual({ tokenHash: hashToken(token), percentOnly: true });
    expect(JSON.stringify(await getDb().auditLog.findMany({ where: { workspaceId: ws.id } }))).not.toContain(token);
    expect(await openShareLink(token)).toMatchObject({ state: "valid", link: { percentOnly: true, workspace: { name: "Shared Client" } } });
    await openShareLink(token);
    expect((await getDb().shareLink.findUniqueOrThrow({ where: { id: created.data.id } })).viewCount).toBe(2);
  });

  it("expired, revoked and unknown links reveal nothing", async () => {
    const { ws } = await setup();
    const created = await createShareLinkAction({ workspaceSlug: ws.slug, expiresOn: inDays(10) });
    if (!created.ok) throw new Error(created.message);
    const token = tokenOf(created.data.url);
    expect(await openShareLink(token, new Date(Date.now() + 11 * 86_400_000))).toEqual({ state: "expired" });
    expect((await revokeShareLinkAction({ workspaceSlug: ws.slug, shareLinkId: created.data.id })).ok).toBe(true);
    expect(await openShareLink(token)).toEqual({ state: "revoked" });
    expect(await openShareLink("x".repeat(43))).toEqual({ state: "unknown" });
    expect((await getDb().shareLink.findUniqueOrThrow({ where: { id: created.data.id } })).viewCount).toBe(0);
  });

  it("names the wrong field, refuses viewers and other workspaces' investments", async () => {
    const { ws, viewer } = await setup();
    const past = await createShareLinkAction({ workspaceSlug: ws.slug, expiresOn: "2020-01-01" });
    expect(past.ok).toBe(false);
    if (!past.ok) expect(past.fieldErrors.expiresOn).toBeDefined();
    const tooLong = await createShareLinkAction({ workspaceSlug: ws.slug, expiresOn: inDays(800) });
    if (!tooLong.ok) expect(tooLong.fieldErrors.expiresOn).toEqual(["A link can be valid for at most a year"]);
    const other = await createWorkspace(getDb());
    const foreign = await getDb().investment.create({ data: { workspaceId: other.id, name: "Foreign", startMonth: new Date(Date.UTC(2026, 0, 1)), horizonMonths: 12, plan: { costs: [], benefits: [] } } });
    expect(await createShareLinkAction({ workspaceSlug: ws.slug, investmentId: foreign.id, expiresOn: inDays(5) })).toMatchObject({ ok: false, error: "NOT_FOUND" });
    signInAs(viewer);
    expect(await createShareLinkAction({ workspaceSlug: ws.slug, expiresOn: inDays(5) })).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await getDb().shareLink.count({ where: { workspaceId: ws.id } })).toBe(0);
  });
});

describe("what a share link shows", () => {
  const today = new Date("2026-11-15T12:00:00Z");
  const PLAN = { costs: [{ kind: "oneTime", label: "Set-up", amount: 1000, month: 1 }], benefits: [{ kind: "fixed", label: "Fee", monthly: 300 }] };

  it("the workspace dashboard's figures, with reviewed leaks marked (who, why), never dropped; the investment's from the same store", async () => {
    const { editor, ws } = await setup();
    const header = { name: "Loyalty card", currency: "EUR", startMonth: "2026-01", horizonMonths: 12 };
    const investment = await getDb().investment.create({
      data: { ...header, workspaceId: ws.id, startMonth: new Date(Date.UTC(2026, 0, 1)), plan: PLAN, status: "active", versions: { create: { version: 1, definition: { ...header, ...PLAN }, reason: "Approved" } } },
    });
    await getDb().actualMonth.create({ data: { workspaceId: ws.id, investmentId: investment.id, month: new Date(Date.UTC(2026, 0, 1)), cost: "1000", benefit: "250" } });
    await acknowledgeLeak(await workspaceContextFor(editor, ws.slug), { investmentId: investment.id, code: "NO_BASELINE", subject: "", reason: "Baseline comes with the new till" }, today);

    const created = await createShareLinkAction({ workspaceSlug: ws.slug, expiresOn: inDays(30), percentOnly: "on" });
    if (!created.ok) throw new Error(created.message);
    const opened = await openShareLink(tokenOf(created.data.url));
    if (opened.state !== "valid") throw new Error(opened.state);
    const view = await loadSharedView(opened.link, { sort: "invested" }, { today });
    if (view.kind !== "workspace") throw new Error(view.kind);
    expect(view.portfolio.totals.headline).toMatchObject({ currency: "EUR", investments: 1, invested: 1000, realised: 250 });
    expect(view.portfolio.leaks.reviewed.map((l) => [l.code, l.review?.by, l.review?.reason])).toEqual([["NO_BASELINE", editor.name, "Baseline comes with the new till"]]);
    // Percentages only: no sorting by amounts.
    expect(view.query.sort).toEqual({ sort: "name", direction: "asc" });

    const one = await createShareLinkAction({ workspaceSlug: ws.slug, investmentId: investment.id, expiresOn: inDays(30) });
    if (!one.ok) throw new Error(one.message);
    const openedOne = await openShareLink(tokenOf(one.data.url));
    if (openedOne.state !== "valid") throw new Error(openedOne.state);
    const single = await loadSharedView(openedOne.link, {}, { today });
    if (single.kind !== "investment") throw new Error(single.kind);
    expect(single.investment.totals).toMatchObject({ invested: 1000, realised: 250, actualRoiPct: -75 });
    expect(single.investment.row).toMatchObject({ name: "Loyalty card", recordedMonths: 1, expectedMonths: 10 });
    expect(single.investment.leaks.reviewed.map((l) => l.review?.reason)).toEqual(["Baseline comes with the new till"]);
    expect(single.investment.leaks.open.map((l) => l.code)).toEqual(["MISSING_ACTUALS"]);
  });
});

describe("the PDF behind a share link", () => {
  const call = async (token: string) => {
    const { GET } = await import("@/app/share/[token]/report/route");
    return GET(new Request(`http://app.test/share/${token}/report?period=2026-01..2026-01`), { params: Promise.resolve({ token }) });
  };

  it("a full link serves the PDF; percentages-only, revoked and unknown links do not", async () => {
    const { ws } = await setup();
    const full = await createShareLinkAction({ workspaceSlug: ws.slug, expiresOn: inDays(30) });
    const percent = await createShareLinkAction({ workspaceSlug: ws.slug, expiresOn: inDays(30), percentOnly: "on" });
    if (!full.ok || !percent.ok) throw new Error("links not created");
    const pdf = await call(tokenOf(full.data.url));
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
    // The PDF prints euro amounts, so a percentages-only link never hands it out.
    expect((await call(tokenOf(percent.data.url))).status).toBe(403);
    await revokeShareLinkAction({ workspaceSlug: ws.slug, shareLinkId: full.data.id });
    const revoked = await call(tokenOf(full.data.url));
    expect(revoked.status).toBe(404);
    expect(await revoked.text()).not.toContain("Shared Client");
    expect((await call("y".repeat(43))).status).toBe(404);
  });
});
