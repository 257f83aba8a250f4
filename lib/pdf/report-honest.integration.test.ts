import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { periodToDate } from "@/lib/investments/months";
import type { PaybackStatus } from "@/lib/portfolio/payback";
import { LEAK_CATALOGUES } from "@/lib/leaks/leak-messages";
import { createWorkspace } from "@/prisma/factories";
import { loadReportModel } from "./load-report-data";
import { renderInvestmentReport, renderWorkspaceReport } from "./render";
import type { ReportModel, ReportTotals } from "./report-model";

// One EUR workspace: two approved plans in EUR (one late, with a reviewed leak), one in
// USD and a draft, and no exchange rates. The PDF counts the USD plan in the headline but
// adds none of its money (no rate: nothing is guessed) and says the headline is incomplete,
// lists USD with its own sums and the draft apart, and keeps the reviewed leak with who
// reviewed it. (Conversion with rates: report.integration.test.ts and report-model.test.ts.)
const today = new Date("2026-11-15T12:00:00Z");
const period = { from: "2026-01", to: "2026-10" };
const work = mkdtempSync(path.join(tmpdir(), "realised-pdf-honest-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PLAN = {
  costs: [{ kind: "oneTime", label: "Set-up", amount: 5500, month: 1 }],
  benefits: [{ kind: "fixed", label: "Savings", monthly: 1000 }],
};
let workspaceId = "";
const ids: Record<string, string> = {};

async function addInvestment(input: {
  name: string;
  currency?: string;
  status?: "active" | "draft";
  benefit?: number;
  cost?: number;
  months?: number;
}) {
  const investment = await getDb().investment.create({
    data: {
      workspaceId,
      name: input.name,
      currency: input.currency ?? "EUR",
      status: input.status ?? "active",
      startMonth: periodToDate("2026-01"),
      horizonMonths: 12,
      plan: input.cost ? { ...PLAN, costs: [{ ...PLAN.costs[0], amount: input.cost }] } : PLAN,
    },
  });
  ids[input.name] = investment.id;
  const months = input.months ?? 0;
  for (let m = 1; m <= months; m++) {
    await getDb().actualMonth.create({
      data: {
        workspaceId,
        investmentId: investment.id,
        month: periodToDate(`2026-${String(m).padStart(2, "0")}`),
        cost: m === 1 ? String(input.cost ?? 5500) : "0",
        benefit: String(input.benefit ?? 1000),
      },
    });
  }
  return investment;
}

beforeAll(async () => {
  workspaceId = (await createWorkspace(getDb(), { name: "Honest BV", currency: "EUR", locale: "en-GB" })).id;
  await addInvestment({ name: "Web shop", months: 6 });
  await addInvestment({ name: "Slow shop", months: 6, benefit: 300 });
  await addInvestment({ name: "US ads", currency: "USD", cost: 50000, months: 2 });
  await addInvestment({ name: "Dream", status: "draft", cost: 90000 });
  // Acknowledged while at most 1,000,000 a month is at stake: hidden from the open list.
  await getDb().leakReview.create({
    data: {
      workspaceId,
      investmentId: ids["Slow shop"],
      code: "UNDER_FORECAST",
      kind: "acknowledged",
      reason: "Seasonal dip, agreed with the owner",
      atStakeMonthly: "1000000.00",
      createdByName: "Demi de Consultant",
      createdAt: new Date("2026-11-03T10:00:00Z"),
    },
  });
});

const load = (locale: "en" | "nl", investmentId?: string) =>
  loadReportModel({
    workspaceId,
    investmentId,
    period,
    scenario: "expected",
    locale,
    generatedAt: today,
    consultantName: "",
  });

function pdfText(pdf: Buffer, name: string): string {
  const file = path.join(work, `${name}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" })
    .replace(/\u00a0/g, " ")
    .replace(/\s+/g, " ");
}

/** pdftotext in drawing order (-raw): each cover card's label is followed by its figure. */
function pdfDrawnText(pdf: Buffer, name: string): string {
  const file = path.join(work, `${name}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-raw", file, "-"], { encoding: "utf8" })
    .replace(/\u00a0/g, " ")
    .replace(/\s+/g, " ");
}

const statusesOf = (model: ReportModel, totals: ReportTotals) => {
  const counts: Record<PaybackStatus, number> = { paid_back: 0, on_track: 0, late: 0, unknown: 0 };
  for (const id of totals.investmentIds) counts[model.investments.find((i) => i.id === id)!.paybackStatus] += 1;
  return counts;
};

describe("honest report figures", () => {
  it("adds the EUR plans' money; USD without rates adds none and makes the headline incomplete; the draft apart", async () => {
    const model = await load("en");
    expect(model.summary.headline).toMatchObject({
      currency: "EUR",
      investments: 3,
      invested: 11000,
      realised: 7800,
      net: -3200,
    });
    // Every month of the USD plan (2026-01 … 2026-12) has amounts and no rate.
    expect(model.summary.conversion.complete).toBe(false);
    expect(model.summary.conversion.missing).toHaveLength(12);
    expect(model.summary.conversion.missing[0]).toEqual({ from: "USD", to: "EUR", period: "2026-01" });
    expect(model.summary.headline.investmentIds.sort()).toEqual([ids["Web shop"], ids["Slow shop"]].sort());
    expect(model.summary.otherCurrencies).toEqual([
      expect.objectContaining({
        currency: "USD",
        investments: 1,
        invested: 50000,
        realised: 2000,
        investmentIds: [ids["US ads"]],
        converted: { currency: "EUR", invested: 0, realised: 0, net: 0, actualRoiPct: null },
      }),
    ]);
    expect(model.summary.drafts).toEqual([
      expect.objectContaining({ currency: "EUR", investments: 1, investmentIds: [ids["Dream"]] }),
    ]);
    expect(model.investments.find((i) => i.id === ids["Dream"])).toMatchObject({ counted: false, status: "draft" });
  });

  it("payback counts of every group equal the statuses of the investments listed under it", async () => {
    const model = await load("en");
    const { headline, otherCurrencies, drafts } = model.summary;
    for (const totals of [...otherCurrencies, ...drafts]) expect(totals.payback).toEqual(statusesOf(model, totals));
    // The headline counts the other currencies' plans too.
    const counted = {
      ...headline,
      investmentIds: [...headline.investmentIds, ...otherCurrencies.flatMap((o) => o.investmentIds)],
    };
    expect(headline.payback).toEqual(statusesOf(model, counted));
    const slow = model.investments.find((i) => i.id === ids["Slow shop"])!;
    expect(slow.paybackStatus).toBe("late");
    expect(slow.projectedPaybackPeriod === null || slow.projectedPaybackPeriod > slow.plannedPaybackPeriod!).toBe(true);
    expect(headline.payback.late).toBeGreaterThanOrEqual(1);
  });

  it("keeps the reviewed leak, with its reviewer, apart from the open ones and out of the open count", async () => {
    const model = await load("en");
    const reviewed = model.reviewedLeaks.find(
      (l) => l.investmentId === ids["Slow shop"] && l.code === "UNDER_FORECAST",
    );
    expect(reviewed?.review).toEqual({
      kind: "acknowledged",
      by: "Demi de Consultant",
      at: "2026-11-03T10:00:00.000Z",
      reason: "Seasonal dip, agreed with the owner",
      until: null,
    });
    expect(model.leaks.some((l) => l.investmentId === ids["Slow shop"] && l.code === "UNDER_FORECAST")).toBe(false);
    const slow = model.investments.find((i) => i.id === ids["Slow shop"])!;
    expect(slow.reviewedLeaks.map((l) => l.code)).toEqual(["UNDER_FORECAST"]);
    const counted = [
      ...model.summary.headline.investmentIds,
      ...model.summary.otherCurrencies.flatMap((o) => o.investmentIds),
    ];
    const openInHeadline = model.leaks.filter((l) => counted.includes(l.investmentId));
    expect(model.summary.headline.openLeaks).toBe(openInHeadline.length);
  });

  it("prints all of it: the other currency and the drafts under their own titles, the review in words (en and nl)", async () => {
    const en = pdfText(await renderWorkspaceReport(await load("en")), "honest-en");
    expect(en).toContain("3 approved or running investments, in EUR: amounts in USD are converted month by month");
    expect(en).toContain(
      "Incomplete: 12 exchange rates are missing, so those months are not in the EUR totals: 2026-01 USD→EUR",
    );
    expect(en).toContain("€11,000.00");
    expect(en).toContain("Investments in USD (converted into EUR in the totals)");
    expect(en).toContain("$50,000.00");
    expect(en).toContain("Drafts in EUR (not counted)");
    expect(en).toContain("Reviewed value leaks");
    expect(en).toContain("Reviewed by Demi de Consultant on 3 Nov 2026 — Seasonal dip, agreed with the owner");
    const nl = pdfText(await renderWorkspaceReport(await load("nl")), "honest-nl");
    expect(nl).toContain("Beoordeeld door Demi de Consultant op 3 nov 2026 — Seasonal dip, agreed with the owner");
    expect(nl).toContain("Investeringen in USD (omgerekend naar EUR in de totalen)");
    expect(nl).toContain("US$ 50.000,00");
  });

  it("the one-page report keeps the reviewed leak too", async () => {
    const model = await load("en", ids["Slow shop"]);
    expect(model.investments.map((i) => i.id)).toEqual([ids["Slow shop"]]);
    const text = pdfText(await renderInvestmentReport(model, ids["Slow shop"]), "slow-shop");
    // The investment's own report: its section alone (a month table may take it onto a second page).
    expect(text).toMatch(/Page 1 of \d/);
    expect(text).not.toContain("Executive summary");
    expect(text).toContain("Reviewed by Demi de Consultant");
  });

  it("a snooze shows its month; once the leak is worse than when reviewed, it is open again", async () => {
    await getDb().leakReview.create({
      data: {
        workspaceId,
        investmentId: ids["Slow shop"],
        code: "UNDER_FORECAST",
        kind: "snoozed",
        snoozedUntil: periodToDate("2027-01"),
        reason: "Wait for the winter figures",
        atStakeMonthly: "1000000.00",
        createdByName: "Sanne",
        createdAt: new Date("2026-11-04T10:00:00Z"),
      },
    });
    const snoozed = await load("en");
    expect(snoozed.reviewedLeaks.find((l) => l.code === "UNDER_FORECAST")?.review).toMatchObject({
      kind: "snoozed",
      by: "Sanne",
      until: "2027-01",
    });
    expect(pdfText(await renderWorkspaceReport(snoozed), "snoozed")).toContain(
      "Reviewed by Sanne on 4 Nov 2026 — Wait for the winter figures (until January 2027)",
    );

    await getDb().leakReview.create({
      data: {
        workspaceId,
        investmentId: ids["Slow shop"],
        code: "UNDER_FORECAST",
        kind: "acknowledged",
        reason: "Small",
        atStakeMonthly: "1.00",
        createdByName: "Sanne",
        createdAt: new Date("2026-11-05T10:00:00Z"),
      },
    });
    const worse = await load("en");
    expect(worse.leaks.some((l) => l.investmentId === ids["Slow shop"] && l.code === "UNDER_FORECAST")).toBe(true);
    expect(worse.reviewedLeaks).toEqual([]);
  });
});

describe("the cover and the executive summary (en and nl)", () => {
  // Web shop and Slow shop share the plan: cost 5500 in month 1, benefit 1000 a month for 12
  // months, the engine's 8% (the workspace sets no rate). Net flows: −4500, then 1000 × 11.
  // Discount factor of month m: 1.08^(−m/12); month 1: 0.99360710…, months 2–12 together: 10.51925075…
  // NPV = −4500 × 0.99360710 + 1000 × 10.51925075 = −4471.23196 + 10519.25075 = 6048.02 (cents).
  // EUR headline: 6048.02 + 6048.02 = 12096.04. USD ads (cost 50000): −49000 × 0.99360710 +
  // 10519.25075 = −38167.50, apart. The draft (cost 90000): −89000 × 0.99360710 + 10519.25075 = −77911.78.
  it("the NPV of the plans per currency, never added across currencies", async () => {
    const model = await load("en");
    expect(model.summary.headline).toMatchObject({ currency: "EUR", npv: 12096.04, npvMissing: 0 });
    expect(model.summary.otherCurrencies).toEqual([expect.objectContaining({ currency: "USD", npv: -38167.5 })]);
    expect(model.summary.drafts).toEqual([expect.objectContaining({ currency: "EUR", npv: -77911.78 })]);
  });

  it("prints the headline figures on the cover, the NPV per currency and the top leaks with next steps", async () => {
    // Invested 5500 + 5500 = 11000; realised 6 × 1000 + 6 × 300 = 7800; ROI (7800 − 11000) ÷ 11000 = −29.09%.
    const en = pdfDrawnText(await renderWorkspaceReport(await load("en")), "cover-en");
    const [cover, rest] = [en.slice(0, en.indexOf("Page 1 of")), en.slice(en.indexOf("Page 1 of"))];
    expect(cover).toContain("Honest BV");
    expect(cover).toContain("Invested to the end of the period €11,000.00");
    expect(cover).toContain("Realised benefit €7,800.00");
    expect(cover).toContain("Actual ROI -29.09%");
    expect(cover).toContain("NPV of the plans (expected) €12,096.04");
    expect(cover).toContain("Incomplete: 12 exchange rates are missing (see the executive summary).");
    expect(cover).toContain("In USD: 1 investment; invested $50,000.00");
    const summary = rest.slice(0, rest.indexOf("Page 2 of"));
    expect(summary).toContain("NPV of the plans (expected) €12,096.04");
    expect(summary).toContain("NPV of the plans (expected) -$38,167.50");
    expect(summary).toContain("The NPV counts plans in EUR only: an NPV is not converted.");
    expect(summary).toContain("NPV: each plan discounted at its own rate, else 8%.");
    const model = await load("en");
    const top = model.leaks.slice(0, 3);
    expect(top.length).toBeGreaterThan(0);
    top.forEach((leak, i) => {
      expect(summary).toContain(`${i + 1}. ${leak.investmentName}:`);
      expect(summary).toContain(`Next step: ${LEAK_CATALOGUES.en.codes[leak.code].nextStep}`);
    });
    expect(en).toContain("Appendix: definitions and formulas");
    for (const term of [
      "Discounting",
      "NPV (net present value)",
      "IRR (internal rate of return)",
      "Rate in this report",
    ])
      expect(en).toContain(term);

    const nl = pdfDrawnText(await renderWorkspaceReport(await load("nl")), "cover-nl");
    const nlCover = nl.slice(0, nl.indexOf("Pagina 1 van"));
    expect(nlCover).toContain("Geïnvesteerd t/m de periode € 11.000,00");
    expect(nlCover).toContain("Gerealiseerde opbrengst € 7.800,00");
    expect(nlCover).toContain("ROI werkelijk -29,09%");
    expect(nl).toContain("NPV van de plannen (verwacht) € 12.096,04");
    expect(nl).toContain("Volgende stap: ");
    for (const term of [
      "Bijlage: begrippen en formules",
      "Disconteren",
      "IRR (interne rentabiliteit)",
      "Verdisconteerd terugverdienen",
    ])
      expect(nl).toContain(term);
  });
});
