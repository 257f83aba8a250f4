import { describe, expect, it } from "vitest";
import { actAs } from "@/tests/support/session";
import { GET as downloadSharedReport } from "@/app/share/[token]/report/route";
import { getDb } from "@/lib/db/client";
import { createShareLinkAction } from "@/lib/sharing/actions";
import { createUser, createWorkspace } from "@/prisma/factories";

const PLAN = { costs: [{ kind: "oneTime", label: "Set-up", amount: 1000, month: 1 }], benefits: [{ kind: "fixed", label: "Fee", monthly: 300 }] };
const month = (m: number) => new Date(Date.UTC(2025, m - 1, 1));
const PERIOD = "2025-01..2025-06";
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function setup() {
  const owner = await createUser(getDb(), { name: "Olga Owner" });
  const ws = await createWorkspace(getDb(), { name: "Shared Reports", members: [{ userId: owner.id, role: "owner" }] });
  const investment = await getDb().investment.create({
    data: { workspaceId: ws.id, name: "Loyalty app", status: "active", startMonth: month(1), horizonMonths: 12, currency: "EUR", plan: PLAN },
    select: { id: true },
  });
  await getDb().actualMonth.create({ data: { workspaceId: ws.id, investmentId: investment.id, month: month(1), cost: "1000", benefit: "250" } });
  const link = async (investmentId = "") => {
    const created = await actAs(owner, () => createShareLinkAction({ workspaceSlug: ws.slug, investmentId, expiresOn: inDays(30) }));
    if (!created.ok) throw new Error(created.message);
    return created.data.url.split("/share/")[1];
  };
  return { ws, investmentId: investment.id, link };
}

async function get(token: string, query = `period=${PERIOD}&locale=en`) {
  const response = await downloadSharedReport(new Request(`http://app.test/share/${token}/report?${query}`), { params: Promise.resolve({ token }) });
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

const reportCount = (workspaceId: string) => getDb().report.count({ where: { workspaceId } });

describe("share-link PDFs are frozen once per set of figures", () => {
  it("serves the stored report again while nothing changed; an actual that changes stores a new one", async () => {
    const { ws, investmentId, link } = await setup();
    const token = await link();
    const first = await get(token);
    const second = await get(token);
    expect(await reportCount(ws.id)).toBe(1);
    expect(second.equals(first)).toBe(true);

    await getDb().actualMonth.updateMany({ where: { investmentId, month: month(1) }, data: { benefit: "400" } });
    const third = await get(token);
    expect(third.equals(first)).toBe(false);
    expect(await reportCount(ws.id)).toBe(2);
    expect((await get(token)).equals(third)).toBe(true);
    expect(await reportCount(ws.id)).toBe(2);
    expect(await getDb().auditLog.count({ where: { workspaceId: ws.id, action: "report.generate" } })).toBe(2);
  });

  it("another period, language, scenario or share link is a report of its own", async () => {
    const { ws, investmentId, link } = await setup();
    const token = await link();
    await get(token);
    await get(token, `period=2025-01..2025-05&locale=en`);
    await get(token, `period=${PERIOD}&locale=nl`);
    await get(token, `period=${PERIOD}&locale=en&scenario=conservative`);
    await get(await link());
    const oneInvestment = await link(investmentId);
    await get(oneInvestment);
    expect(await reportCount(ws.id)).toBe(6);
    // Asking again for any of them stores nothing new.
    await get(token, `period=${PERIOD}&locale=nl`);
    await get(oneInvestment);
    expect(await reportCount(ws.id)).toBe(6);
  });

  it("concurrent downloads of the same figures store one report", async () => {
    const { ws, link } = await setup();
    const token = await link();
    const pdfs = await Promise.all([get(token), get(token), get(token), get(token)]);
    expect(await reportCount(ws.id)).toBe(1);
    expect(pdfs.every((pdf) => pdf.equals(pdfs[0]))).toBe(true);
  });
});
