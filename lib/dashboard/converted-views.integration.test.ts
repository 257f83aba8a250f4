import { beforeAll, describe, expect, it } from "vitest";
// First: it replaces "who is signed in" before the actions load the session module.
import { signInAs } from "@/tests/support/session";
import { setOverviewCurrencyAction } from "@/lib/accounts/actions";
import { getDb } from "@/lib/db/client";
import { ISO_CURRENCY_MESSAGE } from "@/lib/shared/currencies";
import { createUser, createWorkspace } from "@/prisma/factories";
import { addInvestment, recordMonths, type Plan } from "@/tests/support/portfolio-writes";
import { countQueries } from "@/tests/support/query-counter";
import { workspaceContextFor } from "@/tests/support/workspace-context";
import { getConsultantOverview } from "./consultant-overview";
import { getMonthView, type MonthView, type MonthViewData } from "./month-view";

// Issue 13 on the consultant overview, the category benchmark and the month view, through
// the real writes, as of 15 April 2026 (January to March are past). Every converted figure
// below is worked out by hand from the rates each workspace holds:
//
// Amsterdam BV (reports in EUR; the consultant owns it), rates EUR→USD 2026-01 1.25, 2026-02 1.1
//   Webshop (EUR, process):   Jan cost €1,100 benefit €500; Feb cost €100 benefit €500
//   US ads (USD, acquisition): Jan cost $5,000 benefit $1,000 → ÷ 1.25 = €4,000 / €800
//                              Feb cost $200.01 benefit $3,000.03 → ÷ 1.1 = 181.827… → €181.83 / €2,727.30
// London Ltd (reports in GBP; the consultant is an editor), rate EUR→GBP 2026-01 0.8
//   Shop fit (GBP, process):   Jan cost £1,000 benefit £200 → ÷ 0.8 = €1,250 / €250
// London's rate table has no USD rate and Amsterdam's no GBP one: each workspace converts
// with its own table.
const TODAY = new Date("2026-04-15T12:00:00Z");
const PLAN: Plan = {
  costs: [{ kind: "recurring", label: "Running cost", monthly: 100 }],
  benefits: [{ kind: "fixed", label: "Orders", monthly: 500 }],
};
const rate = (workspaceId: string, from: string, to: string, period: string, value: string) => ({
  workspaceId,
  fromCurrency: from,
  toCurrency: to,
  month: new Date(`${period}-01T00:00:00Z`),
  rate: value,
  source: "manual",
  enteredByName: "Test",
});

type Consultant = Awaited<ReturnType<typeof createUser>>;
let consultant: Consultant;
const ws = { amsterdam: { id: "", slug: "" }, london: { id: "", slug: "" } };
const investments: Record<string, string> = {};

beforeAll(async () => {
  const db = getDb();
  consultant = await createUser(db, { name: "Cora Consultant" });
  const amsterdam = await createWorkspace(db, { name: "Amsterdam BV", currency: "EUR", members: [{ userId: consultant.id, role: "owner" }] });
  const london = await createWorkspace(db, { name: "London Ltd", currency: "GBP", members: [{ userId: consultant.id, role: "editor" }] });
  ws.amsterdam = { id: amsterdam.id, slug: amsterdam.slug };
  ws.london = { id: london.id, slug: london.slug };
  const inAmsterdam = await workspaceContextFor(consultant, amsterdam.slug);
  const inLondon = await workspaceContextFor(consultant, london.slug);
  const start = { startMonth: "2026-01", horizonMonths: 12, plan: PLAN };
  investments.webshop = await addInvestment(inAmsterdam, { name: "Webshop", category: "process", ...start });
  investments.ads = await addInvestment(inAmsterdam, { name: "US ads", currency: "USD", category: "acquisition", ...start });
  investments.shopFit = await addInvestment(inLondon, { name: "Shop fit", currency: "GBP", category: "process", ...start });
  await recordMonths(inAmsterdam, investments.webshop, [{ month: "2026-01", cost: 1100, benefit: 500 }, { month: "2026-02", cost: 100, benefit: 500 }], TODAY);
  await recordMonths(inAmsterdam, investments.ads, [{ month: "2026-01", cost: 5000, benefit: 1000 }, { month: "2026-02", cost: "200.01", benefit: "3000.03" }], TODAY);
  await recordMonths(inLondon, investments.shopFit, [{ month: "2026-01", cost: 1000, benefit: 200 }], TODAY);
  await db.exchangeRate.createMany({
    data: [rate(amsterdam.id, "EUR", "USD", "2026-01", "1.25"), rate(amsterdam.id, "EUR", "USD", "2026-02", "1.1"), rate(london.id, "EUR", "GBP", "2026-01", "0.8")],
  });
}, 60_000);

const overview = (sort?: Parameters<typeof getConsultantOverview>[1]) => getConsultantOverview(consultant.id, { today: TODAY, sort: "name", direction: "asc", ...sort });
const rowOf = async (name: string) => (await overview()).rows.find((r) => r.name === name)!;

describe("the consultant overview in the consultant's own currency (EUR)", () => {
  it("each workspace's line is in EUR, its other currencies converted with its own rates and listed in their own money", async () => {
    const { currency, rows } = await overview();
    expect(currency).toBe("EUR");
    const [amsterdam, london] = rows;
    // €1,200 + €4,000 + €181.83 invested; €1,000 + €800 + €2,727.30 realised; (4,527.30 − 5,381.83) ÷ 5,381.83.
    expect(amsterdam).toMatchObject({ name: "Amsterdam BV", workspaceCurrency: "EUR", currency: "EUR", investments: 2, countedInvestments: 2, invested: 5381.83, realised: 4527.3, net: -854.53, actualRoiPct: -15.88 });
    expect(amsterdam.otherCurrencies).toEqual([
      expect.objectContaining({ currency: "USD", investments: 1, invested: 5200.01, realised: 4000.03, converted: expect.objectContaining({ currency: "EUR", invested: 4181.83, realised: 3527.3 }) }),
    ]);
    expect(amsterdam.conversion.complete).toBe(true);
    // London reports in pounds; the overview shows its £1,000 / £200 as €1,250 / €250 (÷ 0.8).
    expect(london).toMatchObject({ name: "London Ltd", workspaceCurrency: "GBP", currency: "EUR", invested: 1250, realised: 250, net: -1000, actualRoiPct: -80 });
    expect(london.otherCurrencies).toEqual([expect.objectContaining({ currency: "GBP", invested: 1000, realised: 200, converted: expect.objectContaining({ invested: 1250, realised: 250 }) })]);
    expect(london.conversion).toMatchObject({ complete: true, missing: [] });
    // Forecasts of months without a rate use the latest known one and say so (London: January's).
    expect(london.conversion.fallbacks.every((f) => f.from === "GBP" && f.to === "EUR" && f.usedPeriod === "2026-01")).toBe(true);
  });

  it("one total in EUR: the sum of the converted lines, ROI from the summed money", async () => {
    const { total, rows } = await overview();
    // €5,381.83 + €1,250 = €6,631.83 invested; €4,527.30 + €250 = €4,777.30 realised; −1,854.53 ÷ 6,631.83 = −27.96%.
    expect(total).toMatchObject({ currency: "EUR", workspaces: 2, investments: 3, invested: 6631.83, realised: 4777.3, net: -1854.53, actualRoiPct: -27.96, incomplete: [] });
    expect(total!.conversion.complete).toBe(true);
    expect(total!.atStakeMonthly).toBe(rows.reduce((sum, r) => sum + Math.round(r.atStakeMonthly * 100), 0) / 100);
  });

  it("sorts by the converted figures", async () => {
    const names = async (sort: "net" | "actualRoi", direction: "asc" | "desc") => (await overview({ sort, direction })).rows.map((r) => r.name);
    // Net −€854.53 against −€1,000 (London's −£800 would have come first in its own money).
    expect(await names("net", "desc")).toEqual(["Amsterdam BV", "London Ltd"]);
    expect(await names("net", "asc")).toEqual(["London Ltd", "Amsterdam BV"]);
  });

  it("the benchmark adds the converted amounts per category", async () => {
    const { categories } = await overview();
    // process: Amsterdam's €1,200 / €1,000 and London's €1,250 / €250 → (1,250 − 2,450) ÷ 2,450 = −48.98%.
    // acquisition: the dollars alone, converted: €4,181.83 / €3,527.30 → −15.65%.
    expect(categories).toEqual([
      expect.objectContaining({ category: "acquisition", currency: "EUR", investments: 1, workspaces: 1, invested: 4181.83, realised: 3527.3, actualRoiPct: -15.65, converted: 1, complete: true, missingRates: 0 }),
      expect.objectContaining({ category: "process", currency: "EUR", investments: 2, workspaces: 2, invested: 2450, realised: 1250, actualRoiPct: -48.98, converted: 1, complete: true }),
    ]);
  });

  it("a fixed number of queries, with or without currencies to convert", async () => {
    const loner = await createUser(getDb());
    await createWorkspace(getDb(), { members: [{ userId: loner.id, role: "owner" }] });
    const few = await countQueries(() => getConsultantOverview(loner.id, { today: TODAY }));
    const many = await countQueries(() => overview());
    expect(few.queries).toBe(many.queries);
    // The user and memberships, the freshness check, the rate tables, stored figures, open
    // leaks, the benchmark, the forecast accuracy and the months to convert.
    expect(many.queries).toBe(8);
  });
});

describe("changing the overview currency", () => {
  it("refuses a code that is not ISO 4217 with a field message, and stores a good one", async () => {
    const user = await createUser(getDb());
    signInAs(user);
    expect(await setOverviewCurrencyAction({ currency: "XYZ" })).toMatchObject({ ok: false, fieldErrors: { currency: [ISO_CURRENCY_MESSAGE] } });
    expect(await setOverviewCurrencyAction({ currency: "" })).toMatchObject({ ok: false, fieldErrors: { currency: [ISO_CURRENCY_MESSAGE] } });
    expect(await setOverviewCurrencyAction({ currency: "gbp" })).toEqual({ ok: true, data: { currency: "GBP" } });
    expect((await getDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { overviewCurrency: true } })).overviewCurrency).toBe("GBP");
    signInAs(null);
    expect(await setOverviewCurrencyAction({ currency: "USD" })).toMatchObject({ ok: false, error: "UNAUTHENTICATED" });
  });

  it("in GBP: London's pounds as they are; Amsterdam's euros and dollars need EUR→GBP rates it lacks, so its line is incomplete and names them", async () => {
    signInAs(consultant);
    expect(await setOverviewCurrencyAction({ currency: "GBP" })).toMatchObject({ ok: true });
    signInAs(null);
    const before = await overview();
    expect(before.currency).toBe("GBP");
    const [amsterdam, london] = before.rows;
    expect(london).toMatchObject({ currency: "GBP", invested: 1000, realised: 200, otherCurrencies: [] });
    expect(london.conversion.complete).toBe(true);
    expect(amsterdam.conversion.complete).toBe(false);
    // Amsterdam's table has no GBP rate at all: both currencies' recorded months are named
    // (London's EUR→GBP rate does not count for Amsterdam).
    expect(amsterdam.conversion.missing).toEqual(
      expect.arrayContaining([
        { from: "EUR", to: "GBP", period: "2026-01" },
        { from: "EUR", to: "GBP", period: "2026-02" },
        { from: "USD", to: "GBP", period: "2026-01" },
        { from: "USD", to: "GBP", period: "2026-02" },
      ]),
    );
    expect(amsterdam).toMatchObject({ invested: 0, realised: 0 });
    expect(before.total).toMatchObject({ invested: 1000, realised: 200 });
    expect(before.total!.conversion.complete).toBe(false);
    expect(before.total!.incomplete.map((w) => w.name)).toEqual(["Amsterdam BV"]);
    expect(before.categories.find((c) => c.category === "acquisition")).toMatchObject({ complete: false, invested: 0 });

    // Amsterdam adds EUR→GBP 0.8 (January) and 0.85 (February): its dollars cross through EUR.
    await getDb().exchangeRate.createMany({ data: [rate(ws.amsterdam.id, "EUR", "GBP", "2026-01", "0.8"), rate(ws.amsterdam.id, "EUR", "GBP", "2026-02", "0.85")] });
    const after = await rowOf("Amsterdam BV");
    // Jan: €1,100 × 0.8 = £880; $5,000 ÷ 1.25 × 0.8 = £3,200. Feb: €100 × 0.85 = £85;
    // $200.01 × 0.85 ÷ 1.1 = 154.553… → £154.55. Invested £880 + £85 + £3,200 + £154.55 = £4,319.55.
    // Benefit: €500 × 0.8 + €500 × 0.85 = £825; $1,000 ÷ 1.25 × 0.8 = £640; $3,000.03 × 0.85 ÷ 1.1 =
    // 2,318.205 → £2,318.21 (half-up). Realised £3,783.21.
    expect(after).toMatchObject({ currency: "GBP", invested: 4319.55, realised: 3783.21 });
    expect(after.conversion.complete).toBe(true);
    expect(after.otherCurrencies.map((o) => [o.currency, o.invested, o.converted.invested])).toEqual([
      ["EUR", 1200, 965],
      ["USD", 5200.01, 3354.55],
    ]);
    signInAs(consultant);
    expect(await setOverviewCurrencyAction({ currency: "EUR" })).toMatchObject({ ok: true });
    signInAs(null);
  });
});

describe("a missing rate is per workspace", () => {
  it("the same dollar plan converts in the workspace with the rate, and is incomplete (the rate named for its workspace) in the one without", async () => {
    const db = getDb();
    const user = await createUser(db);
    const withRate = await createWorkspace(db, { name: "Has rates", members: [{ userId: user.id, role: "owner" }] });
    const without = await createWorkspace(db, { name: "No rates", members: [{ userId: user.id, role: "viewer" }] });
    const owner = await createUser(db);
    await db.membership.create({ data: { userId: owner.id, workspaceId: without.id, role: "owner" } });
    for (const [workspace, actor] of [[withRate, user], [without, owner]] as const) {
      const ctx = await workspaceContextFor(actor, workspace.slug);
      const id = await addInvestment(ctx, { name: "Dollar plan", currency: "USD", category: "acquisition", startMonth: "2026-01", horizonMonths: 12, plan: PLAN });
      await recordMonths(ctx, id, [{ month: "2026-01", cost: 1000, benefit: 250 }], TODAY);
    }
    await db.exchangeRate.create({ data: rate(withRate.id, "EUR", "USD", "2026-01", "1.25") });
    const { rows, total, categories } = await getConsultantOverview(user.id, { today: TODAY, sort: "name", direction: "asc" });
    const [has, lacks] = rows;
    expect(has).toMatchObject({ name: "Has rates", invested: 800, realised: 200 });
    expect(has.conversion.complete).toBe(true);
    expect(lacks).toMatchObject({ name: "No rates", role: "viewer", invested: 0, realised: 0 });
    expect(lacks.conversion.complete).toBe(false);
    expect(lacks.conversion.missing).toContainEqual({ from: "USD", to: "EUR", period: "2026-01" });
    expect(lacks.otherCurrencies).toEqual([expect.objectContaining({ currency: "USD", invested: 1000, realised: 250 })]);
    expect(total).toMatchObject({ invested: 800, realised: 200 });
    expect(total!.incomplete).toEqual([expect.objectContaining({ name: "No rates", slug: without.slug })]);
    // Two plans in the category, one of them without its January rate (named once, for its workspace).
    expect(categories).toEqual([expect.objectContaining({ category: "acquisition", investments: 2, invested: 800, complete: false })]);
    expect(categories[0].missingRates).toBeGreaterThanOrEqual(1);
  });
});

function month(view: MonthView): MonthViewData {
  if (view.kind !== "month") throw new Error(`expected a month, got ${view.kind}`);
  return view;
}

describe("the month view in the workspace's reporting currency", () => {
  it("February in Amsterdam: each currency line, its conversion at February's rate, and one total in EUR", async () => {
    const view = month(await getMonthView(ws.amsterdam.id, "2026-02", { today: TODAY }));
    expect(view.realised).toEqual([
      { currency: "EUR", cost: 100, benefit: 500, net: 400, investments: 1 },
      {
        currency: "USD",
        cost: 200.01,
        benefit: 3000.03,
        net: 2800.02,
        investments: 1,
        // $200.01 ÷ 1.1 = €181.83; $3,000.03 ÷ 1.1 = €2,727.30
        converted: { currency: "EUR", cost: 181.83, benefit: 2727.3, net: 2545.47, conversion: { complete: true, missing: [], fallbacks: [] } },
      },
    ]);
    // €100 + €181.83; €500 + €2,727.30
    expect(view.realisedTotal).toEqual({ currency: "EUR", cost: 281.83, benefit: 3227.3, net: 2945.47, investments: 2, conversion: { complete: true, missing: [], fallbacks: [] } });
  });

  it("February against January: the total in EUR and the dollar plan's months beside its own figures", async () => {
    const { changes } = month(await getMonthView(ws.amsterdam.id, "2026-02", { today: TODAY }));
    // January: €1,100 + $5,000 ÷ 1.25 = €5,100 cost, €500 + €800 = €1,300 benefit → ROI −74.51%.
    // Up to February: €5,381.83 cost, €4,527.30 benefit → −15.88% (the overview's Amsterdam line).
    expect(changes.total).toEqual({
      currency: "EUR",
      cost: { current: 281.83, previous: 5100, change: -4818.17 },
      benefit: { current: 3227.3, previous: 1300, change: 1927.3 },
      roi: { current: -15.88, previous: -74.51, changePp: 58.63 },
      recorded: 2,
      previousRecorded: 2,
      conversion: { complete: true, missing: [], fallbacks: [] },
    });
    const usd = changes.totals.find((t) => t.currency === "USD")!;
    expect(usd.cost).toEqual({ current: 200.01, previous: 5000, change: -4799.99 });
    expect(usd.converted).toMatchObject({ currency: "EUR", cost: { current: 181.83, previous: 4000, change: -3818.17 }, benefit: { current: 2727.3, previous: 800, change: 1927.3 } });
    const ads = changes.rows.find((r) => r.name === "US ads")!;
    expect(ads).toMatchObject({ currency: "USD", cost: { current: 200.01, previous: 5000 } });
    expect(ads.converted).toEqual({
      currency: "EUR",
      cost: { current: 181.83, previous: 4000, change: -3818.17 },
      benefit: { current: 2727.3, previous: 800, change: 1927.3 },
      missing: [],
    });
    expect(changes.rows.find((r) => r.name === "Webshop")?.converted).toBeUndefined();
  });

  it("March without a March rate: the dollars are named as missing, not guessed, and left out of the total", async () => {
    const ctx = await workspaceContextFor(consultant, ws.amsterdam.slug);
    await recordMonths(ctx, investments.webshop, [{ month: "2026-03", cost: 100, benefit: 600 }], TODAY);
    await recordMonths(ctx, investments.ads, [{ month: "2026-03", cost: 300, benefit: 900 }], TODAY);
    const view = month(await getMonthView(ws.amsterdam.id, "2026-03", { today: TODAY }));
    const missing = { complete: false, missing: [{ from: "USD", to: "EUR", period: "2026-03" }], fallbacks: [] };
    expect(view.realised[1]).toEqual({ currency: "USD", cost: 300, benefit: 900, net: 600, investments: 1, converted: { currency: "EUR", cost: 0, benefit: 0, net: 0, conversion: missing } });
    // Only the euros: the $300 / $900 are not converted at February's (or any other) rate.
    expect(view.realisedTotal).toEqual({ currency: "EUR", cost: 100, benefit: 600, net: 500, investments: 2, conversion: missing });
    expect(view.changes.total?.conversion).toEqual(missing);
    expect(view.changes.rows.find((r) => r.name === "US ads")?.converted).toMatchObject({ cost: { current: null, previous: 181.83, change: null }, missing: [{ from: "USD", to: "EUR", period: "2026-03" }] });
    // The rate arrives (1 EUR = 1.2 USD): $300 ÷ 1.2 = €250, $900 ÷ 1.2 = €750.
    await getDb().exchangeRate.create({ data: rate(ws.amsterdam.id, "EUR", "USD", "2026-03", "1.2") });
    const fixed = month(await getMonthView(ws.amsterdam.id, "2026-03", { today: TODAY }));
    expect(fixed.realisedTotal).toEqual({ currency: "EUR", cost: 350, benefit: 1350, net: 1000, investments: 2, conversion: { complete: true, missing: [], fallbacks: [] } });
  });
});
