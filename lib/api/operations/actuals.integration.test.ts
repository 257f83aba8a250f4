import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { signInAs } from "@/tests/support/session";
import { FUTURE_MONTH_MESSAGE } from "@/lib/actuals/recordable-month";
import { BENEFIT_SUM_MESSAGE } from "@/lib/actuals/schemas";
import type { ApiOperation } from "@/lib/api/operation";
import { getDb } from "@/lib/db/client";
import { approvePlanAction, createInvestmentAction } from "@/lib/investments/actions";
import { periodOfMonthNumber, periodToDate } from "@/lib/investments/months";
import { monthTotalsOf, sumStoredFigures } from "@/lib/portfolio/stored-figures";
import { parseEventData } from "@/lib/webhooks/event-schemas";
import { createUser, createWorkspace } from "@/prisma/factories";
import { apiTokenFor, callApi as callApiRaw, type ApiCallOptions } from "@/tests/support/api";
import { expectMatchesContract } from "@/tests/support/contract";
import { ACTUALS_BATCH_BODY_LIMIT_BYTES, batchActuals, getActualsMonth, listActuals, putActualsMonth } from "./actuals";

// Every request carries the pinned moment NOW. The investment started in 2025-05 with a
// horizon of 24 months: month 14 (2026-06) is NOW's month, month 15 is in the future and
// month 0 is before the start.
const NOW = new Date("2026-06-15T10:00:00Z");
/** For a write that must come before another: events are ordered by the moment they happened. */
const EARLIER = new Date("2026-06-15T09:00:00Z");
const START = "2025-05";
const month = (n: number) => periodOfMonthNumber(START, n);
const TOKEN_NAME = "ERP sync";

async function setup() {
  const editor = await createUser(getDb(), { name: "Eva Editor" });
  const ws = await createWorkspace(getDb(), { members: [{ userId: editor.id, role: "editor" }] });
  signInAs(editor);
  const created = await createInvestmentAction({
    workspaceSlug: ws.slug,
    name: "Agency replacement",
    category: "process",
    startMonth: START,
    horizonMonths: 24,
    currency: "EUR",
    plan: JSON.stringify({ costs: [{ kind: "recurring", label: "Licence", monthly: 500 }], benefits: [{ kind: "fixed", label: "Fee", monthly: 2000 }] }),
  });
  if (!created.ok) throw new Error(JSON.stringify(created));
  const approved = await approvePlanAction({ workspaceSlug: ws.slug, investmentId: created.data.id, revision: 1 });
  if (!approved.ok) throw new Error(JSON.stringify(approved));
  return {
    editor,
    ws,
    investmentId: created.data.id,
    write: await apiTokenFor(editor, ws.id, "write", { name: TOKEN_NAME }),
    read: await apiTokenFor(editor, ws.id, "read", { name: "Dashboard" }),
  };
}
type Setup = Awaited<ReturnType<typeof setup>>;

const op = (operation: unknown) => operation as ApiOperation;
/** Every answer in this file must also be one the OpenAPI document promises. */
async function callApi(operation: ApiOperation, options: ApiCallOptions) {
  const answer = await callApiRaw(operation, options);
  expectMatchesContract(operation, answer);
  return answer;
}
type Call = { body?: unknown; headers?: Record<string, string>; token?: string; now?: Date };

const put = (s: Setup, period: string, call: Call = {}) =>
  callApi(op(putActualsMonth), {
    token: call.token ?? s.write,
    params: { slug: s.ws.slug, id: s.investmentId, month: period },
    body: call.body,
    headers: call.headers,
    now: call.now ?? NOW,
  });
const batch = (s: Setup, call: Call = {}) =>
  callApi(op(batchActuals), {
    token: call.token ?? s.write,
    params: { slug: s.ws.slug, id: s.investmentId },
    body: call.body,
    headers: call.headers,
    now: call.now ?? NOW,
  });
const get = (s: Setup, period: string, token = s.read) =>
  callApi(op(getActualsMonth), { token, params: { slug: s.ws.slug, id: s.investmentId, month: period }, now: NOW });

/** Everything an actuals write leaves behind. */
async function stored(s: Setup) {
  const db = getDb();
  const [rows, audits, events] = await Promise.all([
    db.actualMonth.findMany({ where: { workspaceId: s.ws.id }, orderBy: { month: "asc" } }),
    db.auditLog.findMany({ where: { workspaceId: s.ws.id, action: "actuals.save" }, select: { entityId: true, apiTokenName: true } }),
    db.workspaceEvent.findMany({ where: { workspaceId: s.ws.id, type: "actuals.recorded" }, orderBy: { occurredAt: "asc" } }),
  ]);
  return {
    rows: rows.map((r) => ({ month: r.month, cost: r.cost.toFixed(2), benefit: r.benefit.toFixed(2), revision: r.revision, source: r.source, updatedAt: r.updatedAt })),
    audits,
    events,
  };
}

const typeOf = (json: { type: string }) => json.type.replace("/docs/api#problem-", "");

describe("PUT …/actuals/{month}", () => {
  it("creates a month (201, ETag \"1\") as the token: source, audit and one actuals.recorded event name it", async () => {
    const s = await setup();
    const answer = await put(s, month(2), {
      body: { cost: "500.10", benefitByDriver: { "Saved agency fee": "2000.00", Upsell: "300.05" }, note: " Kick-off " },
    });
    expect(answer.status).toBe(201);
    expect(answer.headers.get("etag")).toBe('"1"');
    expect(answer.headers.get("location")).toBe(`/api/v1/workspaces/${s.ws.slug}/investments/${s.investmentId}/actuals/${month(2)}`);
    expect(answer.json).toMatchObject({
      month: month(2),
      cost: "500.10",
      benefit: "2300.05",
      benefitByDriver: { "Saved agency fee": "2000.00", Upsell: "300.05" },
      note: "Kick-off",
      revision: 1,
      source: `api:${TOKEN_NAME}`,
      recordedByName: "Eva Editor",
      planVersion: 1,
    });

    const after = await stored(s);
    expect(after.rows.map((r) => [r.month, r.cost, r.benefit, r.source])).toEqual([[periodToDate(month(2)), "500.10", "2300.05", `api:${TOKEN_NAME}`]]);
    expect(after.audits.map((a) => a.apiTokenName)).toEqual([TOKEN_NAME]);
    expect(after.events.map((e) => parseEventData("actuals.recorded", e.data))).toEqual([
      {
        investment: { id: s.investmentId, name: "Agency replacement", currency: "EUR" },
        source: `api:${TOKEN_NAME}`,
        months: [{ month: month(2), cost: "500.10", benefit: "2300.05", revision: 1 }],
      },
    ]);
    // The token's creator made the change; the token is named beside them.
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { workspaceId: s.ws.id, action: "actuals.save" } });
    expect([audit.actorId, audit.apiTokenId]).toEqual([s.editor.id, expect.any(String)]);
  });

  it("answers a repeat of the same values with 200 and writes nothing; other values without If-Match are 428", async () => {
    const s = await setup();
    expect((await put(s, month(1), { body: { cost: "500", benefit: "2000" } })).status).toBe(201);
    const before = await stored(s);

    const again = await put(s, month(1), { body: { cost: "500.00", benefit: "2000.0" } });
    expect([again.status, again.headers.get("etag"), again.json.revision]).toEqual([200, '"1"', 1]);
    expect(await stored(s)).toEqual(before);

    const other = await put(s, month(1), { body: { cost: "600", benefit: "2000" } });
    expect(other.status).toBe(428);
    expect(typeOf(other.json)).toBe("precondition-required");
    expect(other.json).toMatchObject({ currentRevision: 1, detail: expect.stringContaining('If-Match: "1"') });
    expect(other.headers.get("etag")).toBe('"1"');
    expect(await stored(s)).toEqual(before);
  });

  it("replaces a month at the revision in If-Match or with *; a stale If-Match is 412 and writes nothing", async () => {
    const s = await setup();
    await put(s, month(1), { body: { cost: "1", benefit: "1" } });

    const replaced = await put(s, month(1), { body: { cost: "2", benefit: "2" }, headers: { "If-Match": '"1"' } });
    expect([replaced.status, replaced.headers.get("etag"), replaced.json.cost]).toEqual([200, '"2"', "2.00"]);
    const before = await stored(s);

    const stale = await put(s, month(1), { body: { cost: "3", benefit: "3" }, headers: { "If-Match": '"1"' } });
    expect(stale.status).toBe(412);
    expect(stale.json).toMatchObject({ currentRevision: 2 });
    expect(stale.headers.get("etag")).toBe('"2"');
    expect(await stored(s)).toEqual(before);

    const anyRevision = await put(s, month(1), { body: { cost: "4", benefit: "4" }, headers: { "If-Match": "*" } });
    expect([anyRevision.status, anyRevision.json.revision, anyRevision.json.cost]).toEqual([200, 3, "4.00"]);
    expect((await stored(s)).audits).toHaveLength(3);
  });

  it("refuses If-Match on a month without actuals (412) and creates nothing", async () => {
    const s = await setup();
    for (const ifMatch of ['"1"', "*"]) {
      const answer = await put(s, month(3), { body: { cost: "1", benefit: "1" }, headers: { "If-Match": ifMatch } });
      expect([answer.status, answer.json.currentRevision]).toEqual([412, null]);
    }
    const malformed = await put(s, month(3), { body: { cost: "1", benefit: "1" }, headers: { "If-Match": "yesterday" } });
    expect([malformed.status, malformed.json.errors[0].path]).toEqual([422, "If-Match"]);
    expect(await stored(s)).toEqual({ rows: [], audits: [], events: [] });
  });

  it("refuses a month in the future or outside the horizon with 422 at path month, as of the request's moment", async () => {
    const s = await setup();
    const future = await put(s, month(15), { body: { cost: "1", benefit: "1" } });
    expect([future.status, future.json.errors]).toEqual([422, [{ path: "month", message: FUTURE_MONTH_MESSAGE }]]);
    const before = await put(s, month(0), { body: { cost: "1", benefit: "1" } });
    expect([before.status, before.json.errors]).toEqual([422, [{ path: "month", message: `This month is outside the investment's horizon (${month(1)} to ${month(24)})` }]]);
    expect(await stored(s)).toEqual({ rows: [], audits: [], events: [] });
    // A month later, month 15 has begun.
    expect((await put(s, month(15), { body: { cost: "1", benefit: "1" }, now: new Date("2026-07-01T00:00:00Z") })).status).toBe(201);
  });

  it("checks the amounts with the grid's rules, naming each wrong field once", async () => {
    const s = await setup();
    const answer = await put(s, month(1), {
      body: { cost: "-5", benefit: "60.00", benefitByDriver: { Fee: "60", Upsell: "1,234.5" }, note: "x".repeat(2001) },
    });
    expect(answer.status).toBe(422);
    expect(answer.json.errors).toEqual(
      expect.arrayContaining([
        { path: "cost", message: "Amounts cannot be negative" },
        { path: "benefitByDriver.Upsell", message: expect.stringContaining('"1234.56"') },
        { path: "note", message: "Note must be at most 2000 characters" },
      ]),
    );
    expect(answer.json.errors).toHaveLength(3);

    const sum = await put(s, month(1), { body: { cost: "5", benefit: "100.00", benefitByDriver: { Fee: "60", Upsell: "30" } } });
    expect([sum.status, sum.json.errors]).toEqual([422, [{ path: "benefit", message: BENEFIT_SUM_MESSAGE }]]);
    const missing = await put(s, month(1), { body: { cost: "5" } });
    expect([missing.status, missing.json.errors]).toEqual([422, [{ path: "benefit", message: "Enter an amount" }]]);
    expect(await stored(s)).toEqual({ rows: [], audits: [], events: [] });
  });

  it("refuses malformed JSON (400), another content type (415) and an unknown field (422 naming it)", async () => {
    const s = await setup();
    expect((await put(s, month(1), { body: '{"cost": "1",' })).status).toBe(400);
    const form = await put(s, month(1), { body: "cost=1&benefit=1", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(form.status).toBe(415);
    const unknown = await put(s, month(1), { body: { cost: "1", benefit: "1", revenue: "5" } });
    expect(unknown.status).toBe(422);
    expect(JSON.stringify(unknown.json.errors)).toContain("revenue");
    expect(await stored(s)).toEqual({ rows: [], audits: [], events: [] });
  });

  it("refuses a read token (403) and writes nothing", async () => {
    const s = await setup();
    const answer = await put(s, month(1), { body: { cost: "1", benefit: "1" }, token: s.read });
    expect([answer.status, typeOf(answer.json)]).toEqual([403, "forbidden"]);
    expect(await stored(s)).toEqual({ rows: [], audits: [], events: [] });
  });
});

describe("GET …/actuals and …/actuals/{month}", () => {
  it("lists the recorded months in month order and gives one month with its revision as ETag; an unrecorded month is 404", async () => {
    const s = await setup();
    await put(s, month(3), { body: { cost: "3", benefit: "30", note: "third" } });
    await put(s, month(1), { body: { cost: "1", benefit: "10" } });
    await put(s, month(1), { body: { cost: "1.50", benefit: "10" }, headers: { "If-Match": '"1"' } });

    const list = await callApi(op(listActuals), { token: s.read, params: { slug: s.ws.slug, id: s.investmentId }, now: NOW });
    expect(list.status).toBe(200);
    expect(list.json).toMatchObject({ investmentId: s.investmentId, currency: "EUR" });
    expect(list.json.months.map((m: Record<string, unknown>) => [m.month, m.cost, m.benefit, m.note, m.revision, m.source, m.planVersion])).toEqual([
      [month(1), "1.50", "10.00", "", 2, `api:${TOKEN_NAME}`, 1],
      [month(3), "3.00", "30.00", "third", 1, `api:${TOKEN_NAME}`, 1],
    ]);
    expect(list.json.months[0]).toEqual({
      month: month(1),
      cost: "1.50",
      benefit: "10.00",
      benefitByDriver: null,
      note: "",
      revision: 2,
      source: `api:${TOKEN_NAME}`,
      recordedByName: "Eva Editor",
      updatedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      planVersion: 1,
    });

    const one = await get(s, month(1));
    expect([one.status, one.headers.get("etag"), one.json.cost]).toEqual([200, '"2"', "1.50"]);
    expect((await get(s, month(2))).status).toBe(404);
  });

  it("gives 404 for another workspace's investment, under either slug, and writes nothing there", async () => {
    const s = await setup();
    const other = await setup();
    await put(other, month(1), { body: { cost: "1", benefit: "1" } });
    const before = await stored(other);

    const underOwnSlug = await callApi(op(listActuals), { token: s.read, params: { slug: s.ws.slug, id: other.investmentId }, now: NOW });
    const underTheirSlug = await callApi(op(listActuals), { token: s.read, params: { slug: other.ws.slug, id: other.investmentId }, now: NOW });
    expect([underOwnSlug.status, underTheirSlug.status]).toEqual([404, 404]);
    expect(underOwnSlug.text).not.toContain(other.ws.name);

    const write = await callApi(op(putActualsMonth), {
      token: s.write,
      params: { slug: s.ws.slug, id: other.investmentId, month: month(1) },
      body: { cost: "9", benefit: "9" },
      headers: { "If-Match": "*" },
      now: NOW,
    });
    const batchWrite = await callApi(op(batchActuals), {
      token: s.write,
      params: { slug: other.ws.slug, id: other.investmentId },
      body: { months: [{ month: month(2), cost: "9", benefit: "9" }] },
      now: NOW,
    });
    expect([write.status, batchWrite.status]).toEqual([404, 404]);
    expect(await stored(other)).toEqual(before);
  });
});

describe("POST …/actuals:batch", () => {
  const twelve = () =>
    Array.from({ length: 12 }, (_, i) => ({ month: month(i + 1), cost: `${1000 + i}.0${i % 10}`, benefit: `${2500 + 7 * i}.${10 + i}`, note: `Month ${i + 1}` }));

  it("saves 12 months in one write; the stored figures move by exactly their sums", async () => {
    const s = await setup();
    expect((await put(s, month(13), { body: { cost: "77.77", benefit: "88.88" }, now: EARLIER })).status).toBe(201);
    const figuresBefore = (await sumStoredFigures({ workspaceIds: [s.ws.id] }))[0].tally;
    const monthsBefore = new Map((await monthTotalsOf(s.ws.id, "EUR")).map((m) => [m.period, m]));

    const months = twelve();
    const answer = await batch(s, { body: { months } });
    expect(answer.status).toBe(201);
    expect(answer.json.months.map((m: Record<string, unknown>) => [m.month, m.revision, m.outcome, m.source])).toEqual(
      months.map((m) => [m.month, 1, "created", `api:${TOKEN_NAME}`]),
    );

    const sum = (field: "cost" | "benefit") => months.reduce((total, m) => total.plus(m[field]), new Decimal(0));
    const figuresAfter = (await sumStoredFigures({ workspaceIds: [s.ws.id] }))[0].tally;
    expect(figuresAfter.invested.minus(figuresBefore.invested).toFixed(2)).toBe(sum("cost").toFixed(2));
    expect(figuresAfter.realised.minus(figuresBefore.realised).toFixed(2)).toBe(sum("benefit").toFixed(2));
    const monthsAfter = await monthTotalsOf(s.ws.id, "EUR");
    for (const m of months) {
      const after = monthsAfter.find((t) => t.period === m.month)!;
      const was = monthsBefore.get(m.month)!;
      expect([m.month, after.actualCost.minus(was.actualCost).toFixed(2), after.actualBenefit.minus(was.actualBenefit).toFixed(2)]).toEqual([
        m.month,
        new Decimal(m.cost).toFixed(2),
        new Decimal(m.benefit).toFixed(2),
      ]);
    }

    const after = await stored(s);
    expect(after.audits).toHaveLength(13);
    expect(after.audits.every((a) => a.apiTokenName === TOKEN_NAME)).toBe(true);
    expect(after.events).toHaveLength(2);
    const event = parseEventData("actuals.recorded", after.events[1].data);
    expect(event.source).toBe(`api:${TOKEN_NAME}`);
    expect(event.months).toEqual(months.map((m) => ({ month: m.month, cost: new Decimal(m.cost).toFixed(2), benefit: new Decimal(m.benefit).toFixed(2), revision: 1 })));
  });

  it("writes nothing when one month is bad, naming it by its place", async () => {
    const s = await setup();
    const months = twelve();
    months[3] = { ...months[3], month: month(15) };
    const future = await batch(s, { body: { months } });
    expect([future.status, future.json.errors]).toEqual([422, [{ path: "months.3.month", message: FUTURE_MONTH_MESSAGE }]]);

    const twice = twelve();
    twice[5] = { ...twice[5], month: month(1) };
    const duplicate = await batch(s, { body: { months: twice } });
    expect([duplicate.status, duplicate.json.errors]).toEqual([422, [{ path: "months.5.month", message: "This month is already in the batch (months.0)" }]]);

    const wrongAmount = twelve();
    wrongAmount[7] = { ...wrongAmount[7], cost: "12.345" };
    const amount = await batch(s, { body: { months: wrongAmount } });
    expect([amount.status, amount.json.errors.map((e: { path: string }) => e.path)]).toEqual([422, ["months.7.cost"]]);

    const extra = await batch(s, { body: { months: [{ ...twelve()[0], revenue: "1" }] } });
    expect(extra.status).toBe(422);
    expect(JSON.stringify(extra.json.errors)).toContain("revenue");
    expect(await stored(s)).toEqual({ rows: [], audits: [], events: [] });
  });

  it("refuses with 412 listing every stale month, and with 428 when months already hold other values; nothing is written", async () => {
    const s = await setup();
    const first = await batch(s, { body: { months: twelve().slice(0, 4) } });
    expect(first.status).toBe(201);
    const before = await stored(s);

    const stale = await batch(s, {
      body: {
        months: [
          { month: month(1), cost: "1", benefit: "1", revision: 1 },
          { month: month(2), cost: "1", benefit: "1", revision: 2 },
          { month: month(5), cost: "1", benefit: "1" },
          { month: month(3), cost: "1", benefit: "1" },
          { month: month(6), cost: "1", benefit: "1", revision: "*" },
        ],
      },
    });
    expect(stale.status).toBe(412);
    expect(stale.json.errors.map((e: { path: string }) => e.path)).toEqual(["months.1.revision", "months.3.revision", "months.4.revision"]);
    expect(stale.json.months).toEqual([
      { index: 1, month: month(2), reason: "stale", currentRevision: 1 },
      { index: 3, month: month(3), reason: "revision-required", currentRevision: 1 },
      { index: 4, month: month(6), reason: "stale", currentRevision: null },
    ]);
    expect(await stored(s)).toEqual(before);

    const required = await batch(s, { body: { months: [{ month: month(1), cost: "1", benefit: "1" }] } });
    expect([required.status, required.json.errors]).toEqual([
      428,
      [{ path: "months.0.revision", message: "This month already has other actuals (revision 1); send revision 1 to replace them" }],
    ]);
    expect(await stored(s)).toEqual(before);
  });

  it("replaces at the revision sent or with *, leaves identical months alone, and answers 200 when nothing was created", async () => {
    const s = await setup();
    const months = twelve().slice(0, 3);
    await batch(s, { body: { months }, now: EARLIER });
    const answer = await batch(s, {
      body: {
        months: [
          // months[0] costs "1000.00": the same amount, so a retry of that month.
          { ...months[0], cost: "1000" },
          { month: month(2), cost: "2", benefit: "2", revision: 1 },
          { month: month(3), cost: "3", benefit: "3", revision: "*" },
        ],
      },
    });
    expect(answer.status).toBe(200);
    expect(answer.json.months.map((m: Record<string, unknown>) => [m.month, m.cost, m.revision, m.outcome])).toEqual([
      [month(1), "1000.00", 1, "unchanged"],
      [month(2), "2.00", 2, "updated"],
      [month(3), "3.00", 2, "updated"],
    ]);
    const after = await stored(s);
    expect(after.audits).toHaveLength(5);
    expect(after.events).toHaveLength(2);
    expect(parseEventData("actuals.recorded", after.events[1].data).months.map((m) => m.month)).toEqual([month(2), month(3)]);
  });

  it("answers a retry with the same Idempotency-Key from the first answer and writes nothing more; another body with that key is 422", async () => {
    const s = await setup();
    const body = { months: twelve() };
    const headers = { "Idempotency-Key": "batch-2026-06-a" };
    const first = await batch(s, { body, headers });
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotency-replayed")).toBeNull();
    const afterFirst = await stored(s);

    const retry = await batch(s, { body, headers });
    expect(retry.status).toBe(201);
    expect(retry.headers.get("idempotency-replayed")).toBe("true");
    expect(retry.json).toEqual(first.json);
    expect(await stored(s)).toEqual(afterFirst);
    expect(afterFirst.audits).toHaveLength(12);
    expect(afterFirst.events).toHaveLength(1);

    const reused = await batch(s, { body: { months: twelve().slice(0, 2) }, headers });
    expect([reused.status, typeOf(reused.json)]).toEqual([422, "idempotency-key-reused"]);
    expect(await stored(s)).toEqual(afterFirst);
  });

  it("refuses a read token (403), an empty batch, more than 1000 months (422) and a body over its cap (413), writing nothing", async () => {
    const s = await setup();
    const read = await batch(s, { body: { months: twelve() }, token: s.read });
    expect([read.status, typeOf(read.json)]).toEqual([403, "forbidden"]);

    const empty = await batch(s, { body: { months: [] } });
    expect([empty.status, empty.json.errors]).toEqual([422, [{ path: "months", message: "Send at least one month" }]]);
    const tooMany = Array.from({ length: 1001 }, (_, i) => ({ month: periodOfMonthNumber("1900-01", i + 1), cost: "1", benefit: "1" }));
    const many = await batch(s, { body: { months: tooMany } });
    expect([many.status, many.json.errors]).toEqual([422, [{ path: "months", message: "Send at most 1000 months at once" }]]);

    const huge = await batch(s, { body: { months: [{ month: month(1), cost: "1", benefit: "1", note: "x".repeat(ACTUALS_BATCH_BODY_LIMIT_BYTES) }] } });
    expect([huge.status, typeOf(huge.json)]).toEqual([413, "payload-too-large"]);
    expect(await stored(s)).toEqual({ rows: [], audits: [], events: [] });
  });
});
