import { gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { signInAs } from "@/tests/support/session";
import { GET as exportWorkspaceRoute } from "@/app/api/w/[slug]/export/route";
import { getDb } from "@/lib/db/client";
import { periodOfMonthNumber, periodToDate } from "@/lib/investments/months";
import { ISO_CURRENCY_MESSAGE, ISO_CURRENCY_PATH_MESSAGE } from "@/lib/shared/currencies";
import { ACTIVATED_REASON } from "@/lib/actuals/activate-on-actuals";
import { importInvestmentJsonAction, importWorkspaceAction } from "./actions";
import { exportWorkspace } from "./export";
import { workspaceExportText } from "./workspace-export";
import { MAX_WORKSPACE_JSON_BYTES, MAX_WORKSPACE_UPLOAD_BYTES } from "./schemas";
import { emptyWorkspaceFor, unwrap, workspaceWithMembers } from "./test-support";
import { JSON_TOO_LARGE_MESSAGE, NOT_GZIP_MESSAGE, UPLOAD_TOO_LARGE_MESSAGE } from "./workspace-file";

const INVESTMENTS = 25;
const MONTHS = 120;

const getWorkspace = (slug: string, query = "") =>
  exportWorkspaceRoute(new Request(`http://localhost/api/w/${slug}/export${query}`), { params: Promise.resolve({ slug }) });

/** 25 investments of 120 months of actuals each (3,000 rows), with notes that need escaping and driver breakdowns. */
async function workspaceWithHistory(investments = INVESTMENTS) {
  const fixture = await workspaceWithMembers();
  for (let i = 0; i < investments; i++) {
    // Written directly: the point is the rows, and the actions would take seconds for so many.
    const { id } = await getDb().investment.create({
      data: { workspaceId: fixture.ws.id, name: `Project ${i}`, category: "process", startMonth: periodToDate("2016-01"), horizonMonths: MONTHS, currency: "EUR", plan: { costs: [], benefits: [] } },
      select: { id: true },
    });
    await getDb().actualMonth.createMany({
      data: Array.from({ length: MONTHS }, (_, m) => ({
        workspaceId: fixture.ws.id,
        investmentId: id,
        month: periodToDate(periodOfMonthNumber("2016-01", m + 1)),
        cost: `${1000 + i}.${String(m % 100).padStart(2, "0")}`,
        benefit: `${m * 37}.05`,
        note: m % 10 === 0 ? `Line one\nline "two" — café ${m}` : "",
        ...(m % 12 === 0 ? { benefitByDriver: { "Saved fee": `${m * 37}.05` } } : {}),
        recordedByName: "Importer",
      })),
    });
  }
  // Ten years of monthly rates travel in the head of the file, before the investments.
  await getDb().exchangeRate.createMany({
    data: Array.from({ length: MONTHS }, (_, m) => ({
      workspaceId: fixture.ws.id,
      fromCurrency: "EUR",
      toCurrency: "USD",
      month: periodToDate(periodOfMonthNumber("2016-01", m + 1)),
      rate: `1.${String(1000 + m * 7).padStart(4, "0")}`,
      source: "ecb",
      sourceDetail: "eurofxref-hist.csv",
      enteredByName: "Importer",
    })),
  });
  return fixture;
}

async function readChunks(response: Response) {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
  return { chunks: chunks.length, bytes: Buffer.concat(chunks) };
}

const withoutVolatile = (document: Awaited<ReturnType<typeof exportWorkspace>>) => ({ ...document, exportedAt: null, workspace: null });

describe("workspace export at scale", () => {
  it("streams investment by investment, exactly the document's JSON, and imports again from .json.gz, equal", async () => {
    const { ws: a, editor, viewer } = await workspaceWithHistory();
    signInAs(viewer);
    const response = await getWorkspace(a.slug);
    expect(response.status).toBe(200);
    const { chunks, bytes } = await readChunks(response);
    // A piece per investment (plus head and tail), never the whole file at once.
    expect(chunks).toBeGreaterThanOrEqual(INVESTMENTS + 2);
    const text = bytes.toString("utf8");
    const exportedAt = new Date(JSON.parse(text).exportedAt);
    expect(text).toBe(`${JSON.stringify(await exportWorkspace(a.id, exportedAt), null, 2)}\n`);

    const packed = await getWorkspace(a.slug, "?compress=gzip");
    expect(packed.headers.get("content-type")).toBe("application/gzip");
    expect(packed.headers.get("content-disposition")).toMatch(/^attachment; filename="workspace-ws-[a-z0-9-]+\.json\.gz"/);
    const gz = (await readChunks(packed)).bytes;
    expect(JSON.parse(gunzipSync(gz).toString("utf8"))).toEqual({ ...JSON.parse(text), exportedAt: expect.any(String) });
    expect(gz.length).toBeLessThan(bytes.length / 5);

    signInAs(editor);
    const b = await emptyWorkspaceFor(editor.id);
    const imported = await importWorkspaceAction({ workspaceSlug: b.slug, file: new Blob([gz]) });
    expect(imported).toEqual({ ok: true, data: { investments: INVESTMENTS, versions: 0, kpis: 0, actuals: INVESTMENTS * MONTHS, exchangeRates: MONTHS } });
    expect(withoutVolatile(await exportWorkspace(b.id))).toEqual(withoutVolatile(await exportWorkspace(a.id)));
    // The import refreshes every investment's stored figures; a few thousand rows take a while.
  }, 180_000);

  it("takes a plain .json file too, and refuses broken or oversized files naming the limit, writing nothing", async () => {
    const { ws: a, editor } = await workspaceWithHistory(1);
    const b = await emptyWorkspaceFor(editor.id);
    // An empty workspace streams as a document with no investments.
    const now = new Date("2026-06-01T12:00:00Z");
    let empty = "";
    for await (const piece of workspaceExportText(b.id, now)) empty += piece;
    expect(empty).toBe(`${JSON.stringify(await exportWorkspace(b.id, now), null, 2)}\n`);
    expect(JSON.parse(empty).investments).toEqual([]);
    const refused = async (file: Blob) => {
      const result = await importWorkspaceAction({ workspaceSlug: b.slug, file });
      return result.ok ? null : result.fieldErrors._file;
    };
    expect(await refused(new Blob([Uint8Array.of(0x1f, 0x8b, 8, 0, 1, 2, 3)]))).toEqual([NOT_GZIP_MESSAGE]);
    // A gzip bomb: stopped once the unpacked size passes the limit.
    expect(await refused(new Blob([gzipSync(Buffer.alloc(MAX_WORKSPACE_JSON_BYTES + 1, " "))]))).toEqual([JSON_TOO_LARGE_MESSAGE]);
    expect(await refused(new Blob([new Uint8Array(MAX_WORKSPACE_UPLOAD_BYTES + 1)]))).toEqual([UPLOAD_TOO_LARGE_MESSAGE]);
    expect(JSON_TOO_LARGE_MESSAGE).toMatch(/128 MB/);
    expect(await getDb().investment.count({ where: { workspaceId: b.id } })).toBe(0);

    const plain = new Blob([JSON.stringify(await exportWorkspace(a.id))], { type: "application/json" });
    expect(await importWorkspaceAction({ workspaceSlug: b.slug, file: plain })).toMatchObject({ ok: true, data: { investments: 1, actuals: MONTHS } });
  });

  it("brings an approved plan with actuals from an older file in as active, audited as recording them would", async () => {
    const { ws: a, editor } = await workspaceWithHistory(1);
    const document = await exportWorkspace(a.id);
    document.investments[0].status = "approved";
    const b = await emptyWorkspaceFor(editor.id);
    unwrap(await importWorkspaceAction({ workspaceSlug: b.slug, json: JSON.stringify(document) }));
    const row = await getDb().investment.findFirstOrThrow({ where: { workspaceId: b.id }, select: { id: true, status: true } });
    expect(row.status).toBe("active");
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { workspaceId: b.id, action: "investment.status", entityId: row.id } });
    expect([audit.before, audit.after]).toEqual([{ status: "approved" }, { status: "active", reason: ACTIVATED_REASON }]);
  });

  it("refuses currencies that are not ISO 4217, in workspace files and in format v1 documents", async () => {
    const { ws: a, editor } = await workspaceWithHistory(1);
    const document = await exportWorkspace(a.id);
    document.investments[0].header.currency = "XYZ";
    const b = await emptyWorkspaceFor(editor.id);
    const result = await importWorkspaceAction({ workspaceSlug: b.slug, json: JSON.stringify(document) });
    expect(result).toMatchObject({ ok: false, error: "INVALID_INPUT", fieldErrors: { "investments.0.header.currency": [ISO_CURRENCY_MESSAGE] } });
    const v1 = { name: "X", currency: "XYZ", startMonth: "2026-01", horizonMonths: 12, costs: [], benefits: [] };
    const single = await importInvestmentJsonAction({ workspaceSlug: b.slug, json: JSON.stringify(v1) });
    expect(single).toMatchObject({ ok: false, error: "INVALID_INPUT", fieldErrors: { currency: [ISO_CURRENCY_PATH_MESSAGE] } });
    expect(await importInvestmentJsonAction({ workspaceSlug: b.slug, json: JSON.stringify({ ...v1, currency: "CHF" }) })).toMatchObject({ ok: true });
  });
});
