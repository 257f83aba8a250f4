// The bearer-token API's tenancy matrix: every operation of /api/v1 × token scope × the
// role of the token's creator, against two workspaces. Outsiders get 404 (the same 404 as
// for a workspace that does not exist), a read token writing gets 403, tokens without a
// valid holder get 401, and no refused request changes anything. A new operation joins
// automatically (API_OPERATIONS); one without a sample request below fails the suite.
import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ApiOperation } from "@/lib/api/operation";
import { API_OPERATIONS } from "@/lib/api/operations";
import type { Role } from "@/lib/auth/roles";
import { createToken } from "@/lib/auth/tokens";
import { getDb } from "@/lib/db/client";
import { createUser, createWorkspace } from "@/prisma/factories";
import { apiTokenFor, callApi, type ApiAnswer } from "@/tests/support/api";

// Every call of this file shares one pinned minute: the rate limit is not what is tested here.
process.env.API_RATE_LIMIT_PER_MINUTE = "100000";
const NOW = new Date("2026-06-15T10:00:00Z");
const PLAN = { costs: [{ kind: "oneTime", label: "Set-up", amount: 1000, month: 1 }], benefits: [{ kind: "fixed", label: "Fee", monthly: 300 }] };
const HEADER = { name: "Matrix investment", description: "", category: "other" as const, ownerName: "", horizonMonths: 12, currency: "EUR" };

type User = Awaited<ReturnType<typeof createUser>>;
type Fixture = Awaited<ReturnType<typeof buildWorkspace>>;

async function buildWorkspace(label: string) {
  const users = {
    owner: await createUser(getDb(), { name: `${label} owner` }),
    editor: await createUser(getDb(), { name: `${label} editor` }),
    viewer: await createUser(getDb(), { name: `${label} viewer` }),
  } satisfies Record<Role, User>;
  const ws = await createWorkspace(getDb(), {
    name: `API isolation ${label}`,
    members: (Object.keys(users) as Role[]).map((role) => ({ userId: users[role].id, role })),
  });
  const january = new Date(Date.UTC(2026, 0, 1));
  const investment = await getDb().investment.create({
    data: {
      ...HEADER,
      workspaceId: ws.id,
      startMonth: january,
      plan: PLAN,
      status: "approved",
      versions: { create: { version: 1, definition: { ...HEADER, startMonth: "2026-01", ...PLAN }, reason: "Plan approved" } },
    },
    select: { id: true },
  });
  await getDb().actualMonth.create({ data: { workspaceId: ws.id, investmentId: investment.id, month: january, cost: "100", benefit: "50" } });
  const kpi = await getDb().kpi.create({
    data: { workspaceId: ws.id, investmentId: investment.id, name: "Matrix KPI", measurements: { create: { workspaceId: ws.id, month: january, value: "1.5" } } },
    select: { id: true },
  });
  await getDb().exchangeRate.create({
    data: { workspaceId: ws.id, fromCurrency: "EUR", toCurrency: "USD", month: january, rate: "1.0823", source: "manual", enteredByName: `${label} owner` },
  });
  const report = await getDb().report.create({
    data: {
      workspaceId: ws.id,
      kind: "workspace",
      period: "2026-01..2026-01",
      locale: "en",
      scenario: "expected",
      inputs: {},
      inputHash: "0".repeat(64),
      pdf: new Uint8Array(Buffer.from("%PDF-1.4 matrix")),
      byteSize: 15,
    },
    select: { id: true },
  });
  const tokens = {
    ownerWrite: await apiTokenFor(users.owner, ws.id, "write"),
    ownerRead: await apiTokenFor(users.owner, ws.id, "read"),
    editorWrite: await apiTokenFor(users.editor, ws.id, "write"),
    editorRead: await apiTokenFor(users.editor, ws.id, "read"),
  };
  return { ws, users, investmentId: investment.id, kpiId: kpi.id, reportId: report.id, tokens };
}

/** Path parameters naming the records of `target` (under the slug of `slugOf`). */
const paramsFor = (target: Fixture, slug = target.ws.slug) => ({
  slug,
  id: target.investmentId,
  kpiId: target.kpiId,
  reportId: target.reportId,
  month: "2026-01",
});

/** A request each operation would accept from a permitted token (bodies, months and preconditions). */
const SAMPLES: Record<string, { params?: Record<string, string>; body?: unknown; headers?: Record<string, string> }> = {
  getWorkspace: {},
  getPortfolio: {},
  listLeaks: {},
  listInvestments: {},
  createInvestment: { body: { name: "Created by the matrix", currency: "EUR", startMonth: "2026-01", horizonMonths: 12, ...PLAN } },
  getInvestment: {},
  replacePlan: { body: { document: { costs: PLAN.costs, benefits: [{ kind: "fixed", label: "Fee", monthly: 350 }] }, reason: "Matrix re-plan" }, headers: { "if-match": "*" } },
  changeInvestmentStatus: { body: { status: "active" }, headers: { "if-match": "*" } },
  createReport: { body: { kind: "workspace", locale: "en" } },
  getReport: {},
  getReportPdf: {},
  listActuals: {},
  getActualsMonth: {},
  putActualsMonth: { params: { month: "2026-02" }, body: { cost: "10.00", benefit: "20.00" } },
  batchActuals: { body: { months: [{ month: "2026-03", cost: "1.00", benefit: "2.00" }] } },
  listKpis: {},
  putKpiMeasurement: { params: { month: "2026-02" }, body: { value: "2.5" } },
  listExchangeRates: {},
  putExchangeRate: { params: { from: "USD", to: "EUR", month: "2026-02" }, body: { rate: "0.92" } },
  batchExchangeRates: { body: { rates: [{ from: "EUR", to: "USD", month: "2026-03", rate: "1.08" }] } },
};

function sampleOf(operation: ApiOperation) {
  const sample = SAMPLES[operation.operationId];
  if (!sample) throw new Error(`Add a sample request for ${operation.operationId} to the API tenancy matrix`);
  return sample;
}

const call = (operation: ApiOperation, token: string | null, target: Fixture, slug?: string): Promise<ApiAnswer> => {
  const sample = sampleOf(operation);
  const all: Record<string, string> = { ...paramsFor(target, slug), ...sample.params };
  const names = [...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
  return callApi(operation, {
    token,
    params: Object.fromEntries(names.map((name) => [name, all[name]])),
    body: sample.body,
    headers: sample.headers,
    now: NOW,
  });
};

/** Everything of a workspace a request could change, to prove a refused one changed nothing. */
async function snapshotOf(workspaceId: string) {
  const db = getDb();
  const where = { workspaceId };
  const [investments, versions, actuals, measurements, reports, audit, events, rates] = await Promise.all([
    db.investment.findMany({ where, select: { id: true, revision: true, status: true, plan: true }, orderBy: { id: "asc" } }),
    db.planVersion.count({ where }),
    db.actualMonth.findMany({ where, select: { month: true, cost: true, benefit: true, revision: true }, orderBy: { month: "asc" } }),
    db.kpiMeasurement.findMany({ where, select: { month: true, value: true }, orderBy: { month: "asc" } }),
    db.report.count({ where }),
    db.auditLog.count({ where }),
    db.workspaceEvent.count({ where }),
    db.exchangeRate.findMany({ where, select: { fromCurrency: true, toCurrency: true, month: true, rate: true, updatedAt: true }, orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify({ investments, versions, actuals, measurements, reports, audit, events, rates });
}

const operations = API_OPERATIONS.map((operation) => [operation.operationId, operation] as const);
const writes = operations.filter(([, operation]) => operation.access === "write");
const reads = operations.filter(([, operation]) => operation.access === "read");

let victim: Fixture;
let attacker: Fixture;
beforeAll(async () => {
  victim = await buildWorkspace("victim");
  attacker = await buildWorkspace("attacker");
});

describe("the API tenancy matrix", () => {
  it("has a sample request for every operation, and every route file serves a listed operation", async () => {
    for (const operation of API_OPERATIONS) expect(() => sampleOf(operation)).not.toThrow();
    const root = path.join(process.cwd(), "app/api/v1");
    const routes = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((file) => path.basename(file) === "route.ts");
    for (const file of routes) {
      const mod = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, { operation?: ApiOperation }>;
      for (const [method, handler] of Object.entries(mod)) {
        if (file === path.join("openapi.json", "route.ts")) continue; // the public document itself
        expect(API_OPERATIONS, `${file} ${method}`).toContain(handler.operation);
      }
    }
  });

  it.each(operations)("%s: without a token → 401 with WWW-Authenticate, nothing changed", async (_id, operation) => {
    const before = await snapshotOf(victim.ws.id);
    const answer = await call(operation, null, victim);
    expect(answer.status).toBe(401);
    expect(answer.headers.get("content-type")).toBe("application/problem+json");
    expect(answer.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(await snapshotOf(victim.ws.id)).toBe(before);
  });

  it.each(operations)("%s: another workspace's token → the same 404 as for no workspace at all, nothing changed", async (_id, operation) => {
    const before = await snapshotOf(victim.ws.id);
    const outsider = await call(operation, attacker.tokens.ownerWrite, victim);
    const nowhere = await call(operation, attacker.tokens.ownerWrite, victim, "no-such-workspace");
    expect(outsider.status).toBe(404);
    expect(outsider.text).toBe(nowhere.text);
    expect(outsider.text).not.toContain(victim.ws.name);
    expect(await snapshotOf(victim.ws.id)).toBe(before);
  });

  it.each(operations.filter(([, operation]) => /\{(id|reportId|kpiId)\}/.test(operation.path)))(
    "%s: its own workspace's token naming another workspace's records → 404, nothing changed",
    async (_id, operation) => {
      const before = await snapshotOf(victim.ws.id);
      const answer = await call(operation, attacker.tokens.ownerWrite, victim, attacker.ws.slug);
      expect(answer.status).toBe(404);
      expect(answer.text).not.toContain(victim.ws.name);
      expect(await snapshotOf(victim.ws.id)).toBe(before);
    },
  );

  it.each(writes)("%s: a read token (owner's or editor's) → 403, nothing changed", async (_id, operation) => {
    const before = await snapshotOf(victim.ws.id);
    for (const token of [victim.tokens.ownerRead, victim.tokens.editorRead]) {
      const answer = await call(operation, token, victim);
      expect(answer.status).toBe(403);
      expect(answer.json.detail).toMatch(/read scope/);
    }
    expect(await snapshotOf(victim.ws.id)).toBe(before);
  });

  it.each(reads)("%s: a read token of either role reads (200)", async (_id, operation) => {
    for (const token of [victim.tokens.ownerRead, victim.tokens.editorRead]) {
      expect((await call(operation, token, victim)).status).toBe(200);
    }
  });
});

describe.each(["owner", "editor"] as const)("a write token of an %s", (role) => {
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = await buildWorkspace(`${role} writer`);
  });
  const tokenOf = () => (role === "owner" ? fixture.tokens.ownerWrite : fixture.tokens.editorWrite);

  it.each(operations)("%s: is allowed (2xx)", async (_id, operation) => {
    const answer = await call(operation, tokenOf(), fixture);
    expect(answer.status, answer.text).toBeGreaterThanOrEqual(200);
    expect(answer.status, answer.text).toBeLessThan(300);
  });

  it("stops working for every operation once its creator is demoted to viewer, and once removed (401)", async () => {
    const creator = fixture.users[role];
    await getDb().membership.update({ where: { workspaceId_userId: { workspaceId: fixture.ws.id, userId: creator.id } }, data: { role: "viewer" } });
    const before = await snapshotOf(fixture.ws.id);
    for (const operation of API_OPERATIONS) expect((await call(operation, tokenOf(), fixture)).status).toBe(401);
    await getDb().membership.delete({ where: { workspaceId_userId: { workspaceId: fixture.ws.id, userId: creator.id } } });
    for (const operation of API_OPERATIONS) expect((await call(operation, tokenOf(), fixture)).status).toBe(401);
    expect(await snapshotOf(fixture.ws.id)).toBe(before);
  });
});

it("a made-up token that looks real is refused like any unknown one", async () => {
  const answer = await call(API_OPERATIONS[0], `rlsd_${createToken().token}`, victim);
  expect([answer.status, answer.json.detail]).toEqual([401, "This API token is not valid"]);
});
