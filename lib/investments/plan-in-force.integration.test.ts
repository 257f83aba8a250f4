import { describe, expect, it } from "vitest";
import { signInAs } from "@/tests/support/session";
import { saveActuals } from "@/lib/actuals/mutations";
import { saveActualsInput } from "@/lib/actuals/schemas";
import { getDb } from "@/lib/db/client";
import { createUser, createWorkspace } from "@/prisma/factories";
import { workspaceContextFor } from "@/tests/support/workspace-context";
import { approvePlanAction, createInvestmentAction, savePlanAction } from "./actions";
import { evaluateInvestment, type InvestmentEvaluation } from "./evaluate-investment";
import { currentPeriod, periodOfMonthNumber } from "./months";
import { getInvestmentDetail } from "./queries";

// Issue 10, "re-forecast moves the goalposts": v1 promised 2,000 a month; eight months
// realised 700; then v2 lowered the target to 800. Month 9 is the current month.
const today = new Date("2026-06-15T10:00:00Z");
const startMonth = periodOfMonthNumber(currentPeriod(today), -7);
const period = (n: number) => periodOfMonthNumber(startMonth, n);
const planWith = (monthly: number) => ({
  costs: [{ kind: "recurring", label: "Licence", monthly: 500 }],
  benefits: [{ kind: "fixed", label: "Saved support hours", monthly }],
});

async function setup() {
  const editor = await createUser(getDb(), { name: "Eva Editor" });
  const ws = await createWorkspace(getDb(), { members: [{ userId: editor.id, role: "editor" }] });
  signInAs(editor);
  const created = await createInvestmentAction({
    workspaceSlug: ws.slug,
    name: "Support chatbot",
    category: "ai_automation",
    startMonth,
    horizonMonths: 24,
    currency: "EUR",
    plan: JSON.stringify(planWith(2000)),
  });
  if (!created.ok) throw new Error(JSON.stringify(created));
  const investmentId = created.data.id;
  const approved = await approvePlanAction({ workspaceSlug: ws.slug, investmentId, revision: 1 });
  if (!approved.ok) throw new Error(JSON.stringify(approved));
  const ctx = await workspaceContextFor(editor, ws.slug);
  const record = (month: number) =>
    saveActuals(
      ctx,
      saveActualsInput.parse({ investmentId, month: period(month), cost: "500", benefit: "700", baseRevision: null }),
      today,
    );
  for (let month = 1; month <= 8; month++) await record(month);
  return { ws, investmentId, record };
}

type Setup = Awaited<ReturnType<typeof setup>>;

async function reforecast(s: Setup) {
  const { revision } = await getDb().investment.findFirstOrThrow({
    where: { id: s.investmentId, workspaceId: s.ws.id },
  });
  const saved = await savePlanAction({
    workspaceSlug: s.ws.slug,
    investmentId: s.investmentId,
    revision,
    plan: JSON.stringify(planWith(800)),
    reason: "Adoption is slower than hoped: lower target",
  });
  expect(saved).toMatchObject({ ok: true, data: { version: 2 } });
}

async function evaluate(s: Setup, options: Parameters<typeof evaluateInvestment>[1] = {}) {
  const evaluation = evaluateInvestment(await getInvestmentDetail(s.ws.id, s.investmentId), { today, ...options });
  if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.errors));
  return evaluation;
}

const underForecast = (evaluation: Extract<InvestmentEvaluation, { ok: true }>) =>
  evaluation.result.leaks.find((leak) => leak.code === "UNDER_FORECAST");

// Eight months of v1: 4,000 cost and 16,000 benefit → ROI 300%; realised 5,600 → 40%.
const againstV1 = { forecastCost: 4000, forecastBenefit: 16000, forecastNet: 12000, forecastRoiPct: 300 };
// The same months of v2: 6,400 benefit → ROI 60%; realised is only 12.5% short of that.
const againstV2 = { forecastCost: 4000, forecastBenefit: 6400, forecastNet: 2400, forecastRoiPct: 60 };

describe("a re-forecast does not move the goalposts", () => {
  it("keeps comparing the recorded months with the plan in force when they were recorded", async () => {
    const s = await setup();
    const before = await evaluate(s);
    expect(before.result.actuals?.totals).toMatchObject({ roiPct: 40, forecastBenefit: 16000, forecastRoiPct: 300 });
    const leakBefore = underForecast(before);
    // (16,000 − 5,600) ÷ 8 recorded months.
    expect(leakBefore).toMatchObject({ months: [1, 2, 3, 4, 5, 6, 7, 8], atStakeMonthly: 1300 });
    expect(before.planComparison).toMatchObject({
      originalVersion: 1,
      currentVersion: 1,
      differs: false,
      comparedVersions: [1],
    });

    await reforecast(s);
    const after = await evaluate(s);
    expect(after.versionUsed).toBe(2);
    // The forecast of the future follows v2 …
    expect(after.result.scenarios.expected?.months[8].benefit).toBe(800);
    // … the forecast for the same (past) months stays v1's, and so does the leak.
    expect(after.result.actuals?.months.map((m) => m.forecastBenefit)).toEqual(Array(8).fill(2000));
    expect(after.result.actuals?.totals).toMatchObject({
      roiPct: 40,
      forecastBenefit: 16000,
      forecastRoiPct: 300,
      benefitVariance: -10400,
    });
    expect(underForecast(after)).toEqual(leakBefore);
    expect(after.planComparison).toEqual({
      basis: "in-force",
      originalVersion: 1,
      currentVersion: 2,
      comparedVersions: [1],
      unversionedMonths: [],
      recordedMonths: 8,
      differs: true,
      againstOriginal: againstV1,
      againstCurrent: againstV2,
      againstInForce: againstV1,
    });

    // The bug as it was: against the current plan only, the shortfall disappears.
    const moved = await evaluate(s, { compareWith: "evaluated" });
    expect(moved.result.actuals?.totals).toMatchObject({ forecastBenefit: 6400, forecastRoiPct: 60 });
    expect(underForecast(moved)).toBeUndefined();
  });

  it("compares a month recorded after the re-forecast with the new plan", async () => {
    const s = await setup();
    await reforecast(s);
    await s.record(9);
    const evaluation = await evaluate(s);
    expect(evaluation.result.actuals?.months.map((m) => m.forecastBenefit)).toEqual([...Array(8).fill(2000), 800]);
    expect(evaluation.planComparison).toMatchObject({
      comparedVersions: [1, 2],
      recordedMonths: 9,
      againstOriginal: { forecastBenefit: 18000 },
      againstCurrent: { forecastBenefit: 7200 },
      againstInForce: { forecastBenefit: 16800 },
    });
  });
});
