import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { periodToDate } from "@/lib/investments/months";
import type { PaybackStatus } from "@/lib/portfolio/payback";
import { createWorkspace } from "@/prisma/factories";
import { loadReportModel } from "./load-report-data";
import { renderInvestmentReport, renderWorkspaceReport } from "./render";
import type { ReportModel, ReportTotals } from "./report-model";

// One EUR workspace: two approved plans in EUR (one late, with a reviewed leak), one in
// USD and a draft. The PDF must add only the EUR plans, list USD and the draft apart, and
// keep the reviewed leak with who reviewed it.
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

const statusesOf = (model: ReportModel, totals: ReportTotals) => {
  const counts: Record<PaybackStatus, number> = { paid_back: 0, on_track: 0, late: 0, unknown: 0 };
  for (const id of totals.investmentIds) counts[model.investments.find((i) => i.id === id)!.paybackStatus] += 1;
  return counts;
};

describe("honest report figures", () => {
  it("adds only the counted EUR plans; USD is listed apart with its own sums, the draft apart too", async () => {
    const model = await load("en");
    expect(model.summary.headline).toMatchObject({
      currency: "EUR",
      investments: 2,
      invested: 11000,
      realised: 7800,
      net: -3200,
    });
    expect(model.summary.headline.investmentIds.sort()).toEqual([ids["Web shop"], ids["Slow shop"]].sort());
    expect(model.summary.otherCurrencies).toEqual([
      expect.objectContaining({
        currency: "USD",
        investments: 1,
        invested: 50000,
        realised: 2000,
        investmentIds: [ids["US ads"]],
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
    for (const totals of [headline, ...otherCurrencies, ...drafts])
      expect(totals.payback).toEqual(statusesOf(model, totals));
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
    const openInHeadline = model.leaks.filter((l) => model.summary.headline.investmentIds.includes(l.investmentId));
    expect(model.summary.headline.openLeaks).toBe(openInHeadline.length);
  });

  it("prints all of it: the other currency and the drafts under their own titles, the review in words (en and nl)", async () => {
    const en = pdfText(await renderWorkspaceReport(await load("en")), "honest-en");
    expect(en).toContain("2 approved or running investments in EUR");
    expect(en).toContain("€11,000.00");
    expect(en).toContain("Investments in USD (not added to the EUR totals)");
    expect(en).toContain("US$50,000.00");
    expect(en).toContain("Drafts in EUR (not counted)");
    expect(en).toContain("Reviewed value leaks");
    expect(en).toContain("Reviewed by Demi de Consultant on 3 Nov 2026 — Seasonal dip, agreed with the owner");
    const nl = pdfText(await renderWorkspaceReport(await load("nl")), "honest-nl");
    expect(nl).toContain("Beoordeeld door Demi de Consultant op 3 nov 2026 — Seasonal dip, agreed with the owner");
    expect(nl).toContain("Investeringen in USD (niet opgeteld bij de totalen in EUR)");
  });

  it("the one-page report keeps the reviewed leak too", async () => {
    const model = await load("en", ids["Slow shop"]);
    expect(model.investments.map((i) => i.id)).toEqual([ids["Slow shop"]]);
    const text = pdfText(await renderInvestmentReport(model, ids["Slow shop"]), "slow-shop");
    expect(text).toContain("Page 1 of 1");
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
