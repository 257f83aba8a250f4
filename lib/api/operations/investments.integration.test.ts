import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { setArchived, updateInvestment } from "@/lib/investments/mutations";
import { getInvestmentDetail } from "@/lib/investments/queries";
import { buildInvestmentDocument } from "@/lib/transfer/export";
import { parseEventData, type EventType } from "@/lib/webhooks/event-schemas";
import { createUser, createWorkspace } from "@/prisma/factories";
import { apiTokenFor, callApi } from "@/tests/support/api";
import { withAuditRefusedAfterEvent } from "@/tests/support/failing-audit";
import { addInvestment, recordMonths } from "@/tests/support/portfolio-writes";
import { workspaceContextFor } from "@/tests/support/workspace-context";
import { changeInvestmentStatus, createInvestmentOperation, getInvestmentOperation, listInvestments, replacePlan } from "./investments";

const now = new Date("2026-06-15T12:00:00Z");
const PLAN = {
  costs: [
    { kind: "oneTime", label: "Build", amount: "12000", month: 1 },
    { kind: "recurring", label: "Licence", monthly: "500.10" },
  ],
  benefits: [{ kind: "fixed", label: "Repeat orders", monthly: "2000", fromMonth: 3, rampMonths: 2 }],
};
const DOCUMENT = { name: "Loyalty app", currency: "EUR", startMonth: "2026-01", horizonMonths: 24, category: "loyalty", description: "Points for regulars", ownerName: "Sam", ...PLAN };

async function setup() {
  const owner = await createUser(getDb(), { name: "Olga Owner" });
  const ws = await createWorkspace(getDb(), { members: [{ userId: owner.id, role: "owner" }] });
  const ctx = await workspaceContextFor(owner, ws.slug);
  const write = await apiTokenFor(owner, ws.id, "write", { name: "ERP sync" });
  const read = await apiTokenFor(owner, ws.id, "read");
  return { owner, ws, ctx, write, read, slug: { slug: ws.slug } };
}
type Setup = Awaited<ReturnType<typeof setup>>;

async function create(s: Setup, document: object = DOCUMENT, headers: Record<string, string> = {}) {
  return callApi(createInvestmentOperation, { token: s.write, params: s.slug, body: document, headers, now });
}

async function createdId(s: Setup, document: object = DOCUMENT) {
  const answer = await create(s, document);
  if (answer.status !== 201) throw new Error(answer.text);
  return answer.json.id as string;
}

/** The workspace's plan events, each checked against the payload schema webhook subscribers are promised. */
async function eventsOf(workspaceId: string) {
  const events = await getDb().workspaceEvent.findMany({ where: { workspaceId, type: { in: ["plan.approved", "plan.versioned"] } }, orderBy: { occurredAt: "asc" } });
  for (const event of events) parseEventData(event.type as EventType, event.data);
  return events;
}

describe("GET /workspaces/{slug}/investments", () => {
  it("pages with an opaque cursor in a stable order: every investment once, next null on the last page", async () => {
    const s = await setup();
    for (const name of ["A", "B", "C", "D", "E"]) await addInvestment(s.ctx, { name, plan: PLAN, startMonth: "2026-01", horizonMonths: 24, approve: false });
    const expected = (await getDb().investment.findMany({ where: { workspaceId: s.ws.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] })).map((i) => i.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const answer = await callApi(listInvestments, { token: s.read, params: s.slug, query: { limit: "2", ...(cursor ? { cursor } : {}) }, now });
      expect(answer.status).toBe(200);
      expect(answer.json.items.length).toBeLessThanOrEqual(2);
      seen.push(...answer.json.items.map((i: { id: string }) => i.id));
      cursor = answer.json.page.next;
      pages++;
      // A new investment while paging lands after the pages already read: nothing repeats or is skipped.
      if (pages === 1) expected.push(await addInvestment(s.ctx, { name: "F", plan: PLAN, startMonth: "2026-01", horizonMonths: 24, approve: false }));
    } while (cursor !== null && pages < 10);
    expect(seen).toEqual(expected);
    expect(pages).toBe(3);
  });

  it("gives each item its header and stored figures, money as decimal strings", async () => {
    const s = await setup();
    const id = await addInvestment(s.ctx, { name: "Measured", plan: PLAN, startMonth: "2026-01", horizonMonths: 24 });
    await recordMonths(s.ctx, id, [{ month: "2026-01", cost: "12500.10", benefit: "0" }, { month: "2026-02", cost: "500.10", benefit: "0.05" }], now);
    const answer = await callApi(listInvestments, { token: s.read, params: s.slug, now });
    expect(answer.json.items).toEqual([
      {
        id,
        name: "Measured",
        status: "active",
        category: "process",
        currency: "EUR",
        startMonth: "2026-01",
        horizonMonths: 24,
        revision: expect.any(Number),
        archived: false,
        figures: expect.objectContaining({ counted: true, invested: "13000.20", realised: "0.05", net: "-13000.15", recordedMonths: 2, planVersionUsed: 1 }),
        // In the workspace's reporting currency already: nothing to convert.
        reportingFigures: null,
      },
    ]);
    expect(answer.json.items[0].figures.actualRoiPct).toBe("-100.00");
    expect(answer.json.page).toEqual({ next: null });
  });

  it("filters by status and category, leaves archived ones out unless asked, and names a wrong filter", async () => {
    const s = await setup();
    const draft = await addInvestment(s.ctx, { name: "Draft", plan: PLAN, startMonth: "2026-01", horizonMonths: 24, approve: false, category: "loyalty" });
    const approved = await addInvestment(s.ctx, { name: "Approved", plan: PLAN, startMonth: "2026-01", horizonMonths: 24, category: "product" });
    const archived = await addInvestment(s.ctx, { name: "Archived", plan: PLAN, startMonth: "2026-01", horizonMonths: 24, approve: false, category: "loyalty" });
    await setArchived(s.ctx, archived, true);
    const ids = async (query: Record<string, string>) => {
      const answer = await callApi(listInvestments, { token: s.read, params: s.slug, query, now });
      expect(answer.status).toBe(200);
      return answer.json.items.map((i: { id: string }) => i.id);
    };
    expect(await ids({})).toEqual([draft, approved]);
    expect(await ids({ status: "draft" })).toEqual([draft]);
    expect(await ids({ status: "approved" })).toEqual([approved]);
    expect(await ids({ category: "loyalty" })).toEqual([draft]);
    expect(await ids({ archived: "true" })).toEqual([archived]);
    const bad = await callApi(listInvestments, { token: s.read, params: s.slug, query: { status: "paused", category: "marketing" }, now });
    expect(bad.status).toBe(422);
    expect(bad.json.errors).toEqual([
      { path: "status", message: "must be one of draft, approved, active, completed, stopped" },
      { path: "category", message: "must be one of acquisition, loyalty, ai_automation, customer_experience, process, product, other" },
    ]);
  });

  it("refuses a limit out of range and a cursor it did not give out", async () => {
    const s = await setup();
    for (const limit of ["0", "101", "2.5"]) {
      const answer = await callApi(listInvestments, { token: s.read, params: s.slug, query: { limit }, now });
      expect({ limit, status: answer.status, errors: answer.json.errors }).toEqual({ limit, status: 422, errors: [{ path: "limit", message: "must be a whole number from 1 to 100" }] });
    }
    for (const cursor of ["not-a-cursor", Buffer.from('["yesterday","x"]').toString("base64url")]) {
      const answer = await callApi(listInvestments, { token: s.read, params: s.slug, query: { cursor }, now });
      expect(answer.status).toBe(422);
      expect(answer.json.errors).toEqual([{ path: "cursor", message: "is not a cursor this API gave out; start again without cursor" }]);
    }
  });
});

describe("POST /workspaces/{slug}/investments", () => {
  it("creates a draft from a format v1 document: 201 with Location, ETag and the investment as GET shows it, audited as the token", async () => {
    const s = await setup();
    const answer = await create(s);
    expect(answer.status).toBe(201);
    const id = answer.json.id;
    expect(answer.headers.get("Location")).toBe(`/api/v1/workspaces/${s.ws.slug}/investments/${id}`);
    expect(answer.headers.get("ETag")).toBe('"1"');
    expect(answer.json).toMatchObject({
      name: "Loyalty app",
      status: "draft",
      category: "loyalty",
      description: "Points for regulars",
      ownerName: "Sam",
      currency: "EUR",
      startMonth: "2026-01",
      horizonMonths: 24,
      revision: 1,
      archived: false,
      versions: [],
      figures: expect.objectContaining({ counted: false, invested: "0.00", plannedCost: expect.stringMatching(/^\d+\.\d{2}$/) }),
    });
    // The document is the export's own, with the amounts as the app stores them (numbers where JSON carries them exactly).
    expect(answer.json.document).toEqual(buildInvestmentDocument(await getInvestmentDetail(s.ws.id, id)));
    expect(answer.json.document).toMatchObject({
      version: 1,
      costs: [
        { kind: "oneTime", label: "Build", amount: 12000, month: 1 },
        { kind: "recurring", label: "Licence", monthly: 500.1 },
      ],
      benefits: [{ kind: "fixed", label: "Repeat orders", monthly: 2000, fromMonth: 3, rampMonths: 2 }],
      kpis: [],
      actuals: [],
    });
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { workspaceId: s.ws.id, action: "investment.create", entityId: id } });
    expect(audit).toMatchObject({ actorId: s.owner.id, apiTokenName: "ERP sync" });
  });

  it("defaults the category to other; description and owner are optional", async () => {
    const s = await setup();
    const { category: _category, description: _description, ownerName: _ownerName, ...bare } = DOCUMENT;
    const answer = await create(s, bare);
    expect(answer.status).toBe(201);
    expect(answer.json).toMatchObject({ category: "other", description: "", ownerName: "" });
  });

  it("answers the engine's problems under the engine's own paths, and writes nothing", async () => {
    const s = await setup();
    // Month 0 does not exist (month 30 of a 24-month plan would be valid: it contributes nothing).
    const answer = await create(s, { ...DOCUMENT, costs: [{ kind: "oneTime", label: "Build", amount: -5, month: 0 }] });
    expect(answer.status).toBe(422);
    expect(answer.headers.get("Content-Type")).toBe("application/problem+json");
    expect(answer.json.errors).toEqual(
      expect.arrayContaining([
        { path: "costs.0.amount", message: "must not be negative" },
        { path: "costs.0.month", message: "must be at least 1" },
      ]),
    );
    expect(await getDb().investment.count({ where: { workspaceId: s.ws.id } })).toBe(0);
  });

  it("names wrong header fields, unknown fields, and KPIs or actuals it does not write", async () => {
    const s = await setup();
    const header = await create(s, { ...DOCUMENT, currency: "EURO", category: "marketing", horizonMonths: 500 });
    expect(header.status).toBe(422);
    expect(header.json.errors.map((e: { path: string }) => e.path).sort()).toEqual(["category", "currency", "horizonMonths"]);
    const unknown = await create(s, { ...DOCUMENT, colour: "blue" });
    expect(unknown.status).toBe(422);
    expect(unknown.json.errors[0].message).toMatch(/colour/);
    const rows = await create(s, { ...DOCUMENT, kpis: [{ name: "NPS" }], actuals: [{ month: 1, cost: 1, benefit: 2 }] });
    expect(rows.status).toBe(422);
    expect(rows.json.errors.map((e: { path: string }) => e.path)).toEqual(["kpis", "actuals"]);
    expect(rows.json.errors[1].message).toMatch(/actuals:batch/);
    expect(await getDb().investment.count({ where: { workspaceId: s.ws.id } })).toBe(0);
  });

  it("a retry with the same Idempotency-Key creates nothing twice", async () => {
    const s = await setup();
    const key = { "Idempotency-Key": "create-loyalty-1" };
    const first = await create(s, DOCUMENT, key);
    const again = await create(s, DOCUMENT, key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.json.id).toBe(first.json.id);
    expect(again.headers.get("Idempotency-Replayed")).toBe("true");
    expect(await getDb().investment.count({ where: { workspaceId: s.ws.id } })).toBe(1);
  });

  it("refuses a read token (403) and writes nothing", async () => {
    const s = await setup();
    const answer = await callApi(createInvestmentOperation, { token: s.read, params: s.slug, body: DOCUMENT, now });
    expect(answer.status).toBe(403);
    expect(await getDb().investment.count({ where: { workspaceId: s.ws.id } })).toBe(0);
  });
});

describe("GET /workspaces/{slug}/investments/{id}", () => {
  it("answers the investment with its export document, versions and figures, ETag = revision", async () => {
    const s = await setup();
    const id = await addInvestment(s.ctx, { name: "Approved", plan: PLAN, startMonth: "2026-01", horizonMonths: 24 });
    await recordMonths(s.ctx, id, [{ month: "2026-01", cost: "12500.10", benefit: "0" }], now);
    const answer = await callApi(getInvestmentOperation, { token: s.read, params: { ...s.slug, id }, now });
    expect(answer.status).toBe(200);
    const detail = await getInvestmentDetail(s.ws.id, id);
    expect(answer.headers.get("ETag")).toBe(`"${detail.revision}"`);
    expect(answer.json.document).toEqual(buildInvestmentDocument(detail));
    expect(answer.json.document.actuals).toEqual([{ month: 1, cost: "12500.1", benefit: "0" }]);
    expect(answer.json.versions).toEqual([{ version: 1, reason: "Plan approved", createdAt: expect.any(String), createdByName: "Olga Owner" }]);
    expect(answer.json.figures).toMatchObject({ invested: "12500.10", recordedMonths: 1, planVersionUsed: 1 });
  });

  it("answers 404 for another workspace's investment, also under the caller's own slug", async () => {
    const s = await setup();
    const other = await setup();
    const foreign = await addInvestment(other.ctx, { name: "Secret", plan: PLAN, startMonth: "2026-01", horizonMonths: 24 });
    const answer = await callApi(getInvestmentOperation, { token: s.read, params: { ...s.slug, id: foreign }, now });
    expect(answer.status).toBe(404);
    expect(answer.text).not.toContain("Secret");
    const otherSlug = await callApi(getInvestmentOperation, { token: s.read, params: { slug: other.ws.slug, id: foreign }, now });
    expect(otherSlug.status).toBe(404);
  });
});

describe("PUT /workspaces/{slug}/investments/{id}/plan", () => {
  const newPlan = { ...PLAN, benefits: [{ kind: "fixed", label: "Repeat orders", monthly: "2500", fromMonth: 3 }] };
  const put = (s: Setup, id: string, body: object, ifMatch?: string) =>
    callApi(replacePlan, { token: s.write, params: { ...s.slug, id }, body, headers: ifMatch === undefined ? {} : { "If-Match": ifMatch }, now });

  it("needs If-Match (428) and refuses a stale one (412), changing nothing", async () => {
    const s = await setup();
    const id = await createdId(s);
    expect((await put(s, id, { document: newPlan })).status).toBe(428);
    const stale = await put(s, id, { document: newPlan }, '"7"');
    expect(stale.status).toBe(412);
    expect(stale.json.currentRevision).toBe(1);
    expect(stale.headers.get("ETag")).toBe('"1"');
    expect((await getDb().investment.findUniqueOrThrow({ where: { id } })).revision).toBe(1);
  });

  it("saves a draft's plan: a new revision, no plan version, no event", async () => {
    const s = await setup();
    const id = await createdId(s);
    const answer = await put(s, id, { document: newPlan }, '"1"');
    expect(answer.status).toBe(200);
    expect(answer.headers.get("ETag")).toBe('"2"');
    expect(answer.json).toMatchObject({ revision: 2, versions: [], document: { benefits: [{ kind: "fixed", label: "Repeat orders", monthly: 2500, fromMonth: 3 }] } });
    expect(await eventsOf(s.ws.id)).toEqual([]);
  });

  it("an approved plan needs a reason; with one it becomes version 2 and emits exactly one plan.versioned", async () => {
    const s = await setup();
    const id = await createdId(s);
    const approved = await callApi(changeInvestmentStatus, { token: s.write, params: { ...s.slug, id }, body: { status: "approved" }, headers: { "If-Match": '"1"' }, now });
    expect(approved.status).toBe(200);
    const before = await eventsOf(s.ws.id);
    const noReason = await put(s, id, { document: newPlan }, '"2"');
    expect(noReason.status).toBe(422);
    expect(noReason.json.errors).toEqual([{ path: "reason", message: "Give a reason for changing an approved plan" }]);
    expect(await eventsOf(s.ws.id)).toEqual(before);
    expect(await getDb().planVersion.count({ where: { investmentId: id } })).toBe(1);
    const saved = await put(s, id, { document: newPlan, reason: "Agency raised its fee" }, '"2"');
    expect(saved.status).toBe(200);
    expect(saved.json.versions.map((v: { version: number; reason: string }) => [v.version, v.reason])).toEqual([
      [1, "Plan approved"],
      [2, "Agency raised its fee"],
    ]);
    const events = await eventsOf(s.ws.id);
    expect(events.slice(before.length).map((e) => ({ type: e.type, data: e.data }))).toEqual([
      {
        type: "plan.versioned",
        data: { investment: { id, name: "Loyalty app", currency: "EUR" }, version: 2, reason: "Agency raised its fee", by: "Olga Owner" },
      },
    ]);
  });

  it("takes a whole document as GET returns it, as long as its header is the investment's", async () => {
    const s = await setup();
    const id = await createdId(s);
    const { json } = await callApi(getInvestmentOperation, { token: s.read, params: { ...s.slug, id }, now });
    const edited = { ...json.document, costs: [{ kind: "oneTime", label: "Build", amount: "15000", month: 1 }] };
    const saved = await put(s, id, { document: edited }, '"1"');
    expect(saved.status).toBe(200);
    expect(saved.json.document.costs).toEqual([{ kind: "oneTime", label: "Build", amount: 15000, month: 1 }]);
    const moved = await put(s, id, { document: { ...edited, currency: "USD", startMonth: "2027-01" } }, '"2"');
    expect(moved.status).toBe(422);
    expect(moved.json.errors).toEqual([
      { path: "document.currency", message: 'must be "EUR" as the investment has it; this operation changes the plan only' },
      { path: "document.startMonth", message: 'must be "2026-01" as the investment has it; this operation changes the plan only' },
    ]);
  });

  it("names the engine's problems below document, and writes nothing", async () => {
    const s = await setup();
    const id = await createdId(s);
    const answer = await put(s, id, { document: { costs: [{ kind: "oneTime", label: "Build", amount: -1, month: 1 }] } }, '"1"');
    expect(answer.status).toBe(422);
    expect(answer.json.errors).toEqual([{ path: "document.costs.0.amount", message: "must not be negative" }]);
    expect((await getDb().investment.findUniqueOrThrow({ where: { id } })).revision).toBe(1);
  });
});

describe("POST /workspaces/{slug}/investments/{id}/status", () => {
  const move = (s: Setup, id: string, status: string, ifMatch: string, token = s.write) =>
    callApi(changeInvestmentStatus, { token, params: { ...s.slug, id }, body: { status }, headers: { "If-Match": ifMatch }, now });

  it("approving a draft freezes version 1 and emits exactly one plan.approved", async () => {
    const s = await setup();
    const id = await createdId(s);
    const answer = await move(s, id, "approved", '"1"');
    expect(answer.status).toBe(200);
    expect(answer.headers.get("ETag")).toBe('"2"');
    expect(answer.json).toMatchObject({ status: "approved", revision: 2, versions: [{ version: 1, reason: "Plan approved" }] });
    expect((await eventsOf(s.ws.id)).map((e) => ({ type: e.type, data: e.data }))).toEqual([
      { type: "plan.approved", data: { investment: { id, name: "Loyalty app", currency: "EUR" }, version: 1, reason: "Plan approved", by: "Olga Owner" } },
    ]);
  });

  it("follows the status rules: refused moves are 409 with the reason, and emit nothing", async () => {
    const s = await setup();
    const id = await createdId(s);
    const early = await move(s, id, "active", '"1"');
    expect(early.status).toBe(409);
    expect(early.json.detail).toBe("Approve the plan first: that freezes the forecast");
    expect(await eventsOf(s.ws.id)).toEqual([]);
    expect((await move(s, id, "approved", '"1"')).status).toBe(200);
    const skip = await move(s, id, "completed", '"2"');
    expect(skip.status).toBe(409);
    expect(skip.json.errors).toEqual([{ path: "status", message: "An investment cannot go from approved to completed" }]);
    const again = await move(s, id, "approved", '"2"');
    expect(again.status).toBe(409);
    const active = await move(s, id, "active", '"2"');
    expect(active.status).toBe(200);
    expect(active.json.status).toBe("active");
    expect((await eventsOf(s.ws.id)).map((e) => e.type)).toEqual(["plan.approved"]);
  });

  it("refuses an empty plan's approval (422), an unknown status, a stale If-Match and a read token", async () => {
    const s = await setup();
    const empty = await createdId(s, { ...DOCUMENT, costs: [], benefits: [] });
    const nothing = await move(s, empty, "approved", '"1"');
    expect(nothing.status).toBe(422);
    expect(nothing.json.detail).toBe("Add at least one cost or benefit before approving the plan");
    const id = await createdId(s);
    const unknown = await move(s, id, "paused", '"1"');
    expect(unknown.status).toBe(422);
    expect(unknown.json.errors).toEqual([{ path: "status", message: "must be one of draft, approved, active, completed, stopped" }]);
    expect((await move(s, id, "approved", '"5"')).status).toBe(412);
    expect((await move(s, id, "approved", '"1"', s.read)).status).toBe(403);
    expect(await eventsOf(s.ws.id)).toEqual([]);
    expect(await getDb().planVersion.count({ where: { workspaceId: s.ws.id } })).toBe(0);
  });
});

describe("plan events from the app's own writes", () => {
  it("a write that fails after its version was written leaves neither the version nor its event", async () => {
    const s = await setup();
    const id = await createdId(s);
    const failed = await withAuditRefusedAfterEvent(["plan.approve"], () =>
      callApi(changeInvestmentStatus, { token: s.write, params: { ...s.slug, id }, body: { status: "approved" }, headers: { "If-Match": '"1"' }, now }),
    );
    expect(failed.status).toBe(500);
    expect(await getDb().planVersion.count({ where: { investmentId: id } })).toBe(0);
    expect(await eventsOf(s.ws.id)).toEqual([]);
    expect((await getDb().investment.findUniqueOrThrow({ where: { id } })).status).toBe("draft");
  });

  it("a header change that moves an approved forecast is a new version: exactly one plan.versioned", async () => {
    const s = await setup();
    const id = await addInvestment(s.ctx, { name: "Web shop", plan: PLAN, startMonth: "2026-01", horizonMonths: 24 });
    const before = await eventsOf(s.ws.id);
    expect(before.map((e) => e.type)).toEqual(["plan.approved"]);
    const header = { name: "Web shop", description: "", category: "process" as const, ownerName: "", currency: "EUR", startMonth: "2026-01" };
    await updateInvestment(s.ctx, { ...header, horizonMonths: 36, investmentId: id, revision: 2, reason: "Runs a year longer" });
    const after = await eventsOf(s.ws.id);
    expect(after.slice(before.length).map((e) => ({ type: e.type, data: e.data }))).toEqual([
      { type: "plan.versioned", data: { investment: { id, name: "Web shop", currency: "EUR" }, version: 2, reason: "Runs a year longer", by: "Olga Owner" } },
    ]);
  });
});
