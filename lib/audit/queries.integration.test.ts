// The audit page's reads on a real database: the area filter, and names looked up within the workspace only.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { periodToDate } from "@/lib/investments/months";
import { createUser, createWorkspace } from "@/prisma/factories";
import { actionsOfArea } from "./describe-entry";
import { listAuditEntries, loadAuditNames } from "./queries";

type Workspace = Awaited<ReturnType<typeof createWorkspace>>;
const PLAN = { costs: [], benefits: [] };

let mine: Workspace;
let theirs: Workspace;
let myInvestment: string;
let theirInvestment: string;

const log = (workspace: Workspace, action: string, entityType: string, entityId: string | null, payload: { before?: object; after?: object }, at: string) =>
  getDb().auditLog.create({ data: { workspaceId: workspace.id, action, entityType, entityId, ...payload, createdAt: new Date(at) } });

beforeAll(async () => {
  const jan = await createUser(getDb(), { name: "Jan de Vries", email: "jan-audit@example.test" });
  const piet = await createUser(getDb(), { name: "Piet Elders", email: "piet-audit@example.test" });
  mine = await createWorkspace(getDb(), { members: [{ userId: jan.id, role: "editor" }] });
  theirs = await createWorkspace(getDb(), { members: [{ userId: piet.id, role: "owner" }] });
  const create = (workspace: Workspace, name: string) =>
    getDb().investment.create({ data: { workspaceId: workspace.id, name, startMonth: periodToDate("2026-01"), horizonMonths: 12, plan: PLAN } });
  myInvestment = (await create(mine, "CRM system")).id;
  theirInvestment = (await create(theirs, "Their secret project")).id;
  const kpi = await getDb().kpi.create({ data: { workspaceId: mine.id, investmentId: myInvestment, name: "Conversion rate" } });

  await log(mine, "actuals.save", "ActualMonth", "a1", { after: { month: "2026-03", investmentId: myInvestment } }, "2026-04-01T09:00:00Z");
  await log(mine, "kpi.measure", "Kpi", kpi.id, { after: { month: "2026-03", value: "1.7" } }, "2026-04-01T10:00:00Z");
  await log(mine, "membership.role", "Membership", "m1", { before: { email: jan.email, role: "editor" }, after: { email: jan.email, role: "viewer" } }, "2026-04-01T11:00:00Z");
  // Refers to another workspace's investment and member (a forged or odd row): their names must not show here.
  await log(mine, "actuals.delete", "ActualMonth", "a2", { before: { month: "2026-02", investmentId: theirInvestment } }, "2026-04-01T12:00:00Z");
  await log(mine, "membership.remove", "Membership", "m2", { before: { email: piet.email, role: "viewer" } }, "2026-04-01T13:00:00Z");
  await log(theirs, "actuals.save", "ActualMonth", "a3", { after: { month: "2026-03", investmentId: theirInvestment } }, "2026-04-01T14:00:00Z");
});

describe("listAuditEntries", () => {
  it("lists the workspace's entries, newest first, and only the chosen area's codes when asked", async () => {
    expect((await listAuditEntries(mine.id)).map((e) => e.action)).toEqual(["membership.remove", "actuals.delete", "membership.role", "kpi.measure", "actuals.save"]);
    expect((await listAuditEntries(mine.id, { actions: actionsOfArea("actuals") })).map((e) => e.action)).toEqual(["actuals.delete", "actuals.save"]);
    expect((await listAuditEntries(mine.id, { actions: actionsOfArea("kpis") })).map((e) => e.entityType)).toEqual(["Kpi"]);
    expect(await listAuditEntries(mine.id, { actions: actionsOfArea("integrations") })).toEqual([]);
  });
});

describe("loadAuditNames", () => {
  it("names investments, KPIs and members of this workspace only", async () => {
    const names = await loadAuditNames(mine.id, await listAuditEntries(mine.id));
    expect(names.investments).toEqual({ [myInvestment]: "CRM system" });
    expect(Object.values(names.kpis)).toEqual([{ name: "Conversion rate", investmentId: myInvestment }]);
    expect(names.people).toEqual({ "jan-audit@example.test": "Jan de Vries" });
    expect(JSON.stringify(names)).not.toContain("Their secret project");
    expect(JSON.stringify(names)).not.toContain("Piet");
  });

  it("asks nothing for entries that name nothing", async () => {
    expect(await loadAuditNames(mine.id, [])).toEqual({ investments: {}, kpis: {}, people: {} });
  });
});
