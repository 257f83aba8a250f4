import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { apiTokenFor, callApi } from "@/tests/support/api";
import { portfolioWorkspace } from "@/tests/support/portfolio-writes";
import { batchExchangeRates, listExchangeRates, putExchangeRate } from "./exchange-rates";

const now = new Date("2026-06-15T12:00:00Z");

let setup: Awaited<ReturnType<typeof portfolioWorkspace>>;
let writeToken = "";
let readToken = "";

beforeAll(async () => {
  setup = await portfolioWorkspace({ userName: "Olga Owner" });
  writeToken = await apiTokenFor(setup.owner, setup.ws.id, "write", { name: "ERP sync" });
  readToken = await apiTokenFor(setup.owner, setup.ws.id, "read");
});

const slug = () => setup.ws.slug;
const put = (from: string, to: string, month: string, body: unknown, headers: Record<string, string> = {}) =>
  callApi(putExchangeRate, { token: writeToken, params: { slug: slug(), from, to, month }, body, headers, now });
const stored = (from: string, to: string) =>
  getDb().exchangeRate.findMany({ where: { workspaceId: setup.ws.id, fromCurrency: from, toCurrency: to }, orderBy: { month: "asc" } });
const auditCount = () => getDb().auditLog.count({ where: { workspaceId: setup.ws.id, entityType: "ExchangeRate" } });

describe("PUT /workspaces/{slug}/exchange-rates/{from}/{to}/{month}", () => {
  it("adds a month's rate exactly, as the token, and answers its value as the ETag", async () => {
    const answer = await put("EUR", "USD", "2026-01", { rate: "1.08230" });
    expect(answer.status).toBe(201);
    expect(answer.headers.get("etag")).toBe('"1.0823"');
    expect(answer.json).toEqual({
      from: "EUR",
      to: "USD",
      month: "2026-01",
      rate: "1.0823",
      source: "api",
      sourceDetail: "ERP sync",
      enteredByName: "Olga Owner",
      updatedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    const [row] = await stored("EUR", "USD");
    expect(row.rate.toString()).toBe("1.0823");
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { workspaceId: setup.ws.id, action: "exchange-rate.create", entityId: row.id } });
    expect(audit).toMatchObject({ apiTokenName: "ERP sync", after: { from: "EUR", to: "USD", month: "2026-01", rate: "1.0823", source: "api" } });
  });

  it("answers the same rate again with 200 and writes nothing; refuses another without If-Match (428, naming it)", async () => {
    await put("EUR", "USD", "2026-02", { rate: "1.09" });
    const before = await auditCount();
    const again = await put("EUR", "USD", "2026-02", { rate: "1.0900" });
    expect([again.status, again.json.rate]).toEqual([200, "1.09"]);
    expect(await auditCount()).toBe(before);

    const other = await put("EUR", "USD", "2026-02", { rate: "1.1" });
    expect(other.status).toBe(428);
    expect(other.headers.get("etag")).toBe('"1.09"');
    expect(other.json).toMatchObject({ currentRate: "1.09", detail: 'EUR → USD already has the rate 1.09 for 2026-02; send If-Match: "1.09" to replace it' });
    const dutch = await put("EUR", "USD", "2026-02", { rate: "1.1" }, { "Accept-Language": "nl" });
    expect(dutch.json.detail).toBe('EUR → USD heeft voor 2026-02 al de koers 1.09; stuur If-Match: "1.09" om die te vervangen');
    expect((await stored("EUR", "USD")).map((r) => r.rate.toString())).toEqual(["1.0823", "1.09"]);
  });

  it("replaces a rate only while it is the one If-Match names (compared as a number), or with *", async () => {
    const stale = await put("EUR", "USD", "2026-02", { rate: "1.1" }, { "If-Match": '"1.08"' });
    expect(stale.status).toBe(412);
    expect(stale.json.detail).toBe('The rate for this month is now 1.09; read it again and send If-Match: "1.09"');
    const matched = await put("EUR", "USD", "2026-02", { rate: "1.1" }, { "If-Match": '"1.0900"' });
    expect([matched.status, matched.json.rate, matched.headers.get("etag")]).toEqual([200, "1.1", '"1.1"']);
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { workspaceId: setup.ws.id, action: "exchange-rate.update" }, orderBy: { createdAt: "desc" } });
    expect(audit).toMatchObject({ before: { rate: "1.09" }, after: { rate: "1.1" }, apiTokenName: "ERP sync" });
    const any = await put("EUR", "USD", "2026-02", { rate: "1.11" }, { "If-Match": "*" });
    expect([any.status, any.json.rate]).toEqual([200, "1.11"]);
    // Nothing to match yet: leave If-Match out to add the month.
    const absent = await put("EUR", "USD", "2026-03", { rate: "1.1" }, { "If-Match": "*" });
    expect(absent.status).toBe(412);
    expect(await stored("EUR", "USD")).toHaveLength(2);
    const malformed = await put("EUR", "USD", "2026-02", { rate: "1.1" }, { "If-Match": '"abc"' });
    expect([malformed.status, malformed.json.errors]).toEqual([422, [{ path: "If-Match", message: 'If-Match must be the rate you read, such as "1.0823", or *' }]]);
  });

  it("refuses what is not a rate, naming each field, and writes nothing", async () => {
    const before = await getDb().exchangeRate.count({ where: { workspaceId: setup.ws.id } });
    const cases: [string, string, string, unknown, { path: string; message: string }[]][] = [
      ["EUR", "EUR", "2026-01", { rate: "1" }, [{ path: "to", message: "must differ from from: a rate converts one currency into another" }]],
      ["EURO", "USD", "2026-01", { rate: "1" }, [{ path: "from", message: "must be an ISO 4217 currency code such as EUR" }]],
      ["EUR", "USD", "1899-12", { rate: "1" }, [{ path: "month", message: "Use a year between 1900 and 2199" }]],
      ["EUR", "USD", "2026-04", { rate: "0" }, [{ path: "rate", message: "The rate must be greater than 0" }]],
      ["EUR", "USD", "2026-04", { rate: "1,08" }, [{ path: "rate", message: 'must be a rate as a decimal string such as "1.0823" (greater than 0, at most 10 decimals)' }]],
      ["EUR", "USD", "2026-04", { rate: 1.08 }, [{ path: "rate", message: 'must be a rate as a decimal string such as "1.0823" (greater than 0, at most 10 decimals)' }]],
      ["EUR", "USD", "2026-04", { rate: "1.12345678901" }, [{ path: "rate", message: "Use at most 10 decimals" }]],
      ["EUR", "USD", "2026-04", { rate: "1", note: "x" }, [{ path: "", message: expect.stringMatching(/note/) }]],
    ];
    for (const [from, to, month, body, errors] of cases) {
      const answer = await put(from, to, month, body);
      expect({ from, to, month, body, status: answer.status, errors: answer.json.errors }).toEqual({ from, to, month, body, status: 422, errors });
    }
    expect(await getDb().exchangeRate.count({ where: { workspaceId: setup.ws.id } })).toBe(before);
  });
});

describe("POST /workspaces/{slug}/exchange-rates:batch", () => {
  const batch = (body: unknown, headers: Record<string, string> = {}) => callApi(batchExchangeRates, { token: writeToken, params: { slug: slug() }, body, headers, now });
  const gbp = (month: string, rate: string) => ({ from: "EUR", to: "GBP", month, rate });

  it("adds many months at once, and leaves months that already have that very rate", async () => {
    const first = await batch({ rates: [gbp("2026-01", "0.8412"), gbp("2026-02", "0.8398")] });
    expect([first.status, first.json]).toEqual([201, { total: 2, created: 2, replaced: 0, kept: 0, unchanged: 0 }]);
    const again = await batch({ rates: [gbp("2026-01", "0.84120"), gbp("2026-03", "0.8377")] });
    expect([again.status, again.json]).toEqual([201, { total: 2, created: 1, replaced: 0, kept: 0, unchanged: 1 }]);
    const rows = await stored("EUR", "GBP");
    expect(rows.map((r) => [r.rate.toString(), r.source, r.sourceDetail])).toEqual([
      ["0.8412", "api", "ERP sync"],
      ["0.8398", "api", "ERP sync"],
      ["0.8377", "api", "ERP sync"],
    ]);
  });

  it("refuses the whole batch when a month has another rate (409 naming each by its place), unless told to keep or replace", async () => {
    const body = { rates: [gbp("2026-04", "0.85"), gbp("2026-02", "0.9")] };
    const refused = await batch(body);
    expect(refused.status).toBe(409);
    expect(refused.json.errors).toEqual([
      { path: "rates.1.rate", message: 'EUR → GBP already has the rate 0.8398 for 2026-02; send onConflict "replace" to replace it or "keep" to keep it' },
    ]);
    expect(refused.json.conflicts).toEqual([{ index: 1, from: "EUR", to: "GBP", month: "2026-02", currentRate: "0.8398" }]);
    const dutch = await batch(body, { "Accept-Language": "nl" });
    expect(dutch.json.errors[0].message).toBe('EUR → GBP heeft voor 2026-02 al de koers 0.8398; stuur onConflict "replace" om die te vervangen of "keep" om die te houden');
    expect(await stored("EUR", "GBP")).toHaveLength(3);

    const kept = await batch({ ...body, onConflict: "keep" });
    expect([kept.status, kept.json]).toEqual([201, { total: 2, created: 1, replaced: 0, kept: 1, unchanged: 0 }]);
    const replaced = await batch({ ...body, onConflict: "replace" });
    expect([replaced.status, replaced.json]).toEqual([200, { total: 2, created: 0, replaced: 1, kept: 0, unchanged: 1 }]);
    expect((await stored("EUR", "GBP")).map((r) => r.rate.toString())).toEqual(["0.8412", "0.9", "0.8377", "0.85"]);
  });

  it("names every bad rate by its place, and a pair and month sent twice; nothing is written", async () => {
    const before = await getDb().exchangeRate.count({ where: { workspaceId: setup.ws.id } });
    const answer = await batch({ rates: [gbp("2026-07", "0.86"), { from: "EUR", to: "EUR", month: "2026-07", rate: "1" }, gbp("2026-07", "0.87"), gbp("2026-08", "-1")] });
    expect(answer.status).toBe(422);
    expect(answer.json.errors).toEqual([
      { path: "rates.1.to", message: "must differ from from: a rate converts one currency into another" },
      { path: "rates.3.rate", message: 'must be a rate as a decimal string such as "1.0823" (greater than 0, at most 10 decimals)' },
      { path: "rates.2.month", message: "This currency pair and month is already in the batch (rates.0)" },
    ]);
    const broken = await batch({ rates: [null, gbp("2026-07", "0.86")] });
    expect([broken.status, broken.json.errors.map((e: { path: string }) => e.path)]).toEqual([422, ["rates.0"]]);
    const twice = await batch({ rates: [gbp("2026-07", "0.86"), gbp("2026-07", "0.87")], onConflict: "replace" });
    expect([twice.status, twice.json.errors]).toEqual([422, [{ path: "rates.1.month", message: "This currency pair and month is already in the batch (rates.0)" }]]);
    expect(translateServerMessage(twice.json.errors[0].message, "nl")).toBe("Dit valutapaar met deze maand staat al in de batch (rates.0)");
    const empty = await batch({ rates: [] });
    expect([empty.status, empty.json.errors]).toEqual([422, [{ path: "rates", message: "Send at least one rate" }]]);
    expect(await getDb().exchangeRate.count({ where: { workspaceId: setup.ws.id } })).toBe(before);
  });

  it("answers a retry with the same Idempotency-Key from the first request, writing nothing twice", async () => {
    const key = "7d0c1f9e-2b43-4f51-9a3e-3f2c9d1e0b77";
    const body = { rates: [gbp("2026-09", "0.88")] };
    const first = await batch(body, { "Idempotency-Key": key });
    const retry = await batch(body, { "Idempotency-Key": key });
    expect([first.status, retry.status, retry.headers.get("idempotency-replayed")]).toEqual([201, 201, "true"]);
    expect(retry.json).toEqual(first.json);
    expect(await getDb().auditLog.count({ where: { workspaceId: setup.ws.id, action: "exchange-rate.import" } })).toBe(5);
  });
});

describe("GET /workspaces/{slug}/exchange-rates", () => {
  it("lists every rate oldest month first, a page at a time, and filters by pair and year", async () => {
    const all = await callApi(listExchangeRates, { token: readToken, params: { slug: slug() }, query: { limit: "1000" }, now });
    expect(all.status).toBe(200);
    const keys = all.json.items.map((r: { month: string; from: string; to: string }) => `${r.month} ${r.from}>${r.to}`);
    expect(keys).toEqual([...keys].sort());
    expect(keys.slice(0, 4)).toEqual(["2026-01 EUR>GBP", "2026-01 EUR>USD", "2026-02 EUR>GBP", "2026-02 EUR>USD"]);
    expect(all.json.page.next).toBeNull();

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await callApi(listExchangeRates, { token: readToken, params: { slug: slug() }, query: { limit: "3", ...(cursor ? { cursor } : {}) }, now });
      expect(page.json.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.json.items.map((r: { month: string; from: string; to: string }) => `${r.month} ${r.from}>${r.to}`));
      cursor = page.json.page.next ?? undefined;
    } while (cursor);
    expect(seen).toEqual(keys);

    const usd = await callApi(listExchangeRates, { token: readToken, params: { slug: slug() }, query: { to: "USD", year: "2026" }, now });
    expect(usd.json.items.map((r: { month: string; rate: string }) => [r.month, r.rate])).toEqual([
      ["2026-01", "1.0823"],
      ["2026-02", "1.11"],
    ]);
    const none = await callApi(listExchangeRates, { token: readToken, params: { slug: slug() }, query: { year: "2025" }, now });
    expect(none.json).toEqual({ items: [], page: { next: null } });
  });

  it("refuses a cursor it did not give out and filters that are not currencies or years", async () => {
    const answer = async (query: Record<string, string>) => (await callApi(listExchangeRates, { token: readToken, params: { slug: slug() }, query, now })).json.errors;
    expect(await answer({ cursor: "bm9wZQ" })).toEqual([{ path: "cursor", message: "is not a cursor this API gave out; start again without cursor" }]);
    expect(await answer({ from: "euro" })).toEqual([{ path: "from", message: "must be an ISO 4217 currency code such as EUR" }]);
    expect(await answer({ year: "26" })).toEqual([{ path: "year", message: "must be a year from 1900 to 2199" }]);
  });
});
