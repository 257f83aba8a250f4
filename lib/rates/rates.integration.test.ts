import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { periodToDate } from "@/lib/investments/months";
import { createUser, createWorkspace } from "@/prisma/factories";
import { actAs } from "@/tests/support/session";
import { appErrorOf, workspaceContextFor } from "@/tests/support/workspace-context";
import { confirmRateImportAction, deleteRateAction, previewRateImportAction, saveRateAction } from "./actions";
import { CONCURRENT_RATE_EDIT_MESSAGE, importRates, RATE_IMPORT_CONFLICTS_MESSAGE } from "./mutations";
import { listRates, rateConflicts } from "./queries";

async function setUp() {
  const [owner, editor, viewer, outsider] = await Promise.all([createUser(getDb()), createUser(getDb()), createUser(getDb()), createUser(getDb())]);
  const ws = await createWorkspace(getDb(), {
    currency: "EUR",
    members: [
      { userId: owner.id, role: "owner" },
      { userId: editor.id, role: "editor" },
      { userId: viewer.id, role: "viewer" },
    ],
  });
  return { owner, editor, viewer, outsider, ws };
}

type User = Awaited<ReturnType<typeof createUser>>;

const storedRates = async (workspaceId: string) =>
  (await getDb().exchangeRate.findMany({ where: { workspaceId }, orderBy: [{ month: "asc" }, { fromCurrency: "asc" }, { toCurrency: "asc" }] })).map((r) => ({
    pair: `${r.fromCurrency}>${r.toCurrency}`,
    month: r.month.toISOString().slice(0, 7),
    rate: r.rate.toString(),
    source: r.source,
  }));
const audits = (workspaceId: string, action: string) => getDb().auditLog.findMany({ where: { workspaceId, action }, orderBy: { createdAt: "asc" } });

async function addRate(user: User, slug: string, input: Record<string, unknown>) {
  return actAs(user, () => saveRateAction({ workspaceSlug: slug, ...input }));
}

describe("entering a rate by hand", () => {
  it("an editor saves a rate exactly, with who entered it, audited", async () => {
    const { editor, ws } = await setUp();
    const saved = await addRate(editor, ws.slug, { from: "usd", to: "EUR", month: "2026-07", rate: "0,9240", locale: "nl" });
    expect(saved).toMatchObject({ ok: true });
    const [row] = await listRates(ws.id);
    expect(row).toMatchObject({ from: "USD", to: "EUR", month: "2026-07", rate: "0.924", source: "manual", sourceDetail: "", enteredById: editor.id, enteredByName: editor.name });
    const [audit] = await audits(ws.id, "exchange-rate.create");
    expect(audit).toMatchObject({ actorId: editor.id, entityType: "ExchangeRate", entityId: row.id, after: { from: "USD", to: "EUR", month: "2026-07", rate: "0.924", source: "manual" } });
  });

  it("names the field that is wrong, and writes nothing", async () => {
    const { owner, ws } = await setUp();
    const result = await addRate(owner, ws.slug, { from: "XYZ", to: "EUR", month: "2026-07", rate: "0" });
    expect(result).toMatchObject({ ok: false, error: "INVALID_INPUT", fieldErrors: { from: [expect.any(String)], rate: ["The rate must be greater than 0"] } });
    expect(await storedRates(ws.id)).toEqual([]);
  });

  it("a month that has a rate is a conflict naming it; replace overwrites it", async () => {
    const { owner, editor, ws } = await setUp();
    await addRate(owner, ws.slug, { from: "USD", to: "EUR", month: "2026-07", rate: "0.924" });
    const again = await addRate(editor, ws.slug, { from: "USD", to: "EUR", month: "2026-07", rate: "0.93" });
    const message = "USD → EUR already has a rate for 2026-07: 0.924; replace it or choose another month";
    expect(again).toEqual({ ok: false, error: "CONFLICT", message, fieldErrors: { month: [message] } });
    expect(await storedRates(ws.id)).toEqual([{ pair: "USD>EUR", month: "2026-07", rate: "0.924", source: "manual" }]);

    expect(await addRate(editor, ws.slug, { from: "USD", to: "EUR", month: "2026-07", rate: "0.93", replace: "on" })).toMatchObject({ ok: true });
    expect(await storedRates(ws.id)).toEqual([{ pair: "USD>EUR", month: "2026-07", rate: "0.93", source: "manual" }]);
    const [audit] = await audits(ws.id, "exchange-rate.replace");
    expect(audit).toMatchObject({ actorId: editor.id, before: { rate: "0.924" }, after: { rate: "0.93" } });
    // The other direction and another month are other rates.
    expect(await addRate(editor, ws.slug, { from: "EUR", to: "USD", month: "2026-07", rate: "1.08" })).toMatchObject({ ok: true });
    expect(await addRate(editor, ws.slug, { from: "USD", to: "EUR", month: "2026-08", rate: "0.92" })).toMatchObject({ ok: true });
    expect(await getDb().exchangeRate.count({ where: { workspaceId: ws.id } })).toBe(3);
  });

  it("says the conflict in Dutch to a Dutch user", async () => {
    const { owner, ws } = await setUp();
    await addRate(owner, ws.slug, { from: "USD", to: "EUR", month: "2026-07", rate: "0.924" });
    const result = await addRate({ ...owner, locale: "nl" } as User, ws.slug, { from: "USD", to: "EUR", month: "2026-07", rate: "0,93", locale: "nl" });
    expect(result).toMatchObject({ ok: false, error: "CONFLICT", message: "USD → EUR heeft voor 2026-07 al een koers: 0,924; vervang die of kies een andere maand" });
  });

  it("two people adding the same month at once: one is saved, the other is told about it", async () => {
    const { owner, editor, ws } = await setUp();
    const results = await Promise.all([
      addRate(owner, ws.slug, { from: "GBP", to: "EUR", month: "2026-03", rate: "1.17" }),
      addRate(editor, ws.slug, { from: "GBP", to: "EUR", month: "2026-03", rate: "1.18" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([expect.objectContaining({ error: "CONFLICT", fieldErrors: { month: [expect.stringMatching(/^GBP → EUR already has a rate for 2026-03/)] } })]);
    expect(await getDb().exchangeRate.count({ where: { workspaceId: ws.id } })).toBe(1);
  });

  it("two people editing the same rate: the second save is refused, not silently overwriting the first", async () => {
    const { owner, editor, ws } = await setUp();
    await addRate(owner, ws.slug, { from: "USD", to: "EUR", month: "2026-07", rate: "0.924" });
    const [opened] = await listRates(ws.id);
    const edit = (user: User, rate: string) =>
      addRate(user, ws.slug, { id: opened.id, from: "USD", to: "EUR", month: "2026-07", rate, expectedUpdatedAt: opened.updatedAt.toISOString() });

    expect(await edit(owner, "0.925")).toMatchObject({ ok: true });
    expect(await edit(editor, "0.926")).toEqual({ ok: false, error: "CONFLICT", message: CONCURRENT_RATE_EDIT_MESSAGE, fieldErrors: { rate: [CONCURRENT_RATE_EDIT_MESSAGE] } });
    expect((await storedRates(ws.id))[0].rate).toBe("0.925");
    // A delete based on the old version is refused too.
    expect(await actAs(editor, () => deleteRateAction({ workspaceSlug: ws.slug, id: opened.id, expectedUpdatedAt: opened.updatedAt.toISOString() }))).toMatchObject({ ok: false, error: "CONFLICT" });
    expect(await getDb().exchangeRate.count({ where: { workspaceId: ws.id } })).toBe(1);
    expect(await audits(ws.id, "exchange-rate.update")).toHaveLength(1);
  });

  it("an edit moved onto a month that has a rate is a conflict, and replaces it when asked", async () => {
    const { owner, ws } = await setUp();
    await addRate(owner, ws.slug, { from: "USD", to: "EUR", month: "2026-07", rate: "0.924" });
    await addRate(owner, ws.slug, { from: "USD", to: "EUR", month: "2026-08", rate: "0.93" });
    const july = (await listRates(ws.id)).find((r) => r.month === "2026-07")!;
    const move = { id: july.id, from: "USD", to: "EUR", month: "2026-08", rate: "0.95", expectedUpdatedAt: july.updatedAt.toISOString() };
    expect(await addRate(owner, ws.slug, move)).toMatchObject({ ok: false, error: "CONFLICT", fieldErrors: { month: [expect.stringContaining("2026-08: 0.93")] } });
    expect(await addRate(owner, ws.slug, { ...move, replace: "on" })).toMatchObject({ ok: true });
    expect(await storedRates(ws.id)).toEqual([{ pair: "USD>EUR", month: "2026-08", rate: "0.95", source: "manual" }]);
  });

  it("deletes a rate, audited", async () => {
    const { editor, ws } = await setUp();
    await addRate(editor, ws.slug, { from: "USD", to: "EUR", month: "2026-07", rate: "0.924" });
    const [row] = await listRates(ws.id);
    expect(await actAs(editor, () => deleteRateAction({ workspaceSlug: ws.slug, id: row.id, expectedUpdatedAt: row.updatedAt.toISOString() }))).toEqual({ ok: true, data: undefined });
    expect(await storedRates(ws.id)).toEqual([]);
    const [audit] = await audits(ws.id, "exchange-rate.delete");
    expect(audit).toMatchObject({ actorId: editor.id, entityId: row.id, before: { from: "USD", to: "EUR", month: "2026-07", rate: "0.924" } });
    expect(await actAs(editor, () => deleteRateAction({ workspaceSlug: ws.slug, id: row.id }))).toMatchObject({ ok: false, error: "NOT_FOUND" });
  });
});

describe("listing rates", () => {
  it("newest month first, filtered by pair and year", async () => {
    const { owner, ws } = await setUp();
    for (const [from, to, month] of [["EUR", "USD", "2025-12"], ["EUR", "USD", "2026-02"], ["EUR", "GBP", "2026-02"], ["EUR", "USD", "2026-01"]])
      await addRate(owner, ws.slug, { from, to, month, rate: "1.1" });
    expect((await listRates(ws.id)).map((r) => `${r.month} ${r.from}>${r.to}`)).toEqual(["2026-02 EUR>GBP", "2026-02 EUR>USD", "2026-01 EUR>USD", "2025-12 EUR>USD"]);
    expect((await listRates(ws.id, { from: "EUR", to: "USD", year: 2026 })).map((r) => r.month)).toEqual(["2026-02", "2026-01"]);
    expect(await listRates(ws.id, { year: 2024 })).toEqual([]);
  });
});

describe("importing rates", () => {
  const seed = async (workspaceId: string, userName: string) =>
    getDb().exchangeRate.create({ data: { workspaceId, fromCurrency: "EUR", toCurrency: "USD", month: periodToDate("2026-01"), rate: "1.1", source: "manual", enteredByName: userName } });
  const fileRates = [
    { from: "EUR", to: "USD", period: "2026-01", rate: "1.2" },
    { from: "EUR", to: "USD", period: "2026-02", rate: "1.3" },
    { from: "EUR", to: "JPY", period: "2026-01", rate: "160.5" },
  ];

  it('"fail" (the default) refuses the whole file, naming each month with the stored and the new rate', async () => {
    const { editor, ws } = await setUp();
    await seed(ws.id, editor.name);
    const ctx = await workspaceContextFor(editor, ws.slug);
    const error = await appErrorOf(importRates(ctx, { rates: fileRates, source: "csv", sourceDetail: "rates.csv" }));
    expect(error).toMatchObject({ code: "CONFLICT", message: RATE_IMPORT_CONFLICTS_MESSAGE, fieldErrors: { file: ["EUR → USD 2026-01: 1.1 now, 1.2 in the file"] } });
    expect(await storedRates(ws.id)).toEqual([{ pair: "EUR>USD", month: "2026-01", rate: "1.1", source: "manual" }]);
    expect(await audits(ws.id, "exchange-rate.import")).toEqual([]);
  });

  it('"keep" keeps the stored rate, "replace" overwrites it; the same value again is unchanged', async () => {
    const { editor, ws } = await setUp();
    await seed(ws.id, editor.name);
    const ctx = await workspaceContextFor(editor, ws.slug);
    expect(await importRates(ctx, { rates: fileRates, source: "csv", sourceDetail: "rates.csv", onConflict: "keep" })).toEqual({ total: 3, created: 2, replaced: 0, kept: 1, unchanged: 0 });
    expect(await storedRates(ws.id)).toEqual([
      { pair: "EUR>JPY", month: "2026-01", rate: "160.5", source: "csv" },
      { pair: "EUR>USD", month: "2026-01", rate: "1.1", source: "manual" },
      { pair: "EUR>USD", month: "2026-02", rate: "1.3", source: "csv" },
    ]);
    expect(await importRates(ctx, { rates: fileRates, source: "csv", sourceDetail: "rates.csv", onConflict: "replace" })).toEqual({ total: 3, created: 0, replaced: 1, kept: 0, unchanged: 2 });
    const replaced = await getDb().exchangeRate.findFirstOrThrow({ where: { workspaceId: ws.id, fromCurrency: "EUR", toCurrency: "USD", month: periodToDate("2026-01") } });
    expect({ rate: replaced.rate.toString(), source: replaced.source, sourceDetail: replaced.sourceDetail, enteredById: replaced.enteredById }).toEqual({ rate: "1.2", source: "csv", sourceDetail: "rates.csv", enteredById: editor.id });
    expect(replaced.updatedAt.getTime()).toBeGreaterThan(replaced.createdAt.getTime() - 1);
    expect(await importRates(ctx, { rates: fileRates, source: "csv", sourceDetail: "rates.csv" })).toEqual({ total: 3, created: 0, replaced: 0, kept: 0, unchanged: 3 });
    const entries = await audits(ws.id, "exchange-rate.import");
    expect(entries.map((e) => e.after)).toEqual([
      expect.objectContaining({ created: 2, kept: 1, onConflict: "keep", pairs: ["EUR>JPY", "EUR>USD"], from: "2026-01", to: "2026-02" }),
      expect.objectContaining({ replaced: 1, onConflict: "replace", replacedRates: [{ from: "EUR", to: "USD", month: "2026-01", before: "1.1", after: "1.2" }] }),
      expect.objectContaining({ unchanged: 3, onConflict: "fail" }),
    ]);
  });

  it("nothing is written when one rate is bad, or a month is in the list twice", async () => {
    const { editor, ws } = await setUp();
    const ctx = await workspaceContextFor(editor, ws.slug);
    const bad = await appErrorOf(importRates(ctx, { rates: [...fileRates, { from: "EUR", to: "GBP", period: "2026-01", rate: "0" }], source: "csv", sourceDetail: "" }));
    expect(bad).toMatchObject({ code: "INVALID_INPUT", fieldErrors: { file: ["EUR → GBP 2026-01: The rate must be greater than 0"] } });
    const twice = await appErrorOf(importRates(ctx, { rates: [...fileRates, fileRates[0]], source: "csv", sourceDetail: "", onConflict: "replace" }));
    expect(twice).toMatchObject({ code: "INVALID_INPUT", fieldErrors: { file: ["EUR → USD 2026-01: this month is in the file twice"] } });
    expect(await storedRates(ws.id)).toEqual([]);
  });

  it("compares a file with the stored rates without writing", async () => {
    const { editor, ws } = await setUp();
    await seed(ws.id, editor.name);
    const comparison = await rateConflicts(ws.id, [...fileRates, { from: "EUR", to: "USD", period: "2026-01", rate: "1.10" }].slice(1));
    expect(comparison.fresh.map((r) => r.period)).toEqual(["2026-02", "2026-01"]);
    expect(comparison.unchanged).toEqual([{ from: "EUR", to: "USD", period: "2026-01", rate: "1.10" }]);
    expect(comparison.conflicts).toEqual([]);
  });
});

describe("importing a rate file through the page's actions", () => {
  const ECB = ["Date,USD,JPY,", "2026-02-27,1.30,161.0,", "2026-01-30,1.20,160.0,", "2026-01-29,1.10,159.0,", ""].join("\n");

  it("previews the ECB layout (nothing written), then imports it", async () => {
    const { editor, ws } = await setUp();
    await addRate(editor, ws.slug, { from: "EUR", to: "USD", month: "2026-01", rate: "1.1" });
    const input = { workspaceSlug: ws.slug, csvText: ECB, fileName: "eurofxref-hist.csv" };
    const preview = await actAs(editor, () => previewRateImportAction(input));
    expect(preview).toEqual({
      ok: true,
      data: {
        ok: true,
        layout: "ecb-daily",
        source: "ecb",
        total: 4,
        pairs: [
          { from: "EUR", to: "JPY", count: 2, first: "2026-01", last: "2026-02" },
          { from: "EUR", to: "USD", count: 2, first: "2026-01", last: "2026-02" },
        ],
        fresh: 3,
        unchanged: 0,
        conflictCount: 1,
        conflicts: [expect.objectContaining({ from: "EUR", to: "USD", period: "2026-01", existing: "1.1", incoming: "1.15", existingSource: "manual", existingEnteredByName: editor.name })],
      },
    });
    expect(await getDb().exchangeRate.count({ where: { workspaceId: ws.id } })).toBe(1);

    expect(await actAs(editor, () => confirmRateImportAction(input))).toMatchObject({ ok: false, error: "CONFLICT", fieldErrors: { file: ["EUR → USD 2026-01: 1.1 now, 1.15 in the file"] } });
    expect(await getDb().exchangeRate.count({ where: { workspaceId: ws.id } })).toBe(1);
    expect(await actAs(editor, () => confirmRateImportAction({ ...input, onConflict: "replace" }))).toEqual({ ok: true, data: { total: 4, created: 3, replaced: 1, kept: 0, unchanged: 0 } });
    expect(await storedRates(ws.id)).toEqual([
      { pair: "EUR>JPY", month: "2026-01", rate: "159.5", source: "ecb" },
      { pair: "EUR>USD", month: "2026-01", rate: "1.15", source: "ecb" },
      { pair: "EUR>JPY", month: "2026-02", rate: "161", source: "ecb" },
      { pair: "EUR>USD", month: "2026-02", rate: "1.3", source: "ecb" },
    ]);
    // "last": the month's last day instead of its average.
    const last = await actAs(editor, () => previewRateImportAction({ ...input, monthly: "last" }));
    expect(last.ok && last.data.ok && last.data.conflicts.map((c) => `${c.to} ${c.period} ${c.incoming}`)).toEqual(["JPY 2026-01 160", "USD 2026-01 1.2"]);
  });

  it("imports a full ECB history (some 10,000 monthly rates) in one go, and replaces it all again", { timeout: 180_000 }, async () => {
    const { editor, ws } = await setUp();
    const currencies = ["USD", "JPY", "BGN", "CZK", "DKK", "GBP", "HUF", "PLN", "RON", "SEK", "CHF", "ISK", "NOK", "TRY", "AUD", "BRL", "CAD", "CNY", "HKD", "IDR", "ILS", "INR", "KRW", "MXN", "MYR", "NZD", "PHP", "SGD", "THB", "ZAR"];
    const lines = [`Date,${currencies.join(",")},`];
    for (let day = new Date(Date.UTC(2026, 5, 30)); day >= new Date(Date.UTC(1999, 0, 4)); day = new Date(day.getTime() - 86_400_000)) {
      if (day.getUTCDay() === 0 || day.getUTCDay() === 6) continue;
      lines.push(`${day.toISOString().slice(0, 10)},${currencies.map((_, i) => (1 + i / 7 + day.getUTCDate() / 1000).toFixed(4)).join(",")},`);
    }
    const csvText = lines.join("\n");
    const input = { workspaceSlug: ws.slug, csvText, fileName: "eurofxref-hist.csv" };
    const first = await actAs(editor, () => confirmRateImportAction(input));
    expect(first).toMatchObject({ ok: true, data: { total: 30 * 330, created: 30 * 330 } });
    const again = await actAs(editor, () => confirmRateImportAction({ ...input, monthly: "last", onConflict: "replace" }));
    expect(again).toMatchObject({ ok: true, data: { total: 30 * 330, created: 0 } });
    expect(again.ok && again.data.replaced + again.data.unchanged).toBe(30 * 330);
    expect(await getDb().exchangeRate.count({ where: { workspaceId: ws.id, source: "ecb" } })).toBe(30 * 330);
  });

  it("lists a file's problems with their lines in the user's language, and imports nothing", async () => {
    const { editor, ws } = await setUp();
    const csvText = "from,to,month,rate\nUSD,EUR,2026-07,0.92\nUSD,XYZ,2026-07,0.92\nUSD,EUR,2026-08,abc\n";
    const preview = await actAs({ ...editor, locale: "nl" } as User, () => previewRateImportAction({ workspaceSlug: ws.slug, csvText }));
    expect(preview).toMatchObject({ ok: true, data: { ok: false, layout: "plain", problemCount: 2, problems: [{ line: 3, text: expect.stringMatching(/^Regel 3/) }, { line: 4, text: expect.stringMatching(/^Regel 4/) }] } });
    const confirm = await actAs(editor, () => confirmRateImportAction({ workspaceSlug: ws.slug, csvText, onConflict: "replace" }));
    expect(confirm).toMatchObject({ ok: false, error: "INVALID_INPUT", message: "The file has problems; nothing was imported", fieldErrors: { file: [expect.stringMatching(/^Line 3/), expect.stringMatching(/^Line 4/)] } });
    expect(await storedRates(ws.id)).toEqual([]);
  });

  it("refuses a file over 5 MB with a clear message", async () => {
    const { editor, ws } = await setUp();
    const csvText = `from,to,month,rate\n${"USD,EUR,2026-07,0.92\n".repeat(260_000)}`;
    const result = await actAs(editor, () => previewRateImportAction({ workspaceSlug: ws.slug, csvText }));
    expect(result).toMatchObject({ ok: false, error: "INVALID_INPUT", fieldErrors: { csvText: ["The file is larger than 5 MB; split it into smaller files"] } });
  });
});

describe("who may do what", () => {
  const writes = (slug: string, rateId: string): (() => Promise<{ ok: boolean }>)[] => [
    () => saveRateAction({ workspaceSlug: slug, from: "USD", to: "EUR", month: "2026-09", rate: "0.9" }),
    () => saveRateAction({ workspaceSlug: slug, id: rateId, from: "USD", to: "EUR", month: "2026-07", rate: "0.9" }),
    () => deleteRateAction({ workspaceSlug: slug, id: rateId }),
    () => previewRateImportAction({ workspaceSlug: slug, csvText: "from,to,month,rate\nUSD,EUR,2026-07,0.9\n" }),
    () => confirmRateImportAction({ workspaceSlug: slug, csvText: "from,to,month,rate\nUSD,EUR,2026-10,0.9\n" }),
  ];

  it("a viewer reads but may not write: FORBIDDEN, nothing changes", async () => {
    const { owner, viewer, ws } = await setUp();
    await addRate(owner, ws.slug, { from: "USD", to: "EUR", month: "2026-07", rate: "0.924" });
    const [row] = await listRates(ws.id);
    const before = await storedRates(ws.id);
    for (const call of writes(ws.slug, row.id)) expect(await actAs(viewer, call)).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await storedRates(ws.id)).toEqual(before);
    // And the lib refuses a viewer's context too.
    const ctx = await workspaceContextFor(viewer, ws.slug);
    expect(await appErrorOf(importRates(ctx, { rates: [{ from: "USD", to: "EUR", period: "2026-11", rate: "0.9" }], source: "csv", sourceDetail: "" }))).toMatchObject({ code: "FORBIDDEN" });
  });

  it("an outsider gets NOT_FOUND (never data), and an editor of another workspace cannot reach its rates by id", async () => {
    const { owner, outsider, ws } = await setUp();
    await addRate(owner, ws.slug, { from: "USD", to: "EUR", month: "2026-07", rate: "0.924" });
    const [row] = await listRates(ws.id);
    const before = await storedRates(ws.id);
    for (const call of writes(ws.slug, row.id)) {
      const result = await actAs(outsider, call);
      expect(result).toEqual({ ok: false, error: "NOT_FOUND", message: "Not found", fieldErrors: {} });
    }
    const other = await createWorkspace(getDb(), { members: [{ userId: outsider.id, role: "owner" }] });
    const underOwnSlug = writes(other.slug, row.id);
    expect(await actAs(outsider, underOwnSlug[1])).toEqual({ ok: false, error: "NOT_FOUND", message: "Not found", fieldErrors: {} });
    expect(await actAs(outsider, underOwnSlug[2])).toEqual({ ok: false, error: "NOT_FOUND", message: "Not found", fieldErrors: {} });
    expect(await storedRates(ws.id)).toEqual(before);
    expect(await storedRates(other.id)).toEqual([]);
  });
});
