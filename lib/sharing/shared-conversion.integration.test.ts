import { describe, expect, it } from "vitest";
import { signInAs } from "@/tests/support/session";
import { getDb } from "@/lib/db/client";
import { loadInvestmentConversion } from "@/lib/portfolio/investment-conversion-data";
import { createUser, createWorkspace } from "@/prisma/factories";
import { createShareLinkAction, revokeShareLinkAction } from "./actions";
import { openShareLink } from "./queries";
import { loadSharedView } from "./shared-view";

// A EUR workspace with a USD plan: the share link of that investment shows its figures
// converted into EUR month by month, at the workspace's rates; nobody else gets anything.
const today = new Date("2026-11-15T12:00:00Z");
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const tokenOf = (url: string) => url.split("/share/")[1];
const PLAN = { costs: [{ kind: "oneTime", label: "Set-up", amount: 5500, month: 1 }], benefits: [{ kind: "fixed", label: "Fee", monthly: 1000 }] };
const month = (m: number) => new Date(Date.UTC(2026, m - 1, 1));

async function setup() {
  const editor = await createUser(getDb());
  const ws = await createWorkspace(getDb(), { name: "Dollar Client", members: [{ userId: editor.id, role: "editor" }] });
  const header = { name: "US campaign", currency: "USD", startMonth: "2026-01", horizonMonths: 12 };
  const investment = await getDb().investment.create({
    data: { ...header, workspaceId: ws.id, startMonth: month(1), plan: PLAN, status: "active", versions: { create: { version: 1, definition: { ...header, ...PLAN }, reason: "Approved" } } },
  });
  for (const [m, cost, benefit] of [
    [1, "5500", "1000"],
    [2, "0", "1000"],
    [3, "0", "1000"],
  ] as const)
    await getDb().actualMonth.create({ data: { workspaceId: ws.id, investmentId: investment.id, month: month(m), cost, benefit } });
  // 1 EUR = rate USD; no rate for 2026-02.
  for (const [m, rate] of [
    [1, "1.0823"],
    [3, "1.1"],
  ] as const)
    await getDb().exchangeRate.create({ data: { workspaceId: ws.id, fromCurrency: "EUR", toCurrency: "USD", month: month(m), rate, source: "manual", enteredByName: "Test" } });
  signInAs(editor);
  const created = await createShareLinkAction({ workspaceSlug: ws.slug, investmentId: investment.id, expiresOn: inDays(30) });
  if (!created.ok) throw new Error(created.message);
  return { ws, investment, created };
}

describe("a share link to an investment in another currency", () => {
  it("shows its figures converted into the workspace's currency, month by month, with the rates and the missing one", async () => {
    const { created } = await setup();
    const opened = await openShareLink(tokenOf(created.data.url));
    if (opened.state !== "valid") throw new Error(opened.state);
    const view = await loadSharedView(opened.link, {}, { today });
    if (view.kind !== "investment") throw new Error(view.kind);
    // Its own figures stay in USD.
    expect(view.investment.totals).toMatchObject({ currency: "USD", invested: 5500, realised: 3000 });
    expect(view.conversion).not.toBeNull();
    const conversion = view.conversion!;
    // 2026-01: 5500 ÷ 1.0823 = 5081.7703… → 5081.77; 1000 ÷ 1.0823 = 923.9582… → 923.96.
    // 2026-02: no rate, left out. 2026-03: 1000 ÷ 1.1 = 909.0909… → 909.09. Realised 923.96 + 909.09 = 1833.05.
    expect(conversion.own).toMatchObject({ currency: "USD", invested: 5500, realised: 3000 });
    expect(conversion.converted).toMatchObject({ currency: "EUR", invested: 5081.77, realised: 1833.05, net: -3248.72 });
    expect(conversion.conversion).toMatchObject({ complete: false, missing: [{ from: "USD", to: "EUR", period: "2026-02" }] });
    expect(conversion.months.slice(0, 3)).toEqual([
      expect.objectContaining({ period: "2026-01", kind: "actual", converted: { cost: 5081.77, benefit: 923.96 }, rate: expect.objectContaining({ legs: [{ from: "EUR", to: "USD", period: "2026-01", rate: "1.0823", inverted: true }] }) }),
      expect.objectContaining({ period: "2026-02", kind: "actual", converted: null, missing: { from: "USD", to: "EUR", period: "2026-02" } }),
      expect.objectContaining({ period: "2026-03", kind: "actual", converted: { cost: 0, benefit: 909.09 } }),
    ]);
    // The plan's later months at the latest known rate, 2026-03's, and marked so.
    expect(conversion.months.find((m) => m.period === "2026-12")).toMatchObject({ kind: "plan", converted: { cost: 0, benefit: 909.09 }, rate: { usedPeriod: "2026-03", fallback: true } });
  });

  it("an outsider gets nothing: a foreign workspace's link, a revoked or unknown token", async () => {
    const { ws, investment, created } = await setup();
    const other = await createWorkspace(getDb(), { name: "Someone Else" });
    // The investment looked up through another workspace: no view, no conversion.
    expect(await loadSharedView({ investmentId: investment.id, percentOnly: false, workspace: { id: other.id, currency: "EUR" } }, {}, { today })).toEqual({ kind: "unavailable" });
    expect(await loadInvestmentConversion({ id: other.id, currency: "EUR" }, investment.id, { today })).toBeNull();
    await revokeShareLinkAction({ workspaceSlug: ws.slug, shareLinkId: created.data.id });
    expect(await openShareLink(tokenOf(created.data.url))).toEqual({ state: "revoked" });
    expect(await openShareLink("z".repeat(43))).toEqual({ state: "unknown" });
  });

  it("an investment in the workspace's own currency has no conversion", async () => {
    const { ws } = await setup();
    const header = { name: "Home", currency: "EUR", startMonth: "2026-01", horizonMonths: 12 };
    const home = await getDb().investment.create({
      data: { ...header, workspaceId: ws.id, startMonth: month(1), plan: PLAN, status: "active", versions: { create: { version: 1, definition: { ...header, ...PLAN }, reason: "Approved" } } },
    });
    const view = await loadSharedView({ investmentId: home.id, percentOnly: false, workspace: { id: ws.id, currency: "EUR" } }, {}, { today });
    expect(view).toMatchObject({ kind: "investment", conversion: null });
  });
});
