import Decimal from "decimal.js";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { renderLeakMessage } from "@/lib/leaks/leak-messages";
import { acknowledgeLeak } from "@/lib/leaks/mutations";
import type { CurrencyTotals } from "@/lib/portfolio/roll-up";
import { getWorkspacePortfolio } from "@/lib/portfolio/workspace-portfolio";
import { createUser, createWorkspace } from "@/prisma/factories";
import { apiTokenFor, callApi } from "@/tests/support/api";
import { addInvestment, portfolioWorkspace, recordMonths } from "@/tests/support/portfolio-writes";
import { getPortfolio, listWorkspaceLeaks } from "./portfolio";

// Three approved plans (two EUR, one USD) and a EUR draft, seen on 2026-06-15: the API must
// answer with the dashboard's own figures, as exact decimal strings.
const now = new Date("2026-06-15T12:00:00Z");
const PLAN = { costs: [{ kind: "oneTime", label: "Set-up", amount: 1000, month: 1 }], benefits: [{ kind: "fixed", label: "Fee", monthly: 300 }] };
const HORIZON = { startMonth: "2026-01", horizonMonths: 12 };

let setup: Awaited<ReturnType<typeof portfolioWorkspace>>;
let readToken = "";
const ids: Record<string, string> = {};

beforeAll(async () => {
  setup = await portfolioWorkspace({ userName: "Olga Owner" });
  const { ctx } = setup;
  ids.loyalty = await addInvestment(ctx, { name: "Loyalty app", plan: PLAN, ...HORIZON, category: "loyalty" });
  ids.shop = await addInvestment(ctx, { name: "Web shop", plan: PLAN, ...HORIZON });
  ids.dollar = await addInvestment(ctx, { name: "Dollar plan", plan: PLAN, ...HORIZON, currency: "USD" });
  ids.draft = await addInvestment(ctx, { name: "Draft plan", plan: PLAN, ...HORIZON, approve: false });
  // Loyalty: five months far under the forecast of €300 a month (UNDER_FORECAST).
  await recordMonths(
    ctx,
    ids.loyalty,
    ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05"].map((month, i) => ({ month, cost: i === 0 ? "1000.10" : "0", benefit: "50.05" })),
    now,
  );
  // Web shop: April and May were never recorded (MISSING_ACTUALS), acknowledged below.
  await recordMonths(ctx, ids.shop, ["2026-01", "2026-02", "2026-03"].map((month) => ({ month, cost: month === "2026-01" ? "1000" : "0", benefit: "310.33" })), now);
  await recordMonths(ctx, ids.dollar, [{ month: "2026-01", cost: "1000", benefit: "2500" }], now);
  await acknowledgeLeak(ctx, { investmentId: ids.shop, code: "MISSING_ACTUALS", subject: "", reason: "The shop closed for a refit" }, now);
  readToken = await apiTokenFor(setup.owner, setup.ws.id, "read");
});

const params = () => ({ slug: setup.ws.slug });
const money = (value: number) => new Decimal(value).toFixed(2);
const pct = (value: number | null) => (value === null ? null : new Decimal(value).toFixed(2));

/** The dashboard's totals of one currency, written the way the API writes them. */
const asApiTotals = (t: CurrencyTotals) => ({
  currency: t.currency,
  investments: t.investments,
  invested: money(t.invested),
  realised: money(t.realised),
  net: money(t.net),
  actualRoiPct: pct(t.actualRoiPct),
  forecastCost: money(t.forecastCost),
  forecastBenefit: money(t.forecastBenefit),
  forecastRoiPct: pct(t.forecastRoiPct),
  plannedCost: money(t.plannedCost),
  plannedBenefit: money(t.plannedBenefit),
  plannedRoiPct: pct(t.plannedRoiPct),
  payback: t.payback,
  missingMonths: t.missingMonths,
  openLeaks: t.leaks,
  atStakeMonthly: money(t.atStakeMonthly),
  lastActualAt: t.lastActualAt?.toISOString() ?? null,
});

describe("GET /workspaces/{slug}/portfolio", () => {
  it("answers with the dashboard's own figures (same source, same numbers), money as exact decimal strings", async () => {
    const answer = await callApi(getPortfolio, { token: readToken, params: params(), now });
    expect(answer.status).toBe(200);
    const dashboard = await getWorkspacePortfolio(setup.workspace, { today: now });
    expect(answer.json).toEqual({
      period: "2026-06",
      reportingCurrency: "EUR",
      currencies: dashboard.currencies,
      headline: asApiTotals(dashboard.totals.headline),
      otherCurrencies: dashboard.totals.otherCurrencies.map((t) => ({ ...asApiTotals(t), converted: asApiTotals(t.converted) })),
      drafts: dashboard.totals.drafts.map(asApiTotals),
      conversion: {
        complete: dashboard.totals.conversion.complete,
        missing: dashboard.totals.conversion.missing.map((m) => ({ from: m.from, to: m.to, month: m.period })),
        fallbacks: dashboard.totals.conversion.fallbacks.map((f) => ({ from: f.from, to: f.to, rateMonth: f.usedPeriod, months: f.months })),
      },
      investments: dashboard.table.total,
      leaks: { open: dashboard.leaks.openCount, reviewed: dashboard.leaks.reviewedCount },
    });
    // By hand: €1,000.10 + €1,000 invested; 5 × €50.05 + 3 × €310.33 = €250.25 + €930.99 realised.
    // The dollar plan counts too, but without any rate none of its money can be converted: it adds nothing, and says so.
    expect(answer.json.headline).toMatchObject({ currency: "EUR", investments: 3, invested: "2000.10", realised: "1181.24", net: "-818.86" });
    // (1,181.24 − 2,000.10) ÷ 2,000.10 = −40.94%
    expect(answer.json.headline.actualRoiPct).toBe("-40.94");
    expect(answer.json.otherCurrencies).toEqual([
      expect.objectContaining({
        currency: "USD",
        investments: 1,
        invested: "1000.00",
        realised: "2500.00",
        actualRoiPct: "150.00",
        converted: expect.objectContaining({ currency: "EUR", investments: 1, invested: "0.00", realised: "0.00" }),
      }),
    ]);
    // Every month of the dollar plan (2026-01 … 2026-12) lacks a USD → EUR rate.
    expect(answer.json.conversion.complete).toBe(false);
    expect(answer.json.conversion.missing).toEqual(
      Array.from({ length: 12 }, (_, i) => ({ from: "USD", to: "EUR", month: `2026-${String(i + 1).padStart(2, "0")}` })),
    );
    expect(answer.json.conversion.fallbacks).toEqual([]);
    expect(answer.json.drafts).toEqual([expect.objectContaining({ currency: "EUR", investments: 1, invested: "0.00", actualRoiPct: null })]);
    expect(answer.json.investments).toBe(4);
    expect(answer.json.leaks.reviewed).toBe(1);
  });

  it("puts another currency in the headline on request, and never adds amounts it cannot convert", async () => {
    const answer = await callApi(getPortfolio, { token: readToken, params: params(), query: { currency: "USD" }, now });
    expect(answer.status).toBe(200);
    expect(answer.json.reportingCurrency).toBe("USD");
    // The euro plans count, but without EUR → USD rates they add no money.
    expect(answer.json.headline).toMatchObject({ currency: "USD", investments: 3, invested: "1000.00" });
    expect(answer.json.otherCurrencies).toEqual([
      expect.objectContaining({ currency: "EUR", investments: 2, invested: "2000.10", converted: expect.objectContaining({ currency: "USD", invested: "0.00" }) }),
    ]);
    expect(answer.json.conversion).toMatchObject({ complete: false, missing: expect.arrayContaining([{ from: "EUR", to: "USD", month: "2026-01" }]) });
  });

  it("falls back to the workspace's currency for one no investment is in, as the dashboard does", async () => {
    const answer = await callApi(getPortfolio, { token: readToken, params: params(), query: { currency: "JPY" }, now });
    expect(answer.status).toBe(200);
    expect(answer.json.reportingCurrency).toBe("EUR");
  });

  it("refuses a currency that is not ISO 4217 and unknown parameters, naming them", async () => {
    const bad = await callApi(getPortfolio, { token: readToken, params: params(), query: { currency: "EURO" }, now });
    expect(bad.status).toBe(422);
    expect(bad.json.errors).toEqual([{ path: "currency", message: "must be an ISO 4217 currency code such as EUR" }]);
    const unknown = await callApi(getPortfolio, { token: readToken, params: params(), query: { category: "loyalty" }, now });
    expect(unknown.status).toBe(422);
    expect(unknown.json.errors[0].message).toMatch(/category/);
  });

  it("answers 404 to a token of another workspace, and 401 without a token", async () => {
    const stranger = await createUser(getDb());
    const other = await createWorkspace(getDb(), { members: [{ userId: stranger.id, role: "owner" }] });
    const foreign = await apiTokenFor(stranger, other.id, "read");
    const answer = await callApi(getPortfolio, { token: foreign, params: params(), now });
    expect(answer.status).toBe(404);
    expect(answer.text).not.toContain("Loyalty app");
    expect((await callApi(getPortfolio, { token: null, params: params(), now })).status).toBe(401);
  });
});

describe("GET /workspaces/{slug}/leaks", () => {
  it("lists the dashboard's leaks, open ones ranked by money at stake, with the app's sentence in English", async () => {
    const answer = await callApi(listWorkspaceLeaks, { token: readToken, params: params(), now });
    expect(answer.status).toBe(200);
    const { leaks } = await getWorkspacePortfolio(setup.workspace, { today: now, leakLimit: 100, reviewedLeakLimit: 100 });
    expect(answer.json.period).toBe("2026-06");
    expect(answer.json.reportingCurrency).toBe("EUR");
    expect(answer.json.openCount).toBe(leaks.openCount);
    expect(answer.json.open.map((l: { code: string; investment: { id: string } }) => [l.investment.id, l.code])).toEqual(leaks.open.map((l) => [l.investmentId, l.code]));
    expect(answer.json.open.length).toBeGreaterThan(0);
    const stakes = answer.json.open.map((l: { atStakeMonthly: string }) => new Decimal(l.atStakeMonthly));
    for (let i = 1; i < stakes.length; i++) expect(stakes[i - 1].gte(stakes[i])).toBe(true);
    const underForecast = answer.json.open.find((l: { code: string }) => l.code === "UNDER_FORECAST");
    const source = leaks.open.find((l) => l.code === "UNDER_FORECAST")!;
    expect(underForecast).toMatchObject({
      subject: "",
      params: source.params,
      atStakeMonthly: money(source.atStakeMonthly),
      investment: { id: ids.loyalty, name: "Loyalty app", currency: "EUR" },
      message: renderLeakMessage(source, "en", "EUR"),
      review: null,
      // In the reporting currency already: nothing to convert.
      converted: null,
    });
    // The dollar plan's leak has no rate to be converted with: its amount stays, and says so.
    const dollar = answer.json.open.find((l: { investment: { id: string } }) => l.investment.id === ids.dollar);
    expect(dollar.converted).toEqual({ currency: "EUR", atStakeMonthly: null, rateMonth: null, fallback: false });
    expect(underForecast.atStakeMonthly).toMatch(/^\d+\.\d{2}$/);
  });

  it("lists reviewed leaks apart with who reviewed them, why and when", async () => {
    const answer = await callApi(listWorkspaceLeaks, { token: readToken, params: params(), now });
    expect(answer.json.reviewedCount).toBe(1);
    expect(answer.json.reviewed).toEqual([
      expect.objectContaining({
        code: "MISSING_ACTUALS",
        investment: { id: ids.shop, name: "Web shop", currency: "EUR" },
        review: { kind: "acknowledged", reason: "The shop closed for a refit", snoozedUntil: null, by: "Olga Owner", at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) },
      }),
    ]);
    // The dollar plan's missing months were not reviewed: that leak stays open.
    const openMissing = answer.json.open.filter((l: { code: string }) => l.code === "MISSING_ACTUALS").map((l: { investment: { id: string } }) => l.investment.id);
    expect(openMissing).toEqual([ids.dollar]);
  });

  it("writes the sentences in Dutch when Accept-Language asks for nl", async () => {
    const english = await callApi(listWorkspaceLeaks, { token: readToken, params: params(), now });
    const dutch = await callApi(listWorkspaceLeaks, { token: readToken, params: params(), headers: { "Accept-Language": "nl-NL,nl;q=0.9" }, now });
    const { leaks } = await getWorkspacePortfolio(setup.workspace, { today: now });
    const source = leaks.open.find((l) => l.code === "UNDER_FORECAST")!;
    const pick = (json: { open: { code: string; message: string }[] }) => json.open.find((l) => l.code === "UNDER_FORECAST")!.message;
    expect(pick(dutch.json)).toBe(renderLeakMessage(source, "nl", "EUR"));
    expect(pick(dutch.json)).not.toBe(pick(english.json));
  });

  it("cuts each list at limit but still counts all, and refuses a limit out of range", async () => {
    const answer = await callApi(listWorkspaceLeaks, { token: readToken, params: params(), query: { limit: "1" }, now });
    expect(answer.status).toBe(200);
    expect(answer.json.open).toHaveLength(1);
    expect(answer.json.openCount).toBeGreaterThanOrEqual(1);
    for (const limit of ["0", "501", "ten"]) {
      const bad = await callApi(listWorkspaceLeaks, { token: readToken, params: params(), query: { limit }, now });
      expect({ limit, status: bad.status, errors: bad.json.errors }).toEqual({ limit, status: 422, errors: [{ path: "limit", message: "must be a whole number from 1 to 500" }] });
    }
  });
});
