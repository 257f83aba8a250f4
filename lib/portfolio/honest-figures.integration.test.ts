import { beforeAll, describe, expect, it } from "vitest";
// First: it replaces "who is signed in" before the actions load the session module.
import { signInAs } from "@/tests/support/session";
import { getDb } from "@/lib/db/client";
import { createInvestmentAction } from "@/lib/investments/actions";
import { evaluateInvestment } from "@/lib/investments/evaluate-investment";
import { currentPeriod, periodOfMonthNumber } from "@/lib/investments/months";
import { getInvestmentDetail } from "@/lib/investments/queries";
import { hasLeakParams } from "@/lib/leaks/leak-params";
import { renderLeakMessage } from "@/lib/leaks/leak-messages";
import { acknowledgeLeak, snoozeLeak } from "@/lib/leaks/mutations";
import type { Leak } from "@/lib/roi";
import { ISO_CURRENCY_MESSAGE } from "@/lib/shared/currencies";
import { importInvestmentDocument } from "@/lib/transfer/import";
import {
  addInvestment,
  portfolioWorkspace,
  recordMonths,
  reforecast,
  type Plan,
} from "@/tests/support/portfolio-writes";
import { appErrorOf } from "@/tests/support/workspace-context";
import { paybackStatusOf, PAYBACK_STATUSES, type PaybackStatus } from "./payback";
import { assembleTotals, emptyTally } from "./roll-up";
import { getWorkspacePortfolio, type WorkspacePortfolio } from "./workspace-portfolio";

// Each misleading figure of the issue, reproduced through the real writes and read back
// through getWorkspacePortfolio, as of 15 November 2026 (November is the current month:
// October and earlier are past). Each block has its own workspace. The writes evaluate the
// stored figures as of the clock; each read with `today` re-evaluates them for that month
// first (ensureFreshFigures), so nothing here depends on the date the tests run.
const TODAY = new Date("2026-11-15T12:00:00Z");
const ONE_SCENARIO = { conservative: 1, expected: 1, optimistic: 1 };

const rowOf = (p: WorkspacePortfolio, name: string) => {
  const row = p.table.rows.find((r) => r.name === name);
  if (!row) throw new Error(`no row ${name} in ${p.table.rows.map((r) => r.name).join(", ")}`);
  return row;
};
const leaksOf = (list: WorkspacePortfolio["leaks"]["open"], name: string) =>
  list.filter((l) => l.investmentName === name).map((l) => l.code);

describe("1. an investment in another currency is added only converted, at its own months' rates", () => {
  let s: Awaited<ReturnType<typeof portfolioWorkspace>>;
  beforeAll(async () => {
    s = await portfolioWorkspace();
    const webshop = await addInvestment(s.ctx, {
      name: "Webshop",
      startMonth: "2026-01",
      horizonMonths: 12,
      plan: {
        costs: [
          { kind: "oneTime", label: "Build", amount: 1000, month: 1 },
          { kind: "recurring", label: "Hosting", monthly: 100 },
        ],
        benefits: [{ kind: "fixed", label: "Orders", monthly: 500 }],
      },
    });
    await recordMonths(
      s.ctx,
      webshop,
      [
        { month: "2026-01", cost: 1100, benefit: 500 },
        { month: "2026-02", cost: 100, benefit: 500 },
        { month: "2026-03", cost: 100, benefit: 500 },
      ],
      TODAY,
    );
    const ads = await addInvestment(s.ctx, {
      name: "US ads",
      currency: "USD",
      category: "acquisition",
      startMonth: "2026-01",
      horizonMonths: 12,
      plan: {
        costs: [{ kind: "oneTime", label: "Campaign", amount: 50000, month: 1 }],
        benefits: [{ kind: "fixed", label: "Leads", monthly: 6000 }],
      },
    });
    await recordMonths(s.ctx, ads, [{ month: "2026-01", cost: 50000, benefit: 1000 }], TODAY);
    // 1 EUR = 1.25 USD in January, February and March; no rate after March.
    await getDb().exchangeRate.createMany({
      data: [1, 2, 3].map((m) => ({ workspaceId: s.ws.id, fromCurrency: "EUR", toCurrency: "USD", month: new Date(Date.UTC(2026, m - 1, 1)), rate: "1.25", source: "manual", enteredByName: "Test" })),
    });
  });

  it("the EUR headline adds the dollars converted (USD 50,000 ÷ 1.25 = €40,000), never as they are; USD keeps its own sums too", async () => {
    const p = await getWorkspacePortfolio(s.workspace, { today: TODAY });
    // Invested €1,300 + €40,000 and realised €1,500 + €800 (USD 1,000 ÷ 1.25) → −94.43%;
    // the plan: €2,200 + €40,000 cost, €6,000 + 12 × USD 6,000 ÷ 1.25 = €63,600 benefit.
    expect(p.totals.headline).toMatchObject({
      currency: "EUR",
      investments: 2,
      invested: 41300,
      realised: 2300,
      net: -39000,
      actualRoiPct: -94.43,
      plannedCost: 42200,
      plannedBenefit: 63600,
    });
    // The recorded month had its rate; April to December's plan (9 months) used March's, the latest known.
    expect(p.totals.conversion).toEqual({ complete: true, missing: [], fallbacks: [{ from: "USD", to: "EUR", usedPeriod: "2026-03", months: 9 }] });
    expect(p.totals.otherCurrencies).toEqual([
      expect.objectContaining({
        currency: "USD",
        investments: 1,
        invested: 50000,
        realised: 1000,
        net: -49000,
        actualRoiPct: -98,
        plannedCost: 50000,
        plannedBenefit: 72000,
      }),
    ]);
    expect(p.totals.drafts).toEqual([]);
    expect([...p.currencies].sort()).toEqual(["EUR", "USD"]);
    expect(rowOf(p, "US ads")).toMatchObject({ currency: "USD", invested: 50000, counted: true });
  });

  it("the chart is in EUR with the dollars converted: March's measured ROI is (2,300 − 41,300) ÷ 41,300", async () => {
    const p = await getWorkspacePortfolio(s.workspace, { today: TODAY });
    expect(p.chart.currency).toBe("EUR");
    expect(p.chart.points.find((pt) => pt.period === "2026-03")?.actual).toBe(-94.43);
    // The band is both plans: €42,200 cost and €63,600 benefit over the year → 50.71%.
    expect(p.chart.points.at(-1)).toMatchObject({ period: "2026-12", expected: 50.71 });
  });

  it("asked for USD, the headline is the dollars plus the euros at × 1.25, and EUR goes apart", async () => {
    const p = await getWorkspacePortfolio(s.workspace, { today: TODAY, reportingCurrency: "USD" });
    // USD 50,000 + €1,300 × 1.25; USD 1,000 + €1,500 × 1.25
    expect(p.totals.headline).toMatchObject({ currency: "USD", invested: 51625, realised: 2875 });
    expect(p.totals.otherCurrencies.map((t) => [t.currency, t.invested])).toEqual([["EUR", 1300]]);
    expect(p.chart.currency).toBe("USD");
    // January: (USD 1,000 + €500 × 1.25) against (USD 50,000 + €1,100 × 1.25) = 1,625 ÷ 51,375 − 1
    expect(p.chart.points.find((pt) => pt.period === "2026-01")?.actual).toBe(-96.84);
  });

  it("refuses a currency that is not ISO 4217 (XYZ) when creating an investment, and in an imported document", async () => {
    signInAs(s.owner);
    const before = await getDb().investment.count({ where: { workspaceId: s.ws.id } });
    const refused = await createInvestmentAction({
      workspaceSlug: s.ws.slug,
      name: "Mystery money",
      category: "other",
      startMonth: "2026-01",
      horizonMonths: 12,
      currency: "XYZ",
      plan: "{}",
    });
    expect(refused).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
      fieldErrors: { currency: [ISO_CURRENCY_MESSAGE] },
    });
    const document = {
      name: "Mystery",
      currency: "XYZ",
      startMonth: "2026-01",
      horizonMonths: 12,
      costs: [],
      benefits: [],
    };
    const error = await appErrorOf(importInvestmentDocument(s.ctx, { json: JSON.stringify(document) }, TODAY));
    expect(error.code).toBe("INVALID_INPUT");
    expect(JSON.stringify(error.fieldErrors)).toContain("currency");
    expect(await getDb().investment.count({ where: { workspaceId: s.ws.id } })).toBe(before);
    // A real code in lower case is accepted, in capitals.
    const accepted = await createInvestmentAction({
      workspaceSlug: s.ws.slug,
      name: "Pounds",
      category: "other",
      startMonth: "2026-01",
      horizonMonths: 12,
      currency: "gbp",
      plan: "{}",
    });
    expect(accepted.ok).toBe(true);
    if (accepted.ok)
      expect((await getDb().investment.findUniqueOrThrow({ where: { id: accepted.data.id } })).currency).toBe("GBP");
  });
});

describe("2. a draft plan is not counted: not in the forecast ROI, the band, nor Invested", () => {
  let s: Awaited<ReturnType<typeof portfolioWorkspace>>;
  let importedId = "";
  beforeAll(async () => {
    s = await portfolioWorkspace();
    const loyalty = await addInvestment(s.ctx, {
      name: "Loyalty",
      category: "loyalty",
      startMonth: "2026-01",
      horizonMonths: 12,
      plan: {
        costs: [{ kind: "oneTime", label: "Cards", amount: 1000, month: 1 }],
        benefits: [{ kind: "fixed", label: "Repeat visits", monthly: 500 }],
      },
    });
    await recordMonths(
      s.ctx,
      loyalty,
      [
        { month: "2026-01", cost: 1000, benefit: 500 },
        { month: "2026-02", cost: 0, benefit: 500 },
      ],
      TODAY,
    );
    // A dream that was never approved: 90,000 for 100 a month.
    await addInvestment(s.ctx, {
      name: "Dream",
      approve: false,
      startMonth: "2026-01",
      horizonMonths: 12,
      plan: {
        costs: [{ kind: "oneTime", label: "Everything", amount: 90000, month: 1 }],
        benefits: [{ kind: "fixed", label: "Hope", monthly: 100 }],
      },
    });
    // An imported document is a draft, and it can bring actuals.
    const document = {
      name: "Imported pilot",
      currency: "EUR",
      startMonth: "2026-01",
      horizonMonths: 12,
      costs: [{ kind: "oneTime", label: "Pilot", amount: 7000, month: 1 }],
      benefits: [{ kind: "fixed", label: "Pilot savings", monthly: 200 }],
      actuals: [
        { month: 1, cost: 7000, benefit: 0 },
        { month: 2, cost: 0, benefit: 100 },
      ],
    };
    importedId = (await importInvestmentDocument(s.ctx, { json: JSON.stringify(document) }, TODAY)).id;
  });

  it("the imported investment is a draft with its actuals", async () => {
    const imported = await getDb().investment.findUniqueOrThrow({
      where: { id: importedId },
      include: { actuals: true },
    });
    expect(imported.status).toBe("draft");
    expect(imported.actuals).toHaveLength(2);
  });

  it("the headline counts the approved plan only; the drafts are totalled apart", async () => {
    const p = await getWorkspacePortfolio(s.workspace, { today: TODAY });
    expect(p.totals.headline).toMatchObject({
      investments: 1,
      invested: 1000,
      realised: 1000,
      actualRoiPct: 0,
      forecastCost: 1000,
      forecastBenefit: 1000,
      forecastRoiPct: 0,
      plannedCost: 1000,
      plannedBenefit: 6000,
      plannedRoiPct: 500,
    });
    expect(p.totals.drafts).toEqual([
      expect.objectContaining({
        currency: "EUR",
        investments: 2,
        invested: 7000,
        realised: 100,
        plannedCost: 97000,
        plannedBenefit: 3600,
      }),
    ]);
    expect(
      p.table.rows
        .filter((r) => !r.counted)
        .map((r) => r.name)
        .sort(),
    ).toEqual(["Dream", "Imported pilot"]);
  });

  it("the chart's band and measured line leave the drafts out", async () => {
    const p = await getWorkspacePortfolio(s.workspace, { today: TODAY });
    // Loyalty alone: 1,000 for 12 × 500 → 500% expected, 380% / 620% at 0.8 / 1.2.
    expect(p.chart.points.at(-1)).toMatchObject({
      period: "2026-12",
      conservative: 380,
      expected: 500,
      optimistic: 620,
    });
    // Measured: 1,000 spent, 1,000 back by February (the imported 7,000 would make it −86.25%).
    expect(p.chart.points.find((pt) => pt.period === "2026-02")?.actual).toBe(0);
  });
});

describe("3. payback: projected month 9 against a planned month 6 is late, and the headline counts match the rows", () => {
  let s: Awaited<ReturnType<typeof portfolioWorkspace>>;
  // 5,500 set-up and 1,000 a month: pays back in month 6.
  const PLAN: Plan = {
    costs: [{ kind: "oneTime", label: "Set-up", amount: 5500, month: 1 }],
    benefits: [{ kind: "fixed", label: "Savings", monthly: 1000 }],
    scenarios: ONE_SCENARIO,
  };
  const months = (n: number, benefit: number) =>
    Array.from({ length: n }, (_, i) => ({
      month: periodOfMonthNumber("2026-01", i + 1),
      cost: i === 0 ? 5500 : 0,
      benefit,
    }));
  beforeAll(async () => {
    s = await portfolioWorkspace();
    const add = (name: string, extra: { currency?: string; approve?: boolean } = {}) =>
      addInvestment(s.ctx, { name, startMonth: "2026-01", horizonMonths: 12, plan: PLAN, ...extra });
    await recordMonths(s.ctx, await add("Late"), months(3, 650), TODAY);
    await recordMonths(s.ctx, await add("On track"), months(3, 1000), TODAY);
    await recordMonths(s.ctx, await add("Paid back"), months(7, 1000), TODAY);
    await add("Not started");
    await recordMonths(s.ctx, await add("Draft late", { approve: false }), months(3, 650), TODAY);
    await recordMonths(s.ctx, await add("Dollar late", { currency: "USD" }), months(3, 650), TODAY);
  });

  it("the late investment: planned month 6, projected month 9", async () => {
    const p = await getWorkspacePortfolio(s.workspace, { today: TODAY });
    expect(rowOf(p, "Late")).toMatchObject({ plannedPaybackMonth: 6, projectedPaybackMonth: 9, paybackStatus: "late" });
    expect(rowOf(p, "On track")).toMatchObject({
      plannedPaybackMonth: 6,
      projectedPaybackMonth: 6,
      paybackStatus: "on_track",
    });
    expect(rowOf(p, "Paid back")).toMatchObject({ projectedPaybackMonth: 6, paybackStatus: "paid_back" });
    expect(rowOf(p, "Not started")).toMatchObject({ projectedPaybackMonth: null, paybackStatus: "unknown" });
  });

  it("the headline's payback counts are every counted row's status (the dollar plan too); drafts apart", async () => {
    const p = await getWorkspacePortfolio(s.workspace, { today: TODAY });
    const tally = (rows: typeof p.table.rows) =>
      Object.fromEntries(
        PAYBACK_STATUSES.map((status) => [status, rows.filter((r) => r.paybackStatus === status).length]),
      ) as Record<PaybackStatus, number>;
    expect(p.totals.headline.payback).toEqual(tally(p.table.rows.filter((r) => r.counted)));
    expect(p.totals.otherCurrencies.map((t) => [t.currency, t.payback])).toEqual([
      ["USD", tally(p.table.rows.filter((r) => r.counted && r.currency === "USD"))],
    ]);
    expect(p.totals.drafts.map((t) => t.payback)).toEqual([tally(p.table.rows.filter((r) => !r.counted))]);
    expect(p.totals.drafts[0].payback.late).toBe(1);
  });

  it("each row's status is the pure rule applied to the investment's own evaluation", async () => {
    const p = await getWorkspacePortfolio(s.workspace, { today: TODAY });
    for (const row of p.table.rows) {
      const evaluation = evaluateInvestment(await getInvestmentDetail(s.ws.id, row.id), { today: TODAY });
      if (!evaluation.ok) throw new Error(`${row.name} does not evaluate`);
      expect(paybackStatusOf(evaluation.result), row.name).toBe(row.paybackStatus);
    }
  });

  it("the pure roll-up of the rows' statuses gives the headline's counts", async () => {
    const p = await getWorkspacePortfolio(s.workspace, { today: TODAY });
    const groups = p.table.rows.map((r) => {
      const tally = emptyTally();
      tally.investments = 1;
      tally.payback[r.paybackStatus] = 1;
      return { currency: r.currency, counted: r.counted, tally };
    });
    expect(assembleTotals(groups, "EUR").headline.payback).toEqual(p.totals.headline.payback);
  });
});

describe("4. a reviewed leak is listed as reviewed (who, why, until when), and opens again when it gets worse", () => {
  let s: Awaited<ReturnType<typeof portfolioWorkspace>>;
  let chatbot = "";
  beforeAll(async () => {
    s = await portfolioWorkspace({ userName: "Rita Reviewer" });
    // 2,000 a month promised, 700 realised: UNDER_FORECAST; April–October not recorded: MISSING_ACTUALS.
    chatbot = await addInvestment(s.ctx, {
      name: "Chatbot",
      startMonth: "2026-01",
      horizonMonths: 24,
      plan: {
        costs: [{ kind: "recurring", label: "Licence", monthly: 500 }],
        benefits: [{ kind: "fixed", label: "Saved hours", monthly: 2000 }],
      },
    });
    await recordMonths(
      s.ctx,
      chatbot,
      ["2026-01", "2026-02", "2026-03"].map((month) => ({ month, cost: 500, benefit: 700 })),
      TODAY,
    );
  });

  it("both leaks are open before any review", async () => {
    const p = await getWorkspacePortfolio(s.workspace, { today: TODAY });
    expect(leaksOf(p.leaks.open, "Chatbot")).toEqual(expect.arrayContaining(["UNDER_FORECAST", "MISSING_ACTUALS"]));
    expect(p.leaks.reviewed).toEqual([]);
  });

  it("acknowledged and snoozed leaks move to leaks.reviewed with reviewer, reason and until-date", async () => {
    const before = await getWorkspacePortfolio(s.workspace, { today: TODAY });
    const under = before.leaks.open.find((l) => l.code === "UNDER_FORECAST");
    expect(under?.atStakeMonthly).toBe(1300); // (6,000 − 2,100) ÷ 3
    await acknowledgeLeak(
      s.ctx,
      { investmentId: chatbot, code: "UNDER_FORECAST", subject: "", reason: "Seasonal dip, agreed with the board" },
      TODAY,
    );
    await snoozeLeak(
      s.ctx,
      { investmentId: chatbot, code: "MISSING_ACTUALS", subject: "", until: "2027-01", reason: "Bookkeeper on leave" },
      TODAY,
    );

    const p = await getWorkspacePortfolio(s.workspace, { today: TODAY });
    expect(leaksOf(p.leaks.open, "Chatbot")).not.toContain("UNDER_FORECAST");
    expect(leaksOf(p.leaks.open, "Chatbot")).not.toContain("MISSING_ACTUALS");
    const reviewed = Object.fromEntries(p.leaks.reviewed.map((l) => [l.code, l]));
    expect(reviewed.UNDER_FORECAST).toMatchObject({
      investmentName: "Chatbot",
      hidden: true,
      atStakeMonthly: 1300,
      review: {
        kind: "acknowledged",
        reason: "Seasonal dip, agreed with the board",
        by: "Rita Reviewer",
        snoozedUntil: null,
        atStakeMonthly: 1300,
      },
    });
    expect(reviewed.MISSING_ACTUALS).toMatchObject({
      hidden: true,
      review: { kind: "snoozed", reason: "Bookkeeper on leave", by: "Rita Reviewer", snoozedUntil: "2027-01-01" },
    });
    // The open count and the headline leave them out, but nothing is silently dropped.
    expect(p.leaks.openCount + p.leaks.reviewed.length).toBe(before.leaks.openCount);
    expect(p.totals.headline.leaks).toBe(p.leaks.openCount);
  });

  it("a snooze ends with its month: on 1 January 2027 the leak is open again", async () => {
    const december = await getWorkspacePortfolio(s.workspace, { today: new Date("2026-12-31T23:00:00Z") });
    expect(leaksOf(december.leaks.reviewed, "Chatbot")).toContain("MISSING_ACTUALS");
    const p = await getWorkspacePortfolio(s.workspace, { today: new Date("2027-01-01T00:00:00Z") });
    const missing = p.leaks.open.find((l) => l.investmentName === "Chatbot" && l.code === "MISSING_ACTUALS");
    // Open because the snooze is over, not because it got worse.
    expect(missing).toMatchObject({ hidden: false, review: { kind: "snoozed", snoozedUntil: "2027-01-01" } });
    expect(missing?.atStakeMonthly).toBeLessThanOrEqual(missing?.review?.atStakeMonthly ?? -1);
    // Back to today: still snoozed.
    const back = await getWorkspacePortfolio(s.workspace, { today: TODAY });
    expect(leaksOf(back.leaks.reviewed, "Chatbot")).toContain("MISSING_ACTUALS");
  });

  it("the acknowledged leak is open again once it gets worse (more money at stake), showing the review it outgrew", async () => {
    // April brings in nothing: (8,000 − 2,100) ÷ 4 = 1,475 a month at stake, more than 1,300.
    await recordMonths(s.ctx, chatbot, [{ month: "2026-04", cost: 500, benefit: 0 }], TODAY);
    const p = await getWorkspacePortfolio(s.workspace, { today: TODAY });
    const under = p.leaks.open.find((l) => l.investmentName === "Chatbot" && l.code === "UNDER_FORECAST");
    expect(under).toMatchObject({
      hidden: false,
      atStakeMonthly: 1475,
      review: { kind: "acknowledged", atStakeMonthly: 1300 },
    });
    expect(p.leaks.reviewed.map((l) => l.code)).not.toContain("UNDER_FORECAST");
  });
});

describe("5. an approved investment that gets actuals becomes active and is expected to record every past month", () => {
  let s: Awaited<ReturnType<typeof portfolioWorkspace>>;
  let crm = "";
  beforeAll(async () => {
    s = await portfolioWorkspace({ userName: "Ed Editor" });
    crm = await addInvestment(s.ctx, {
      name: "CRM",
      startMonth: "2026-08",
      horizonMonths: 12,
      plan: {
        costs: [{ kind: "recurring", label: "Seats", monthly: 300 }],
        benefits: [{ kind: "fixed", label: "Sales time", monthly: 1000 }],
      },
    });
  });

  it("is approved, with nothing expected yet", async () => {
    const p = await getWorkspacePortfolio(s.workspace, { today: TODAY });
    expect(rowOf(p, "CRM")).toMatchObject({ status: "approved", recordedMonths: 0, missingMonths: 0 });
  });

  it("recording September makes it active (audited), and August and October are missing", async () => {
    await recordMonths(s.ctx, crm, [{ month: "2026-09", cost: 300, benefit: 900 }], TODAY);
    const investment = await getDb().investment.findUniqueOrThrow({ where: { id: crm } });
    expect(investment.status).toBe("active");
    const audit = await getDb().auditLog.findMany({
      where: { workspaceId: s.ws.id, entityId: crm, action: "investment.status" },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: s.owner.id,
      before: { status: "approved" },
      after: { status: "active" },
    });

    const p = await getWorkspacePortfolio(s.workspace, { today: TODAY });
    expect(rowOf(p, "CRM")).toMatchObject({
      status: "active",
      counted: true,
      recordedMonths: 1,
      expectedMonths: 3,
      missingMonths: 2,
      invested: 300,
      realised: 900,
    });
    const missing = p.leaks.open.find((l) => l.investmentName === "CRM" && l.code === "MISSING_ACTUALS");
    expect(missing).toMatchObject({ months: [1, 3], params: { months: [1, 3], periods: ["2026-08", "2026-10"] } });
    expect(p.totals.headline.missingMonths).toBe(2);
  });
});

describe("6. a re-forecast does not move the goalposts of the months already recorded", () => {
  let s: Awaited<ReturnType<typeof portfolioWorkspace>>;
  let bot = "";
  // v1 promised 2,000 a month for a 500 licence; eight months realised 700. Month 9 is November.
  const start = periodOfMonthNumber(currentPeriod(TODAY), -7);
  const planWith = (monthly: number): Plan => ({
    costs: [{ kind: "recurring", label: "Licence", monthly: 500 }],
    benefits: [{ kind: "fixed", label: "Saved support hours", monthly }],
  });
  beforeAll(async () => {
    s = await portfolioWorkspace();
    bot = await addInvestment(s.ctx, {
      name: "Support bot",
      category: "ai_automation",
      startMonth: start,
      horizonMonths: 24,
      plan: planWith(2000),
    });
    await recordMonths(
      s.ctx,
      bot,
      Array.from({ length: 8 }, (_, i) => ({ month: periodOfMonthNumber(start, i + 1), cost: 500, benefit: 700 })),
      TODAY,
    );
  });

  const expectAgainstV1 = (p: WorkspacePortfolio) => {
    expect(rowOf(p, "Support bot")).toMatchObject({
      invested: 4000,
      realised: 5600,
      actualRoiPct: 40,
      forecastRoiPct: 300,
    });
    expect(p.totals.headline).toMatchObject({ forecastCost: 4000, forecastBenefit: 16000, forecastRoiPct: 300 });
    expect(p.leaks.open.find((l) => l.code === "UNDER_FORECAST")).toMatchObject({
      investmentName: "Support bot",
      atStakeMonthly: 1300,
    });
  };

  it("before: compared with v1, UNDER_FORECAST at 1,300 a month", async () => {
    expect(start).toBe("2026-03");
    expectAgainstV1(await getWorkspacePortfolio(s.workspace, { today: TODAY }));
  });

  it("after v2 (800 a month): the recorded months still compare with v1 and UNDER_FORECAST stays; the plan ahead is v2", async () => {
    expect(await reforecast(s.ctx, bot, planWith(800), "Adoption is slower than hoped: lower target")).toMatchObject({
      version: 2,
    });
    const p = await getWorkspacePortfolio(s.workspace, { today: TODAY });
    expectAgainstV1(p);
    expect(rowOf(p, "Support bot")).toMatchObject({ versionUsed: 2, plannedRoiPct: 60 });
    expect(p.totals.headline).toMatchObject({ plannedCost: 12000, plannedBenefit: 19200 });
    const stored = await getDb().investmentFigures.findUniqueOrThrow({ where: { investmentId: bot } });
    expect([
      stored.forecastCost.toFixed(2),
      stored.forecastBenefit.toFixed(2),
      stored.forecastRoiPct?.toFixed(2),
    ]).toEqual(["4000.00", "16000.00", "300.00"]);
  });
});

describe("7. leaks are stored as a code with typed params and rendered in the reader's language", () => {
  let s: Awaited<ReturnType<typeof portfolioWorkspace>>;
  beforeAll(async () => {
    s = await portfolioWorkspace();
    const bot = await addInvestment(s.ctx, {
      name: "Support bot",
      startMonth: "2026-03",
      horizonMonths: 24,
      plan: {
        costs: [{ kind: "recurring", label: "Licence", monthly: 500 }],
        benefits: [{ kind: "fixed", label: "Saved hours", monthly: 2000 }],
      },
    });
    // Seven of the eight past months: 700 instead of 2,000, and May is missing.
    const recorded = Array.from({ length: 8 }, (_, i) => periodOfMonthNumber("2026-03", i + 1)).filter(
      (m) => m !== "2026-05",
    );
    await recordMonths(
      s.ctx,
      bot,
      recorded.map((month) => ({ month, cost: 500, benefit: 700 })),
      TODAY,
    );
  });

  it("each stored leak has a code and the params its code needs, and no English sentence", async () => {
    await getWorkspacePortfolio(s.workspace, { today: TODAY });
    const findings = await getDb().leakFinding.findMany({ where: { workspaceId: s.ws.id } });
    expect(findings.map((f) => f.code).sort()).toEqual(expect.arrayContaining(["MISSING_ACTUALS", "UNDER_FORECAST"]));
    for (const finding of findings) {
      const leak = finding.leak as unknown as Leak & { message?: unknown };
      expect(leak.code).toBe(finding.code);
      expect(hasLeakParams(leak.code, leak.params), `${leak.code} params ${JSON.stringify(leak.params)}`).toBe(true);
      expect(leak).not.toHaveProperty("message");
    }
    const under = findings.find((f) => f.code === "UNDER_FORECAST")?.leak;
    // 7 × 2,000 forecast, 7 × 700 realised: 65% (9,100) short.
    expect(under).toMatchObject({ params: { belowPct: 65, shortfall: 9100, months: [1, 2, 4, 5, 6, 7, 8] } });
    const missing = findings.find((f) => f.code === "MISSING_ACTUALS")?.leak;
    expect(missing).toMatchObject({ params: { months: [3], periods: ["2026-05"] } });
  });

  it("render in Dutch with Dutch amounts and months (renderLeakMessage)", async () => {
    const p = await getWorkspacePortfolio(s.workspace, { today: TODAY });
    const text = (code: string) => {
      const leak = p.leaks.open.find((l) => l.code === code);
      if (!leak) throw new Error(`no open ${code}`);
      return renderLeakMessage(leak, "nl", leak.currency).replaceAll("\u00a0", " ");
    };
    expect(text("UNDER_FORECAST")).toBe(
      "De gerealiseerde baten liggen 65% onder de prognose (een tekort van € 9.100,00 na maand 1, 2, 4, 5, 6, 7 en 8). " +
        "Zoek uit welke batenbron achterblijft en verbeter die, of stel de prognose eerlijk bij.",
    );
    expect(text("MISSING_ACTUALS")).toMatch(
      /^Geen werkelijke cijfers voor maand 3 \(mei 2026\)\. Vul de kosten en baten/,
    );
    for (const leak of p.leaks.open) {
      expect(renderLeakMessage(leak, "nl", leak.currency)).not.toMatch(/undefined|NaN|null|\{/);
    }
  });

  it("the same stored leak renders in English too (the text is not stored)", async () => {
    const p = await getWorkspacePortfolio(s.workspace, { today: TODAY });
    const under = p.leaks.open.find((l) => l.code === "UNDER_FORECAST");
    expect(under && renderLeakMessage(under, "en", "EUR")).toBe(
      "Realised benefit is 65% below forecast (€9,100.00 short after months 1, 2, 4, 5, 6, 7, 8). Find the benefit driver that lags, fix it, or lower the forecast honestly.",
    );
  });
});
