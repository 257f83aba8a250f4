import { beforeAll, describe, expect, it } from "vitest";
import type { ApiOperation } from "@/lib/api/operation";
import { handleApiRequest } from "@/lib/api/route-handler";
import { getDb } from "@/lib/db/client";
import { generateAndFreezeReport } from "@/lib/reports/freeze";
import { generateReport } from "@/lib/reports/mutations";
import { parseEventData } from "@/lib/webhooks/event-schemas";
import { apiTokenFor, callApi } from "@/tests/support/api";
import { withAuditRefusedAfterEvent } from "@/tests/support/failing-audit";
import { addInvestment, portfolioWorkspace, recordMonths } from "@/tests/support/portfolio-writes";
import { createReport, getReport, getReportPdf } from "./reports";

const now = new Date("2026-06-15T12:00:00Z");
const PLAN = { costs: [{ kind: "oneTime", label: "Set-up", amount: 1000, month: 1 }], benefits: [{ kind: "fixed", label: "Fee", monthly: 300 }] };

type Workspace = Awaited<ReturnType<typeof portfolioWorkspace>> & { investmentId: string; write: string; read: string };

async function workspaceWithReportData(): Promise<Workspace> {
  const setup = await portfolioWorkspace({ userName: "Olga Owner" });
  const investmentId = await addInvestment(setup.ctx, { name: "Loyalty app", plan: PLAN, startMonth: "2026-01", horizonMonths: 12 });
  await recordMonths(setup.ctx, investmentId, [{ month: "2026-01", cost: "1000", benefit: "250" }, { month: "2026-02", cost: "0", benefit: "310.50" }], now);
  const write = await apiTokenFor(setup.owner, setup.ws.id, "write", { name: "Board pack" });
  const read = await apiTokenFor(setup.owner, setup.ws.id, "read");
  return { ...setup, investmentId, write, read };
}

let A: Workspace;
let B: Workspace;
beforeAll(async () => {
  [A, B] = [await workspaceWithReportData(), await workspaceWithReportData()];
});

/** The workspace's report events, each checked against the payload schema webhook subscribers are promised. */
async function reportEvents(workspaceId: string) {
  const events = await getDb().workspaceEvent.findMany({ where: { workspaceId, type: "report.generated" }, orderBy: { occurredAt: "asc" } });
  for (const event of events) parseEventData("report.generated", event.data);
  return events;
}
const post = (ws: Workspace, body: object, headers: Record<string, string> = {}, token = ws.write) =>
  callApi(createReport, { token, params: { slug: ws.ws.slug }, body, headers, now });

describe("POST /workspaces/{slug}/reports", () => {
  it("generates and freezes a workspace report: 201 with links, channel api, exactly one report.generated", async () => {
    const before = await reportEvents(A.ws.id);
    const answer = await post(A, { kind: "workspace", period: "2026-01..2026-05", locale: "nl" });
    expect(answer.status).toBe(201);
    const id = answer.json.id;
    const self = `/api/v1/workspaces/${A.ws.slug}/reports/${id}`;
    expect(answer.headers.get("Location")).toBe(self);
    const stored = await getDb().report.findUniqueOrThrow({ where: { id }, select: { pdf: true, inputHash: true, createdAt: true } });
    expect(answer.json).toEqual({
      id,
      kind: "workspace",
      investmentId: null,
      period: "2026-01..2026-05",
      locale: "nl",
      scenario: "expected",
      channel: "api",
      byteSize: stored.pdf.length,
      inputHash: stored.inputHash,
      createdByName: "Olga Owner",
      createdAt: stored.createdAt.toISOString(),
      links: { self, pdf: `${self}/pdf` },
    });
    const events = (await reportEvents(A.ws.id)).slice(before.length);
    expect(events.map((e) => e.data)).toEqual([
      { report: { id, kind: "workspace", investmentId: null, period: "2026-01..2026-05", locale: "nl", channel: "api" } },
    ]);
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { workspaceId: A.ws.id, action: "report.generate", entityId: id } });
    expect(audit.apiTokenName).toBe("Board pack");
  });

  it("makes an investment's one-pager, and takes the last complete month when no period is given", async () => {
    const answer = await post(A, { kind: "investment", investmentId: A.investmentId, locale: "en", scenario: "conservative" });
    expect(answer.status).toBe(201);
    expect(answer.json).toMatchObject({ kind: "investment", investmentId: A.investmentId, period: "2026-05..2026-05", locale: "en", scenario: "conservative" });
    const [event] = (await reportEvents(A.ws.id)).filter((e) => (e.data as { report: { id: string } }).report.id === answer.json.id);
    expect(event.data).toEqual({ report: { id: answer.json.id, kind: "investment", investmentId: A.investmentId, period: "2026-05..2026-05", locale: "en", channel: "api" } });
  });

  it("names what is wrong, and a refused request stores no report and emits no event", async () => {
    const reports = await getDb().report.count({ where: { workspaceId: A.ws.id } });
    const events = (await reportEvents(A.ws.id)).length;
    const future = await post(A, { kind: "workspace", period: "2026-05..2026-07", locale: "en" });
    expect(future.status).toBe(422);
    expect(future.json.errors).toEqual([{ path: "period", message: "period: the last month 2026-07 is after the current month 2026-06" }]);
    const noInvestment = await post(A, { kind: "investment", locale: "en" });
    expect(noInvestment.json.errors).toEqual([{ path: "investmentId", message: "is required for an investment report" }]);
    const extra = await post(A, { kind: "workspace", investmentId: A.investmentId, locale: "en" });
    expect(extra.json.errors).toEqual([{ path: "investmentId", message: "must be left out for a workspace report" }]);
    const wrong = await post(A, { kind: "portfolio", locale: "de", scenario: "wild" });
    expect(wrong.status).toBe(422);
    expect(wrong.json.errors).toEqual([
      { path: "kind", message: 'must be "workspace" or "investment"' },
      { path: "locale", message: 'must be "en" or "nl"' },
      { path: "scenario", message: "must be one of conservative, expected, optimistic" },
    ]);
    // Another workspace's investment is not found, as if it did not exist.
    const foreign = await post(A, { kind: "investment", investmentId: B.investmentId, period: "2026-01..2026-05", locale: "en" });
    expect(foreign.status).toBe(404);
    expect(await getDb().report.count({ where: { workspaceId: A.ws.id } })).toBe(reports);
    expect(await reportEvents(A.ws.id)).toHaveLength(events);
  });

  it("a report whose storing fails leaves neither the report nor its event", async () => {
    const reports = await getDb().report.count({ where: { workspaceId: A.ws.id } });
    const events = (await reportEvents(A.ws.id)).length;
    const failed = await withAuditRefusedAfterEvent(["report.generate"], () => post(A, { kind: "workspace", period: "2026-04", locale: "en" }));
    expect(failed.status).toBe(500);
    expect(await getDb().report.count({ where: { workspaceId: A.ws.id } })).toBe(reports);
    expect(await reportEvents(A.ws.id)).toHaveLength(events);
  });

  it("a retry with the same Idempotency-Key stores one report", async () => {
    const reports = await getDb().report.count({ where: { workspaceId: A.ws.id } });
    const body = { kind: "workspace", period: "2026-03", locale: "en" };
    const first = await post(A, body, { "Idempotency-Key": "board-pack-2026-03" });
    const again = await post(A, body, { "Idempotency-Key": "board-pack-2026-03" });
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.json.id).toBe(first.json.id);
    expect(again.headers.get("Idempotency-Replayed")).toBe("true");
    expect(await getDb().report.count({ where: { workspaceId: A.ws.id } })).toBe(reports + 1);
  });

  it("needs a write token", async () => {
    const answer = await post(A, { kind: "workspace", period: "2026-03", locale: "en" }, {}, A.read);
    expect(answer.status).toBe(403);
  });
});

describe("GET /workspaces/{slug}/reports/{reportId}[/pdf]", () => {
  it("answers the metadata and the frozen bytes to a read token", async () => {
    const made = await post(A, { kind: "workspace", period: "2026-01..2026-02", locale: "en" });
    const params = { slug: A.ws.slug, reportId: made.json.id };
    const meta = await callApi(getReport, { token: A.read, params, now });
    expect(meta.status).toBe(200);
    expect(meta.json).toEqual(made.json);
    const url = new URL(`http://localhost/api/v1/workspaces/${A.ws.slug}/reports/${made.json.id}/pdf`);
    // callApi reads the body as text; a PDF is read as bytes here.
    const response = await handleApiRequest(
      getReportPdf as unknown as ApiOperation,
      new Request(url, { headers: { authorization: `Bearer ${A.read}` } }),
      params,
      now,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename=/);
    const bytes = Buffer.from(await response.arrayBuffer());
    const stored = await getDb().report.findUniqueOrThrow({ where: { id: made.json.id }, select: { pdf: true, inputHash: true } });
    expect(bytes.equals(Buffer.from(stored.pdf))).toBe(true);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(response.headers.get("X-Report-Input-Hash")).toBe(stored.inputHash);
  });

  it("answers 404 for another workspace's report id", async () => {
    const theirs = await post(B, { kind: "workspace", period: "2026-01..2026-02", locale: "en" });
    const params = { slug: A.ws.slug, reportId: theirs.json.id };
    expect((await callApi(getReport, { token: A.read, params, now })).status).toBe(404);
    expect((await callApi(getReportPdf, { token: A.read, params, now })).status).toBe(404);
  });
});

describe("report.generated for every way a report leaves", () => {
  it("the reports page (download) and the monthly e-mail (no user) each emit exactly one, with their channel", async () => {
    const before = (await reportEvents(B.ws.id)).length;
    const page = await generateReport(B.ctx, { period: "2026-01..2026-04", locale: "en", scenario: "expected", investmentId: "" }, now);
    const mailed = await generateAndFreezeReport(
      { workspace: { id: B.ws.id }, user: null },
      { period: { from: "2026-05", to: "2026-05" }, locale: "nl", scenario: "expected", channel: "email", recipients: ["board@example.test"], createdByName: "monthly e-mail" },
    );
    const events = (await reportEvents(B.ws.id)).slice(before);
    expect(events.map((e) => e.data)).toEqual([
      { report: { id: page.id, kind: "workspace", investmentId: null, period: "2026-01..2026-04", locale: "en", channel: "download" } },
      { report: { id: mailed.id, kind: "workspace", investmentId: null, period: "2026-05..2026-05", locale: "nl", channel: "email" } },
    ]);
  });
});
