import { describe, expect, it } from "vitest";
import { signInAs } from "@/tests/support/session";
import { FUTURE_MONTH_MESSAGE } from "@/lib/actuals/recordable-month";
import type { ApiOperation } from "@/lib/api/operation";
import { getDb } from "@/lib/db/client";
import { createInvestmentAction } from "@/lib/investments/actions";
import { periodToDate } from "@/lib/investments/months";
import { createKpiAction } from "@/lib/kpis/actions";
import { createUser, createWorkspace } from "@/prisma/factories";
import { apiTokenFor, callApi as callApiRaw, type ApiCallOptions } from "@/tests/support/api";
import { expectMatchesContract } from "@/tests/support/contract";
import { listKpis, putKpiMeasurement } from "./kpis";

// Every request carries the pinned moment NOW (2026-06): the investments start in
// 2026-01 with a horizon of 12 months, so 2026-07 is in the future and 2025-12 before the start.
const NOW = new Date("2026-06-15T10:00:00Z");
const START = "2026-01";
const TOKEN_NAME = "BI export";

async function createInvestment(slug: string, name: string) {
  const created = await createInvestmentAction({
    workspaceSlug: slug,
    name,
    category: "product",
    startMonth: START,
    horizonMonths: 12,
    currency: "EUR",
    plan: JSON.stringify({ benefits: [{ kind: "fixed", label: "Fee", monthly: 100 }] }),
  });
  if (!created.ok) throw new Error(JSON.stringify(created));
  return created.data.id;
}

async function createKpi(slug: string, investmentId: string, input: Record<string, unknown>) {
  const kpi = await createKpiAction({ workspaceSlug: slug, investmentId, direction: "up", ...input });
  if (!kpi.ok) throw new Error(JSON.stringify(kpi));
  return kpi.data.id;
}

async function setup() {
  const editor = await createUser(getDb(), { name: "Eva Editor" });
  const ws = await createWorkspace(getDb(), { members: [{ userId: editor.id, role: "editor" }] });
  signInAs(editor);
  const investmentId = await createInvestment(ws.slug, "Landing page");
  const kpiId = await createKpi(ws.slug, investmentId, { name: "Conversion rate", unit: "%", baseline: "1.8", baselineDate: "2025-12-15", target: "2.9", locale: "en" });
  const otherInvestmentId = await createInvestment(ws.slug, "Checkout");
  const otherKpiId = await createKpi(ws.slug, otherInvestmentId, { name: "Basket size" });
  return {
    editor,
    ws,
    investmentId,
    kpiId,
    otherKpiId,
    write: await apiTokenFor(editor, ws.id, "write", { name: TOKEN_NAME }),
    read: await apiTokenFor(editor, ws.id, "read"),
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
type Call = { body?: unknown; headers?: Record<string, string>; token?: string; kpiId?: string; investmentId?: string };

const put = (s: Setup, month: string, call: Call = {}) =>
  callApi(op(putKpiMeasurement), {
    token: call.token ?? s.write,
    params: { slug: s.ws.slug, id: call.investmentId ?? s.investmentId, kpiId: call.kpiId ?? s.kpiId, month },
    body: call.body,
    headers: call.headers,
    now: NOW,
  });

/** The workspace's measurements and KPI audit entries. */
async function stored(s: Setup) {
  const db = getDb();
  const [measurements, audits] = await Promise.all([
    db.kpiMeasurement.findMany({ where: { workspaceId: s.ws.id }, orderBy: [{ kpiId: "asc" }, { month: "asc" }], select: { kpiId: true, month: true, value: true } }),
    db.auditLog.findMany({ where: { workspaceId: s.ws.id, entityType: "Kpi", action: { startsWith: "kpi.measure" } }, select: { action: true, apiTokenName: true, after: true } }),
  ]);
  return { measurements: measurements.map((m) => ({ ...m, value: m.value.toString() })), audits };
}

const typeOf = (json: { type: string }) => json.type.replace("/docs/api#problem-", "");

describe("GET …/kpis", () => {
  it("lists the investment's KPIs with their measurements by month", async () => {
    const s = await setup();
    await put(s, "2026-03", { body: { value: "2.25" } });
    await put(s, "2026-02", { body: { value: "-0.5" } });
    const answer = await callApi(op(listKpis), { token: s.read, params: { slug: s.ws.slug, id: s.investmentId }, now: NOW });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({
      kpis: [
        {
          id: s.kpiId,
          name: "Conversion rate",
          unit: "%",
          baseline: "1.8",
          baselineDate: "2025-12-15",
          target: "2.9",
          direction: "up",
          measurements: [
            { month: "2026-02", value: "-0.5" },
            { month: "2026-03", value: "2.25" },
          ],
        },
      ],
    });
  });

  it("gives 404 for another workspace's investment, under either slug", async () => {
    const s = await setup();
    const other = await setup();
    const own = await callApi(op(listKpis), { token: s.read, params: { slug: s.ws.slug, id: other.investmentId }, now: NOW });
    const theirs = await callApi(op(listKpis), { token: s.read, params: { slug: other.ws.slug, id: other.investmentId }, now: NOW });
    expect([own.status, theirs.status]).toEqual([404, 404]);
    expect(own.text).not.toContain("Conversion rate");
  });
});

describe("PUT …/kpis/{kpiId}/measurements/{month}", () => {
  it("records a value (201, its value as ETag), audited as the token", async () => {
    const s = await setup();
    const answer = await put(s, "2026-03", { body: { value: "118.50" } });
    expect(answer.status).toBe(201);
    expect(answer.headers.get("etag")).toBe('"118.5"');
    expect(answer.json).toEqual({ kpiId: s.kpiId, month: "2026-03", value: "118.5" });
    expect(await stored(s)).toEqual({
      measurements: [{ kpiId: s.kpiId, month: periodToDate("2026-03"), value: "118.5" }],
      audits: [{ action: "kpi.measure", apiTokenName: TOKEN_NAME, after: { month: "2026-03", value: "118.5" } }],
    });
  });

  it("answers the same value again with 200 without writing; another value without If-Match is 428", async () => {
    const s = await setup();
    await put(s, "2026-03", { body: { value: "118.5" } });
    const before = await stored(s);

    const again = await put(s, "2026-03", { body: { value: "118.5000" } });
    expect([again.status, again.headers.get("etag")]).toEqual([200, '"118.5"']);
    expect(await stored(s)).toEqual(before);

    const other = await put(s, "2026-03", { body: { value: "120" } });
    expect([other.status, typeOf(other.json), other.json.currentValue, other.headers.get("etag")]).toEqual([428, "precondition-required", "118.5", '"118.5"']);
    expect(await stored(s)).toEqual(before);
  });

  it("replaces the value named in If-Match or any value with *; a stale or absent one is 412 and writes nothing", async () => {
    const s = await setup();
    await put(s, "2026-03", { body: { value: "118.5" } });

    // The value as a number: "118.50" names the same value.
    const replaced = await put(s, "2026-03", { body: { value: "121" }, headers: { "If-Match": '"118.50"' } });
    expect([replaced.status, replaced.headers.get("etag"), replaced.json.value]).toEqual([200, '"121"', "121"]);
    const before = await stored(s);

    const stale = await put(s, "2026-03", { body: { value: "122" }, headers: { "If-Match": '"118.5"' } });
    expect([stale.status, typeOf(stale.json), stale.json.currentValue, stale.headers.get("etag")]).toEqual([412, "precondition-failed", "121", '"121"']);
    const none = await put(s, "2026-04", { body: { value: "1" }, headers: { "If-Match": "*" } });
    expect([none.status, none.json.currentValue]).toEqual([412, null]);
    const malformed = await put(s, "2026-03", { body: { value: "1" }, headers: { "If-Match": '"abc"' } });
    expect([malformed.status, malformed.json.errors[0].path]).toEqual([422, "If-Match"]);
    expect(await stored(s)).toEqual(before);

    const anyValue = await put(s, "2026-03", { body: { value: "-3.1234" }, headers: { "If-Match": "*" } });
    expect([anyValue.status, anyValue.json.value]).toEqual([200, "-3.1234"]);
    expect((await stored(s)).measurements.map((m) => m.value)).toEqual(["-3.1234"]);
  });

  it("gives 404 for a KPI of another investment or another workspace, and writes nothing", async () => {
    const s = await setup();
    const other = await setup();
    const ofOtherInvestment = await put(s, "2026-03", { body: { value: "1" }, kpiId: s.otherKpiId });
    const ofOtherWorkspace = await put(s, "2026-03", { body: { value: "1" }, kpiId: other.kpiId });
    const underOtherInvestment = await put(s, "2026-03", { body: { value: "1" }, kpiId: other.kpiId, investmentId: other.investmentId });
    expect([ofOtherInvestment.status, ofOtherWorkspace.status, underOtherInvestment.status]).toEqual([404, 404, 404]);
    expect(await stored(s)).toEqual({ measurements: [], audits: [] });
    expect(await stored(other)).toEqual({ measurements: [], audits: [] });
  });

  it("refuses a month in the future (422 at month), a bad value (422 at value), an unknown field and a read token (403)", async () => {
    const s = await setup();
    const future = await put(s, "2026-07", { body: { value: "1" } });
    expect([future.status, future.json.errors]).toEqual([422, [{ path: "month", message: FUTURE_MONTH_MESSAGE }]]);
    const beforeStart = await put(s, "2025-12", { body: { value: "1" } });
    expect([beforeStart.status, beforeStart.json.errors[0].path]).toEqual([422, "month"]);

    const decimals = await put(s, "2026-03", { body: { value: "1.23456" } });
    expect([decimals.status, decimals.json.errors.map((e: { path: string }) => e.path)]).toEqual([422, ["value"]]);
    const huge = await put(s, "2026-03", { body: { value: "2000000000000" } });
    expect([huge.status, huge.json.errors]).toEqual([422, [{ path: "value", message: "This number is too large (at most 1,000,000,000,000)" }]]);
    const notation = await put(s, "2026-03", { body: { value: "1,5" } });
    expect([notation.status, notation.json.errors.map((e: { path: string }) => e.path)]).toEqual([422, ["value"]]);
    const unknown = await put(s, "2026-03", { body: { value: "1", note: "x" } });
    expect(unknown.status).toBe(422);
    expect(JSON.stringify(unknown.json.errors)).toContain("note");

    const read = await put(s, "2026-03", { body: { value: "1" }, token: s.read });
    expect([read.status, typeOf(read.json)]).toEqual([403, "forbidden"]);
    expect(await stored(s)).toEqual({ measurements: [], audits: [] });
  });
});
