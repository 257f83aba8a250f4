import Decimal from "decimal.js";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createUser, createWorkspace } from "@/prisma/factories";
import { DEMO_LOGIN, seedDemo } from "@/prisma/seed";
import { DEMO_USD_RATES } from "@/prisma/seed-investments";
import { getWorkspacePortfolio } from "@/lib/portfolio/workspace-portfolio";
import { copyInvestments } from "@/tests/support/copy-investments";
import { countQueries } from "@/tests/support/query-counter";
import { getConsultantOverview } from "./consultant-overview";

const today = new Date("2026-11-15T12:00:00Z");
let consultantId = "";

beforeAll(async () => {
  await seedDemo(getDb(), { today });
  consultantId = (await getDb().user.findUniqueOrThrow({ where: { email: DEMO_LOGIN.email } })).id;
});

const rowOf = async (slug: string) => (await getConsultantOverview(consultantId, { today })).rows.find((r) => r.slug === slug)!;

describe("consultant overview of the demo consultant (figures checked by hand)", () => {
  it("lists every workspace the consultant belongs to, the viewer membership included, by money at stake (in euros)", async () => {
    const { rows, sort } = await getConsultantOverview(consultantId, { today });
    expect(sort).toEqual({ sort: "atStake", direction: "desc" });
    expect(rows.map((r) => [r.name, r.role, r.investments])).toEqual([
      ["Fietsenwinkel Jansen", "owner", 2],
      ["Bakkerij De Vries", "owner", 3],
      ["Vertaalbureau Lingua", "owner", 2],
      ["Webshop Noord", "viewer", 1],
    ]);
    const stakes = rows.map((r) => r.atStakeMonthly);
    expect(stakes).toEqual([...stakes].sort((a, b) => b - a));
  });

  it("Webshop Noord: invested €4,800, realised €10,560, 120% actual against 100% forecast", async () => {
    // Abandoned-cart e-mails, 12 recorded months, cost factor 1, benefit factor 1.1:
    // cost      = €3,000 set-up + 12 × €150 platform                         = €4,800
    // forecast  = €160,000 × 2% uplift × 30% margin = €960 a month from month 2, ramped over
    //             2 months (⅓, ⅔, full): €320 + €640 + 9 × €960            = €9,600
    // realised  = 1.1 × €9,600                                              = €10,560
    // ROI       = (10,560 − 4,800) ÷ 4,800 = 120%; forecast (9,600 − 4,800) ÷ 4,800 = 100%
    expect(await rowOf("webshop-noord")).toMatchObject({
      invested: 4800,
      realised: 10560,
      net: 5760,
      actualRoiPct: 120,
      forecastRoiPct: 100,
      openLeaks: 0,
      atStakeMonthly: 0,
      missingMonths: 0,
    });
  });

  it("Fietsenwinkel Jansen: invested €55,380 (Google Ads €45,720 + landing page €9,660)", async () => {
    // Google Ads: 12 customers × €200 CAC = €2,400 a month; cost factor 1.05 in months 1–4 and
    //   1.35 in months 5–15: 4 × €2,520 + 11 × €3,240 = €10,080 + €35,640 = €45,720.
    //   Benefit 12 × €1,000 LTV = €12,000 a month; 4 × €12,000 + 11 × 0.9 × €12,000 = €166,800.
    // Landing page: €7,500 build + 12 × €180 hosting = €9,660. Benefit 110 extra orders × €80 ×
    //   40% = €3,520 a month from month 2, ramped (€1,173.33, €2,346.67, then €3,520); recorded at
    //   30% up to month 5 and nothing after: €352 + €704 + €1,056 + €1,056 = €3,168.
    const row = await rowOf("fietsenwinkel-jansen");
    expect(row).toMatchObject({ invested: 55380, realised: 169968, net: 114588, actualRoiPct: 206.91, missingMonths: 0 });
  });

  it("the bakery row tells the same story as the bakery's own dashboard", async () => {
    // 1.02 × €25,856 (loyalty) + €17,160 (AI) + €6,545 (order form) = €50,078.12 invested;
    // 2 months missing: the order form's months 6 and 7 were never recorded (11 of 13).
    const row = await rowOf("bakkerij-de-vries");
    expect(row).toMatchObject({ invested: 50078.12, realised: 73803, net: 23724.88, actualRoiPct: 47.38, missingMonths: 2 });
    const { totals, leaks } = await getWorkspacePortfolio({ id: row.workspaceId, currency: "EUR" }, { today });
    expect(row).toMatchObject({ currency: "EUR", otherCurrencies: [], drafts: 0, countedInvestments: 3 });
    expect(row.forecastRoiPct).toBe(totals.headline.forecastRoiPct);
    expect(row.payback).toEqual(totals.headline.payback);
    expect(row.openLeaks).toBe(totals.headline.leaks);
    expect(row.openLeaks).toBe(leaks.openCount);
    expect(row.atStakeMonthly).toBe(totals.headline.atStakeMonthly);
    expect(row.atStakeMonthly).toBe(leaks.open.reduce((sum, l) => sum + Math.round(l.atStakeMonthly * 100), 0) / 100);
    expect(row.lastUpdate).toBeInstanceOf(Date);
  });

  it("Vertaalbureau Lingua: its dollar platform converted month by month at each month's own rate", async () => {
    // The portal in euros: €9,000 build + 11 × €120 hosting = €10,320. The platform in dollars:
    // $12,000 + $890 in its first month, $890 in each of the eleven after = $22,680, each month
    // divided by that month's EUR→USD rate and rounded to the cent: €20,613.10.
    const converted = DEMO_USD_RATES.reduce((sum, rate, i) => sum.plus(new Decimal(i === 0 ? 12890 : 890).div(rate).toDecimalPlaces(2, Decimal.ROUND_HALF_UP)), new Decimal(0));
    expect(converted.toNumber()).toBe(20613.1);
    const row = await rowOf("vertaalbureau-lingua");
    expect(row).toMatchObject({ currency: "EUR", workspaceCurrency: "EUR", investments: 2, invested: 30933.1, missingMonths: 0 });
    expect(row.otherCurrencies).toEqual([expect.objectContaining({ currency: "USD", investments: 1, invested: 22680, converted: expect.objectContaining({ currency: "EUR", invested: 20613.1 }) })]);
    // Every recorded month had its rate; the plan's later months use the latest (a fallback, said so).
    expect(row.conversion.complete).toBe(true);
    expect(row.conversion.fallbacks.map((f) => [f.from, f.to])).toEqual([["USD", "EUR"]]);
  });

  it("the total row sums exactly and takes ROI from the summed cost and benefit, not an average", async () => {
    const { total, rows, currency } = await getConsultantOverview(consultantId, { today });
    expect(currency).toBe("EUR");
    // €50,078.12 + €55,380 + €4,800 + €30,933.10 = €141,191.22 invested;
    // €73,803 + €169,968 + €10,560 + €64,220 = €318,551 realised.
    // ROI = 177,359.78 ÷ 141,191.22 = 125.62% (the average of the four rows would be 120.48%).
    expect(total).toMatchObject({ currency: "EUR", workspaces: 4, investments: 8, invested: 141191.22, realised: 318551, net: 177359.78, actualRoiPct: 125.62, missingMonths: 2, incomplete: [] });
    expect(rows.find((r) => r.slug === "vertaalbureau-lingua")).toMatchObject({ realised: 64220 });
    expect(total!.conversion.complete).toBe(true);
    expect(total!.openLeaks).toBe(rows.reduce((n, r) => n + r.openLeaks, 0));
    expect(total!.atStakeMonthly).toBe(rows.reduce((sum, r) => sum + Math.round(r.atStakeMonthly * 100), 0) / 100);
    expect(total!.lastUpdate?.getTime()).toBe(Math.max(...rows.map((r) => r.lastUpdate!.getTime())));
  });

  it("ROI by category across clients: loyalty 47.60% against 48.51% forecast", async () => {
    const { categories } = await getConsultantOverview(consultantId, { today });
    // Loyalty (bakery only): 16 months of €1,616 forecast cost (€25,856) at factor 1.02 = €26,373.12;
    // benefit forecast €2,400 a month, recorded at 0.9 for months 1–3 and 1.04 after:
    // 3 × €2,160 + 13 × €2,496 = €38,928 → (38,928 − 26,373.12) ÷ 26,373.12 = 47.60%;
    // forecast (16 × €2,400 − €25,856) ÷ €25,856 = 12,544 ÷ 25,856 = 48.51%.
    expect(categories.find((c) => c.category === "loyalty")).toMatchObject({ investments: 1, workspaces: 1, invested: 26373.12, realised: 38928, actualRoiPct: 47.6, forecastRoiPct: 48.51 });
  });

  it("customer experience spans two clients; its ROI comes from summed figures (−5.06%), not the mean (26.40%)", async () => {
    const { categories } = await getConsultantOverview(consultantId, { today });
    // Landing page (bikes) €9,660 cost / €3,168 benefit = −67.20%; cart e-mails (webshop, a viewer
    // membership) €4,800 / €10,560 = 120%. Together (13,728 − 14,460) ÷ 14,460 = −5.06%.
    // Forecast: (€35,200 + €9,600 − €14,460) ÷ €14,460 = 30,340 ÷ 14,460 = 209.82%.
    expect(categories.find((c) => c.category === "customer_experience")).toMatchObject({
      investments: 2,
      workspaces: 2,
      invested: 14460,
      realised: 13728,
      actualRoiPct: -5.06,
      forecastRoiPct: 209.82,
    });
    expect(categories.map((c) => c.category)).toEqual(["acquisition", "ai_automation", "loyalty", "process", "customer_experience"]);
  });

  it("AI automation adds the bakery's euros and the agency's dollars converted: €17,160 + €20,613.10", async () => {
    const { categories } = await getConsultantOverview(consultantId, { today });
    expect(categories.find((c) => c.category === "ai_automation")).toMatchObject({ currency: "EUR", investments: 2, workspaces: 2, invested: 37773.1, converted: 1, complete: true });
  });

  it("a client sees only their own workspace: the cross-client benchmark is the consultant's alone", async () => {
    const client = await getDb().user.findUniqueOrThrow({ where: { email: "eigenaar@webshop-noord.local" } });
    const { rows, total, categories } = await getConsultantOverview(client.id, { today });
    expect(rows.map((r) => [r.name, r.role])).toEqual([["Webshop Noord", "owner"]]);
    expect(total).toMatchObject({ workspaces: 1, invested: 4800, realised: 10560 });
    expect(categories).toEqual([expect.objectContaining({ category: "customer_experience", investments: 1, workspaces: 1, actualRoiPct: 120 })]);
  });

  it("sorts by any whitelisted column, both ways", async () => {
    const names = async (sort: Parameters<typeof getConsultantOverview>[1]) => (await getConsultantOverview(consultantId, { today, ...sort })).rows.map((r) => r.name);
    expect(await names({ sort: "actualRoi", direction: "asc" })).toEqual(["Bakkerij De Vries", "Vertaalbureau Lingua", "Webshop Noord", "Fietsenwinkel Jansen"]);
    expect(await names({ sort: "name", direction: "desc" })).toEqual(["Webshop Noord", "Vertaalbureau Lingua", "Fietsenwinkel Jansen", "Bakkerij De Vries"]);
    expect(await names({ sort: "role", direction: "asc" })).toEqual(["Bakkerij De Vries", "Fietsenwinkel Jansen", "Vertaalbureau Lingua", "Webshop Noord"]);
    expect(await names({ sort: "missingMonths", direction: "desc" })).toEqual(["Bakkerij De Vries", "Fietsenwinkel Jansen", "Vertaalbureau Lingua", "Webshop Noord"]);
  });

  it("runs a fixed number of queries, whatever the number of workspaces and investments", async () => {
    const db = getDb();
    const newcomer = await createUser(db);
    await createWorkspace(db, { members: [{ userId: newcomer.id, role: "owner" }] });
    const small = await countQueries(() => getConsultantOverview(newcomer.id, { today }));
    const { queries: many } = await countQueries(() => getConsultantOverview(consultantId, { today }));
    expect(small.result.rows).toHaveLength(1);
    expect(small.result.investments).toBe(0);
    expect(small.queries).toBe(many);
    // the user and memberships, the freshness check, the rate tables, stored figures, open
    // leaks, the category benchmark, the stored forecast accuracy, the months to convert
    // (with 3 against 30 investments: month-overview-queries.integration.test.ts)
    expect(many).toBe(8);
    const loner = await createUser(db);
    const none = await countQueries(() => getConsultantOverview(loner.id, { today }));
    expect(none.result.rows).toEqual([]);
    expect(none.queries).toBe(1);
  });

  // Issue 13 changed this outcome: dollars are no longer kept apart in a total of their own but
  // converted into the overview currency with each workspace's rates. Without any rate they
  // add nothing, and each workspace names the rates it lacks (worked figures with rates:
  // converted-views.integration.test.ts).
  it("converts other currencies with each workspace's own rates (here: none, so incomplete); drafts only counted", async () => {
    const db = getDb();
    const user = await createUser(db);
    const bakery = await db.workspace.findUniqueOrThrow({ where: { slug: "bakkerij-de-vries" } });
    const eur = await createWorkspace(db, { name: "Mixed BV", members: [{ userId: user.id, role: "owner" }] });
    const usd = await createWorkspace(db, { name: "Yankee Inc", currency: "USD", members: [{ userId: user.id, role: "editor" }] });
    await copyInvestments(db, { from: bakery.id, to: eur.id, only: ["Spaarprogramma vaste klanten"] });
    await copyInvestments(db, { from: bakery.id, to: eur.id, only: ["AI-marketingtool"], currency: "USD" });
    await copyInvestments(db, { from: bakery.id, to: eur.id, only: ["Online bestelformulier"], status: "draft" });
    await copyInvestments(db, { from: bakery.id, to: usd.id, only: ["AI-marketingtool"], currency: "USD" });
    const { rows, total, categories, investments } = await getConsultantOverview(user.id, { today, sort: "name", direction: "asc" });
    expect(investments).toBe(4);
    const [mixed, yankee] = rows;
    // Mixed BV: the loyalty programme in euros (1.02 × €25,856 = €26,373.12 invested, €38,928 realised);
    // the AI tool's dollars on a line of their own, adding nothing without rates; the draft order form in no figure.
    expect(mixed).toMatchObject({ name: "Mixed BV", currency: "EUR", workspaceCurrency: "EUR", investments: 2, countedInvestments: 2, drafts: 1, invested: 26373.12, realised: 38928, actualRoiPct: 47.6 });
    expect(mixed.otherCurrencies).toEqual([expect.objectContaining({ currency: "USD", investments: 1, invested: 17160, converted: expect.objectContaining({ currency: "EUR", invested: 0 }) })]);
    expect(mixed.conversion.complete).toBe(false);
    expect(mixed.conversion.missing.every((m) => m.from === "USD" && m.to === "EUR")).toBe(true);
    // Yankee Inc reports in dollars; in the consultant's euros it is incomplete too.
    expect(yankee).toMatchObject({ name: "Yankee Inc", currency: "EUR", workspaceCurrency: "USD", investments: 1, invested: 0, drafts: 0 });
    expect(yankee.otherCurrencies).toEqual([expect.objectContaining({ currency: "USD", invested: 17160 })]);
    expect(yankee.conversion.complete).toBe(false);
    // One total, in euros: nothing is added as it is.
    expect(total).toMatchObject({ currency: "EUR", workspaces: 2, investments: 3, invested: 26373.12 });
    expect(total!.incomplete.map((w) => w.name)).toEqual(["Mixed BV", "Yankee Inc"]);
    // The benchmark: counted plans only (no draft "process" category), in euros; the AI tools' category is incomplete.
    expect(categories).toHaveLength(2);
    expect(categories.map((c) => [c.category, c.currency, c.investments, c.workspaces, c.complete])).toEqual(
      expect.arrayContaining([
        ["loyalty", "EUR", 1, 1, true],
        ["ai_automation", "EUR", 2, 2, false],
      ]),
    );
  });

  it("only counts leaks that are still open after a review", async () => {
    const before = await rowOf("bakkerij-de-vries");
    const orderForm = await getDb().investment.findFirstOrThrow({ where: { workspaceId: before.workspaceId, name: "Online bestelformulier" } });
    await getDb().leakReview.create({
      data: { workspaceId: before.workspaceId, investmentId: orderForm.id, code: "MISSING_ACTUALS", kind: "acknowledged", reason: "Shop was closed", atStakeMonthly: "900" },
    });
    const after = await rowOf("bakkerij-de-vries");
    expect(after.openLeaks).toBe(before.openLeaks - 1);
    expect(after.atStakeMonthly).toBe(before.atStakeMonthly - 900); // the €900 a month of the missing order-form months
  });
});
