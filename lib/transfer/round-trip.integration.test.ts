import { describe, expect, it } from "vitest";
import { signInAs } from "@/tests/support/session";
import { getDb } from "@/lib/db/client";
import { archiveInvestmentAction, savePlanAction } from "@/lib/investments/actions";
import { acknowledgeLeak } from "@/lib/leaks/mutations";
import { getInvestmentPortfolio } from "@/lib/portfolio/investment-portfolio";
import { importActualsCsvAction, importInvestmentJsonAction, importWorkspaceAction } from "./actions";
import { appErrorOf, workspaceContextFor } from "@/tests/support/workspace-context";
import { exportInvestmentJson, exportWorkspace } from "./export";
import { importInvestmentDocument } from "./import";
import { addKpi, createApprovedTwice, createInvestment, emptyWorkspaceFor as createWorkspaceFor, plan, unwrap, workspaceWithMembers } from "./test-support";

const mapping = { month: "Month", cost: "Cost", benefit: "Benefit", note: "Note" };
const csv = (rows: string) => `Month,Cost,Benefit,Note\n${rows}`;

/** Workspace A: approved plan with 2 versions, KPIs with measurements, actuals under both versions, a driver breakdown, an archived draft. */
async function buildWorkspaceA() {
  const fixture = await workspaceWithMembers();
  const { ws } = fixture;
  const id = await createApprovedTwice(ws.slug);
  await addKpi(ws.id, id, 0);
  await addKpi(ws.id, id, 1);
  // The first actuals make the approved plan active (revision 3 → 4).
  unwrap(await importActualsCsvAction({ workspaceSlug: ws.slug, investmentId: id, csvText: csv("2026-01,12600,0,Go-live\n2026-02,500.10,1234.56,\n"), mapping }));
  unwrap(await savePlanAction({ workspaceSlug: ws.slug, investmentId: id, revision: 4, plan: JSON.stringify(plan), reason: "Back to the original fee" }));
  unwrap(await importActualsCsvAction({ workspaceSlug: ws.slug, investmentId: id, csvText: csv('2026-03,500.10,2000,"Fee, finally"\n'), mapping }));
  await getDb().actualMonth.updateMany({ where: { investmentId: id, note: "Go-live" }, data: { benefitByDriver: { "Saved agency fee": "0.00" } } });
  // February came in through the API (the CSV import wrote the other months).
  await getDb().actualMonth.updateMany({ where: { investmentId: id, note: "" }, data: { source: "api:Zapier" } });
  const archived = await createInvestment(ws.slug, { name: "Old idea", category: "other", startMonth: "2025-06", horizonMonths: 12 });
  unwrap(await archiveInvestmentAction({ workspaceSlug: ws.slug, investmentId: archived }));
  // The rate table: from an ECB file, typed in, and through the API, each with who and when.
  const rate = (from: string, to: string, month: string, value: string, source: string, sourceDetail: string, at: string) => ({
    workspaceId: ws.id,
    fromCurrency: from,
    toCurrency: to,
    month: new Date(`${month}-01T00:00:00Z`),
    rate: value,
    source,
    sourceDetail,
    enteredByName: "Kim",
    createdAt: new Date(at),
    updatedAt: new Date(at),
  });
  await getDb().exchangeRate.createMany({
    data: [
      rate("EUR", "USD", "2026-02", "1.0900", "manual", "", "2026-03-02T09:15:00.000Z"),
      rate("GBP", "EUR", "2026-01", "1.1834567891", "api", "ERP sync", "2026-02-04T07:00:00.000Z"),
      rate("EUR", "USD", "2026-01", "1.0823", "ecb", "eurofxref-hist.csv", "2026-02-03T08:00:00.000Z"),
    ],
  });
  return { ...fixture, id };
}

/** The rates of workspace A as its export writes them: oldest month first, then by pair; exact, without trailing zeros. */
const RATES_A = [
  { from: "EUR", to: "USD", period: "2026-01", rate: "1.0823", source: "ecb", sourceDetail: "eurofxref-hist.csv", enteredByName: "Kim", enteredAt: "2026-02-03T08:00:00.000Z" },
  { from: "GBP", to: "EUR", period: "2026-01", rate: "1.1834567891", source: "api", sourceDetail: "ERP sync", enteredByName: "Kim", enteredAt: "2026-02-04T07:00:00.000Z" },
  { from: "EUR", to: "USD", period: "2026-02", rate: "1.09", source: "manual", sourceDetail: "", enteredByName: "Kim", enteredAt: "2026-03-02T09:15:00.000Z" },
];
const ratesOf = async (workspaceId: string) =>
  (await getDb().exchangeRate.findMany({ where: { workspaceId }, orderBy: [{ month: "asc" }, { fromCurrency: "asc" }] })).map((r) => [r.fromCurrency, r.toCurrency, r.rate.toString()]);

const withoutVolatile = (document: Awaited<ReturnType<typeof exportWorkspace>>) => ({ ...document, exportedAt: null, workspace: null });
const sourcesOf = async (workspaceId: string) =>
  (await getDb().actualMonth.findMany({ where: { workspaceId }, orderBy: { month: "asc" }, select: { source: true } })).map((a) => a.source);

describe("workspace export → import → export", () => {
  it("restores everything into an empty workspace: versions, authors, KPIs, actuals with their plan versions and sources, leak reviews", async () => {
    const { ws: a, editor, id } = await buildWorkspaceA();
    // Months 4 onwards have not been recorded: acknowledged, that leak no longer shows.
    const ctx = await workspaceContextFor(editor, a.slug);
    await acknowledgeLeak(ctx, { investmentId: id, code: "MISSING_ACTUALS", subject: "", reason: "Agency invoices arrive late" });
    await getDb().leakReview.create({
      data: { workspaceId: a.id, investmentId: id, code: "PAYBACK_SLIP", kind: "snoozed", reason: "", snoozedUntil: new Date("2027-03-01T00:00:00Z"), atStakeMonthly: "120.50", createdByName: "Kim", createdAt: new Date("2026-04-01T08:00:00Z") },
    });
    const exportA = await exportWorkspace(a.id);
    expect(exportA.version).toBe(3);
    expect(exportA.exchangeRates).toEqual(RATES_A);
    expect(exportA.investments).toHaveLength(2);
    const [main] = exportA.investments;
    expect(main.versions.map((v) => [v.version, v.reason, v.createdByName])).toEqual([
      [1, "Plan approved", editor.name],
      [2, "Agency raised its fee", editor.name],
      [3, "Back to the original fee", editor.name],
    ]);
    expect(main.actuals.map((x) => [x.period, x.cost, x.planVersion, x.source])).toEqual([
      ["2026-01", "12600.00", 2, "csv"],
      ["2026-02", "500.10", 2, "api:Zapier"],
      ["2026-03", "500.10", 3, "csv"],
    ]);
    expect(main.leakReviews).toEqual([
      { kind: "snoozed", code: "PAYBACK_SLIP", subject: "", reason: "", snoozedUntil: "2027-03-01", atStakeMonthly: "120.50", createdByName: "Kim", createdAt: "2026-04-01T08:00:00.000Z" },
      expect.objectContaining({ kind: "acknowledged", code: "MISSING_ACTUALS", reason: "Agency invoices arrive late", snoozedUntil: null, createdByName: editor.name }),
    ]);
    expect(main.kpis[0]).toMatchObject({ baseline: "1.8", baselineDate: "2025-12-15", measurements: [{ period: "2026-02", value: "2.1" }, { period: "2026-03", value: "2.2345" }] });

    const b = await createWorkspaceFor(editor.id);
    const imported = await importWorkspaceAction({ workspaceSlug: b.slug, json: JSON.stringify(exportA) });
    expect(imported).toEqual({ ok: true, data: { investments: 2, versions: 3, kpis: 2, actuals: 3, exchangeRates: 3 } });
    const exportB = await exportWorkspace(b.id);
    // Rates too: where each came from, who entered it and when.
    expect(withoutVolatile(exportB)).toEqual(withoutVolatile(exportA));
    // Kept by name: the person who entered a rate need not exist here.
    expect(await getDb().exchangeRate.count({ where: { workspaceId: b.id, enteredById: { not: null } } })).toBe(0);
    expect(await sourcesOf(b.id)).toEqual(["csv", "api:Zapier", "csv"]);
    expect(await getDb().auditLog.findFirst({ where: { workspaceId: b.id, action: "workspace.import" } })).toMatchObject({ after: { leakReviews: 2, exchangeRates: 3 } });
    expect(await getDb().auditLog.count({ where: { workspaceId: b.id, action: "workspace.import" } })).toBe(1);
    // The acknowledged leak stays reviewed in the new workspace, as in the old one.
    const reviewedIn = async (workspaceId: string, investmentId: string) => {
      const { leaks } = (await getInvestmentPortfolio({ id: workspaceId }, investmentId)) ?? { leaks: null };
      return { open: leaks?.open.map((l) => l.code), reviewed: leaks?.reviewed.map((l) => [l.code, l.review?.reason]) };
    };
    const mainB = await getDb().investment.findFirstOrThrow({ where: { workspaceId: b.id, name: "AI lead scoring" } });
    const leaksB = await reviewedIn(b.id, mainB.id);
    expect(leaksB.reviewed).toContainEqual(["MISSING_ACTUALS", "Agency invoices arrive late"]);
    expect(leaksB.open).not.toContain("MISSING_ACTUALS");
    expect(leaksB).toEqual(await reviewedIn(a.id, id));

    // A second import would mix two workspaces: refused, nothing added.
    const again = await importWorkspaceAction({ workspaceSlug: b.slug, json: JSON.stringify(exportA) });
    expect(again).toMatchObject({ ok: false, error: "CONFLICT" });
    expect(await getDb().investment.count({ where: { workspaceId: b.id } })).toBe(2);
  });

  it("validates the whole file before writing and names each problem by its path; nothing is written", async () => {
    const { ws: a, editor } = await buildWorkspaceA();
    const broken = structuredClone(await exportWorkspace(a.id));
    broken.investments[0].actuals[0].cost = "-1";
    broken.investments[0].actuals[1].planVersion = 9;
    (broken.investments[0].versions[0].definition as { costs: { amount: number }[] }).costs[0].amount = -5;
    (broken.investments[1].plan as { costs: unknown[] }).costs.push({ kind: "oneTime", label: "Month zero", amount: 1, month: 0 });
    const b = await createWorkspaceFor(editor.id);
    const result = await importWorkspaceAction({ workspaceSlug: b.slug, json: JSON.stringify(broken) });
    expect(result).toMatchObject({ ok: false, error: "INVALID_INPUT" });
    if (!result.ok) expect(Object.keys(result.fieldErrors).sort()).toEqual(["investments.0.actuals.0.cost"]);
    broken.investments[0].actuals[0].cost = "1.00";
    const second = await importWorkspaceAction({ workspaceSlug: b.slug, json: JSON.stringify(broken) });
    if (!second.ok) {
      expect(Object.keys(second.fieldErrors).sort()).toEqual([
        "investments.0.actuals.1.planVersion",
        "investments.0.versions.0.definition.costs.0.amount",
        "investments.1.plan.costs.2.month",
      ]);
    } else throw new Error("expected a failure");
    const notJson = await importWorkspaceAction({ workspaceSlug: b.slug, json: "{ nope" });
    expect(notJson).toMatchObject({ ok: false, fieldErrors: { _file: [expect.stringMatching(/not valid JSON/)] } });
    expect(await getDb().investment.count({ where: { workspaceId: b.id } })).toBe(0);
  });

  it("lets only editors import", async () => {
    const { ws: a, viewer } = await buildWorkspaceA();
    const json = JSON.stringify(await exportWorkspace(a.id));
    const b = await createWorkspaceFor(viewer.id, "viewer");
    signInAs(viewer);
    expect(await importWorkspaceAction({ workspaceSlug: b.slug, json })).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await importInvestmentJsonAction({ workspaceSlug: b.slug, json })).toMatchObject({ ok: false, error: "FORBIDDEN" });
  });

  it("still imports a version 1 file: its months came in with an import, and it has no leak reviews or rates", async () => {
    const { ws: a, editor } = await buildWorkspaceA();
    const { exchangeRates: _rates, ...current } = await exportWorkspace(a.id);
    const investments = current.investments.map(({ leakReviews: _reviews, ...investment }) => ({
      ...investment,
      actuals: investment.actuals.map(({ source: _source, ...month }) => month),
    }));
    const b = await createWorkspaceFor(editor.id);
    const imported = unwrap(await importWorkspaceAction({ workspaceSlug: b.slug, json: JSON.stringify({ ...current, version: 1, investments }) }));
    expect(imported.exchangeRates).toBe(0);
    expect(await sourcesOf(b.id)).toEqual(["import", "import", "import"]);
    expect(await getDb().leakReview.count({ where: { workspaceId: b.id } })).toBe(0);
    expect(await getDb().exchangeRate.count({ where: { workspaceId: b.id } })).toBe(0);
    // A file of a version this app does not know is refused rather than read in part.
    const future = await importWorkspaceAction({ workspaceSlug: b.slug, json: JSON.stringify({ ...current, version: 4, investments: [] }) });
    expect(future).toMatchObject({ ok: false, fieldErrors: { version: ["must be 1, 2 or 3 (this app reads versions 1 to 3)"] } });
  });

  it("adds the file's rates beside a workspace's own: the same rate is left as it is, another refuses the file naming it", async () => {
    const { ws: a, editor } = await buildWorkspaceA();
    const json = JSON.stringify(await exportWorkspace(a.id));
    // B already has January's EUR → USD rate, the very same value: the file's other two are added.
    const b = await createWorkspaceFor(editor.id);
    await getDb().exchangeRate.create({
      data: { workspaceId: b.id, fromCurrency: "EUR", toCurrency: "USD", month: new Date("2026-01-01T00:00:00Z"), rate: "1.08230", source: "manual", enteredByName: "Bo" },
    });
    expect(unwrap(await importWorkspaceAction({ workspaceSlug: b.slug, json }))).toMatchObject({ investments: 2, exchangeRates: 2 });
    expect(await ratesOf(b.id)).toEqual([["EUR", "USD", "1.0823"], ["GBP", "EUR", "1.1834567891"], ["EUR", "USD", "1.09"]]);
    // …and its rate stays its own.
    expect(await getDb().exchangeRate.findFirst({ where: { workspaceId: b.id, source: "manual", enteredByName: "Bo" } })).not.toBeNull();

    // C has another rate for February: nothing is guessed, the whole file is refused, nothing is written.
    const c = await createWorkspaceFor(editor.id);
    await getDb().exchangeRate.create({
      data: { workspaceId: c.id, fromCurrency: "EUR", toCurrency: "USD", month: new Date("2026-02-01T00:00:00Z"), rate: "1.1", source: "manual", enteredByName: "Bo" },
    });
    const refused = await importWorkspaceAction({ workspaceSlug: c.slug, json });
    expect(refused).toEqual({
      ok: false,
      error: "CONFLICT",
      message: "This workspace already has another rate for some months in the file; nothing was imported",
      fieldErrors: { "exchangeRates.2.rate": ["EUR → USD 2026-02: 1.1 now, 1.09 in the file"] },
    });
    expect(await getDb().investment.count({ where: { workspaceId: c.id } })).toBe(0);
    expect(await ratesOf(c.id)).toEqual([["EUR", "USD", "1.1"]]);
  });

  it("names an unknown category and a bad source or leak review by their paths; nothing is written", async () => {
    const { ws: a, editor } = await buildWorkspaceA();
    const broken = structuredClone(await exportWorkspace(a.id));
    (broken.investments[0].header as { category: string }).category = "marketing";
    broken.investments[0].actuals[0].source = "fax";
    broken.investments[0].leakReviews.push({ kind: "ignored" as "snoozed", code: "MISSING_ACTUALS", subject: "", reason: "", snoozedUntil: null, atStakeMonthly: "1.005", createdByName: "", createdAt: "2026-04-01T08:00:00.000Z" });
    broken.exchangeRates[0].rate = "0";
    broken.exchangeRates[1].from = "EURO";
    broken.exchangeRates[2].to = "EUR";
    broken.exchangeRates[2].source = "fax" as "manual";
    const b = await createWorkspaceFor(editor.id);
    const result = await importWorkspaceAction({ workspaceSlug: b.slug, json: JSON.stringify(broken) });
    expect(result).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
      fieldErrors: {
        "investments.0.header.category": ['"marketing" is not a category; use one of acquisition, loyalty, ai_automation, customer_experience, process, product, other'],
        "investments.0.actuals.0.source": ['must be "ui", "csv", "import" or "api:" with the name of an API token'],
        "investments.0.leakReviews.0.kind": [expect.any(String)],
        "investments.0.leakReviews.0.atStakeMonthly": ["must have at most 2 decimals"],
        "exchangeRates.0.rate": ["The rate must be greater than 0"],
        "exchangeRates.1.from": ["must be an ISO 4217 currency code such as EUR"],
        "exchangeRates.2.source": ["must be one of manual, ecb, csv, api, import"],
      },
    });
    // Each rate's own problems first; then a rate of a currency into itself, and a month twice.
    const twice = structuredClone(await exportWorkspace(a.id));
    twice.exchangeRates[1] = { ...twice.exchangeRates[1], to: "GBP" };
    twice.exchangeRates.push({ ...twice.exchangeRates[0], rate: "1.1" });
    const second = await importWorkspaceAction({ workspaceSlug: b.slug, json: JSON.stringify(twice) });
    expect(second).toMatchObject({
      ok: false,
      fieldErrors: { "exchangeRates.1.to": ["Choose two different currencies"], "exchangeRates.3.period": ["this month is in the file twice"] },
    });
    expect(await getDb().investment.count({ where: { workspaceId: b.id } })).toBe(0);
    expect(await getDb().exchangeRate.count({ where: { workspaceId: b.id } })).toBe(0);
  });
});

describe("investment format v1 export → import → export", () => {
  it("round-trips plan, KPIs with measurements and actuals with notes as a new draft", async () => {
    const { ws: a, editor, id } = await buildWorkspaceA();
    const first = await exportInvestmentJson(a.id, id);
    expect(first.filename).toBe("ai-lead-scoring.json");
    const document = JSON.parse(first.body);
    expect(document).toMatchObject({ version: 1, name: "AI lead scoring", category: "ai_automation", description: "Scores inbound leads", ownerName: "Sam", startMonth: "2026-01", horizonMonths: 24 });
    expect(document.actuals[2]).toEqual({ month: 3, cost: "500.1", benefit: "2000", note: "Fee, finally" });

    const b = await createWorkspaceFor(editor.id);
    const created = unwrap(await importInvestmentJsonAction({ workspaceSlug: b.slug, json: first.body }));
    const row = await getDb().investment.findFirstOrThrow({ where: { id: created.id, workspaceId: b.id } });
    expect(row).toMatchObject({ status: "draft", category: "ai_automation", description: "Scores inbound leads", ownerName: "Sam" });
    expect(await sourcesOf(b.id)).toEqual(["import", "import", "import"]);
    expect(JSON.parse((await exportInvestmentJson(b.id, created.id)).body)).toEqual(document);
    expect(await getDb().auditLog.count({ where: { workspaceId: b.id, action: "investment.import", entityId: created.id } })).toBe(1);

    // A file from before category, description and owner were exported still imports.
    const { category: _c, description: _d, ownerName: _o, ...older } = document;
    const old = unwrap(await importInvestmentJsonAction({ workspaceSlug: b.slug, json: JSON.stringify(older) }));
    expect(await getDb().investment.findFirstOrThrow({ where: { id: old.id, workspaceId: b.id } })).toMatchObject({ category: "other", description: "", ownerName: "" });
  });

  it("names an unknown category (and other detail problems) beside the engine's, writing nothing", async () => {
    const { ws } = await workspaceWithMembers();
    const document = { name: "X", category: "marketing", description: "x".repeat(2001), currency: "EUR", startMonth: "2026-01", horizonMonths: 12, costs: [{ kind: "oneTime", label: "A", amount: -1, month: 1 }] };
    const result = await importInvestmentJsonAction({ workspaceSlug: ws.slug, json: JSON.stringify(document) });
    expect(result).toEqual({
      ok: false,
      error: "INVALID_INPUT",
      message: "The file has problems; nothing was imported",
      fieldErrors: {
        "costs.0.amount": ["must not be negative"],
        category: ['"marketing" is not a category; use one of acquisition, loyalty, ai_automation, customer_experience, process, product, other'],
        description: ["must be at most 2000 characters"],
      },
    });
    // Alone, too: the engine is content, the category is not.
    const onlyCategory = await importInvestmentJsonAction({ workspaceSlug: ws.slug, json: JSON.stringify({ ...document, description: "", costs: [] }) });
    expect(onlyCategory).toMatchObject({ ok: false, fieldErrors: { category: [expect.stringMatching(/^"marketing" is not a category/)] } });
    expect(await getDb().investment.count({ where: { workspaceId: ws.id } })).toBe(0);
  });

  it("rejects an invalid document with the engine's paths, and future actuals", async () => {
    const { ws, editor } = await workspaceWithMembers();
    const bad = { name: "X", currency: "EUR", startMonth: "2026-01", horizonMonths: 12, costs: [{ kind: "oneTime", label: "A", amount: -1, month: 1 }] };
    const result = await importInvestmentJsonAction({ workspaceSlug: ws.slug, json: JSON.stringify(bad) });
    expect(result).toMatchObject({ ok: false, error: "INVALID_INPUT", fieldErrors: { "costs.0.amount": ["must not be negative"] } });
    // On 2026-11-20, month 12 (2026-12) has not begun; month 11 has.
    const today = new Date("2026-11-20T10:00:00Z");
    const ctx = await workspaceContextFor(editor, ws.slug);
    const future = { ...bad, costs: [], actuals: [{ month: 12, cost: 1, benefit: 1 }, { month: 1, cost: "1.005", benefit: 0 }] };
    const later = await appErrorOf(importInvestmentDocument(ctx, { json: JSON.stringify(future) }, today));
    expect(later.code).toBe("INVALID_INPUT");
    expect(Object.keys(later.fieldErrors).sort()).toEqual(["actuals.0.month", "actuals.1.cost"]);
    expect(await getDb().investment.count({ where: { workspaceId: ws.id } })).toBe(0);
    // The current month is fine.
    const current = { ...bad, costs: [], actuals: [{ month: 11, cost: 1, benefit: 1 }] };
    await importInvestmentDocument(ctx, { json: JSON.stringify(current) }, today);
    expect(await getDb().actualMonth.count({ where: { workspaceId: ws.id } })).toBe(1);
  });

  it("keeps what a KPI without a stated direction means: target below baseline imports as lower-is-better", async () => {
    const { ws } = await workspaceWithMembers();
    const kpi = (name: string, baseline: number, target: number) => ({ name, unit: "", baseline, target, measurements: [] });
    const document = { name: "Support", currency: "EUR", startMonth: "2026-01", horizonMonths: 12, costs: [], benefits: [], kpis: [kpi("Tickets", 120, 80), kpi("NPS", 20, 40)] };
    const created = unwrap(await importInvestmentJsonAction({ workspaceSlug: ws.slug, json: JSON.stringify(document) }));
    const kpis = await getDb().kpi.findMany({ where: { investmentId: created.id, workspaceId: ws.id }, orderBy: { position: "asc" }, select: { name: true, direction: true } });
    expect(kpis).toEqual([{ name: "Tickets", direction: "down" }, { name: "NPS", direction: "up" }]);
  });
});
