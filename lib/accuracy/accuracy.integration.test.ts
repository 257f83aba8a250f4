import { beforeAll, describe, expect, it } from "vitest";
// First: it replaces "who is signed in" before the page loads the session module.
import { actAs } from "@/tests/support/session";
import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { AccuracyOverview } from "@/components/accuracy/accuracy-overview";
import { getConsultantOverview } from "@/lib/dashboard/consultant-overview";
import { getDb } from "@/lib/db/client";
import en from "@/lib/i18n/messages/en.json";
import nl from "@/lib/i18n/messages/nl.json";
import { getInvestmentDetail } from "@/lib/investments/queries";
import type { FiguresDetail } from "@/lib/portfolio/investment-figures";
import { discountedFiguresOf } from "@/lib/portfolio/investment-figures";
import { createUser } from "@/prisma/factories";
import { addInvestment, portfolioWorkspace, recordMonths, reforecast, type Plan } from "@/tests/support/portfolio-writes";
import { forecastDriftOf } from "./drift";
import { getWorkspaceAccuracy, type WorkspaceAccuracy } from "./workspace-accuracy";

// Forecast accuracy through the real writes: the refresh stores each plan version's accuracy
// (and the plan in force's discounted figures, at the workspace's discount rate) in the
// stored figures; the accuracy page and the consultant overview read them back. As of
// 15 November 2026; accuracy and NPV depend on the recorded months and the plans, not the date.
const TODAY = new Date("2026-11-15T12:00:00Z");
const ONE_SCENARIO = { conservative: 1, expected: 1, optimistic: 1 };
const plan = (monthly: number): Plan => ({
  costs: [{ kind: "oneTime", label: "Set-up", amount: 2000, month: 1 }],
  benefits: [{ kind: "fixed", label: "Repeat sales", monthly }],
  scenarios: ONE_SCENARIO,
});

/** The page's markup (a .ts file: integration tests are not JSX). */
function renderPage(locale: "en" | "nl", messages: typeof en | typeof nl, slug: string, accuracy: WorkspaceAccuracy) {
  const page = createElement(AccuracyOverview, { slug, accuracy });
  // createElement takes the children as its third argument, which the provider's props type does not see.
  const Provider = NextIntlClientProvider as (props: Omit<ComponentProps<typeof NextIntlClientProvider>, "children">) => ReactNode;
  return renderToStaticMarkup(createElement(Provider, { locale, messages, timeZone: "Europe/Amsterdam" }, page)).replace(/\u00a0|\u202f/g, " ");
}

let s: Awaited<ReturnType<typeof portfolioWorkspace>>;
let loyalty: string;

beforeAll(async () => {
  s = await portfolioWorkspace();
  // 0%: NPV is then the plain net sum, hand-checkable; the engine's default (8%) would differ.
  await getDb().workspace.update({ where: { id: s.ws.id }, data: { discountRatePct: "0" } });
  // v1 forecast 1,000 a month; Jan–Mar realise 400, 600, 800; v2 lowers it to 600; Apr–May realise 500 each.
  loyalty = await addInvestment(s.ctx, { name: "Loyalty", category: "loyalty", startMonth: "2026-01", horizonMonths: 12, plan: plan(1000) });
  await recordMonths(s.ctx, loyalty, [
    { month: "2026-01", cost: 2000, benefit: 400 },
    { month: "2026-02", cost: 0, benefit: 600 },
    { month: "2026-03", cost: 0, benefit: 800 },
  ], TODAY);
  await reforecast(s.ctx, loyalty, plan(600), "Slower uptake than planned");
  await recordMonths(s.ctx, loyalty, [
    { month: "2026-04", cost: 0, benefit: 500 },
    { month: "2026-05", cost: 0, benefit: 500 },
  ], TODAY);
  // Robots forecast 600 a month; Jan–Feb realise 300 and 500.
  const robots = await addInvestment(s.ctx, { name: "Robots", category: "process", startMonth: "2026-01", horizonMonths: 12, plan: plan(600) });
  await recordMonths(s.ctx, robots, [
    { month: "2026-01", cost: 2000, benefit: 300 },
    { month: "2026-02", cost: 0, benefit: 500 },
  ], TODAY);
  // Ads realised nothing yet: not measurable.
  const ads = await addInvestment(s.ctx, { name: "Ads", category: "process", startMonth: "2026-01", horizonMonths: 12, plan: plan(100) });
  await recordMonths(s.ctx, ads, [{ month: "2026-01", cost: 2000, benefit: 0 }], TODAY);
  // A draft has no plan version: no accuracy at all.
  await addInvestment(s.ctx, { name: "Draft", startMonth: "2026-01", horizonMonths: 12, plan: plan(100), approve: false });
});

describe("the refresh stores accuracy and discounted figures", () => {
  it("keeps each plan version's forecast against the realised benefit, and the plan in force's NPV at the workspace's rate", async () => {
    const stored = await getDb().investmentFigures.findUniqueOrThrow({ where: { investmentId: loyalty } });
    const detail = stored.detail as unknown as FiguresDetail;
    expect(detail.accuracy).toEqual([
      // Jan–May against v1: 5 × 1,000 = 5,000 vs 400 + 600 + 800 + 500 + 500 = 2,800;
      // (5,000 − 2,800) ÷ 2,800 × 100 = 78.571… → 78.57.
      expect.objectContaining({ version: 1, fromPeriod: "2026-01", months: 5, forecastBenefit: "5000.00", actualBenefit: "2800.00", errorPct: 78.57, gap: null }),
      // Apr–May against v2: 2 × 600 = 1,200 vs 1,000; 20%.
      expect.objectContaining({ version: 2, fromPeriod: "2026-04", months: 2, forecastBenefit: "1200.00", actualBenefit: "1000.00", errorPct: 20, gap: null }),
    ]);
    // v2 at 0%: 12 × 600 − 2,000 = 5,200. Discounted payback: cumulative benefit 600, 1,200,
    // 1,800, 2,400 against the 2,000 spent in month 1 → month 4.
    expect(discountedFiguresOf(stored.detail)).toMatchObject({ npv: "5200.00", discountedPaybackMonth: 4, discountRatePct: 0 });
    // The flows change sign once (−1,400, then +600 a month): an IRR exists and is positive.
    expect(detail.irrPct).toBeGreaterThan(0);
  });

  it("the drift of the investment page agrees with the stored accuracy", async () => {
    const drift = forecastDriftOf(await getInvestmentDetail(s.ws.id, loyalty));
    const stored = await getDb().investmentFigures.findUniqueOrThrow({ where: { investmentId: loyalty } });
    expect(drift.accuracy).toEqual((stored.detail as unknown as FiguresDetail).accuracy);
    // May: v1 5 × 1,000; v2 5 × 600 (same start month); realised 2,800.
    expect(drift.points.find((p) => p.period === "2026-05")).toEqual({ period: "2026-05", v1: 5000, v2: 3000, actual: 2800 });
  });
});

describe("the accuracy page", () => {
  it("sums the stored versions: headline, by category and per investment", async () => {
    const accuracy = await getWorkspaceAccuracy(s.ws.id, TODAY);
    // Measurable: Loyalty v1 78.57, v2 20, Robots v1 (1,200 − 800) ÷ 800 = 50; Ads v1 realised 0.
    // Bias (78.57 + 20 + 50) ÷ 3 = 148.57 ÷ 3 = 49.5233… → 49.52 (all positive, so MAPE alike).
    expect(accuracy.overall).toEqual({ n: 3, notMeasurable: 1, biasPct: 49.52, mapePct: 49.52 });
    expect(accuracy.byCategory).toEqual([
      // (78.57 + 20) ÷ 2 = 49.285 → 49.29.
      { category: "loyalty", n: 2, notMeasurable: 0, biasPct: 49.29, mapePct: 49.29 },
      { category: "process", n: 1, notMeasurable: 1, biasPct: 50, mapePct: 50 },
    ]);
    expect(accuracy.investments.map((i) => [i.name, i.latest?.version, i.latest?.errorPct ?? i.latest?.gap])).toEqual([
      ["Ads", 1, "ZERO_ACTUAL"],
      ["Loyalty", 2, 20],
      ["Robots", 1, 50],
    ]);
  });

  it.each([["en", en], ["nl", nl]] as const)("renders in %s with n and the caution of few observations", async (locale, messages) => {
    const accuracy = await getWorkspaceAccuracy(s.ws.id, TODAY);
    const html = renderPage(locale, messages, s.ws.slug, accuracy);
    expect(html).toContain(locale === "en" ? "+49.52%" : "+49,52%");
    expect(html).toContain(locale === "en" ? "Based on only 3 plan versions" : "Gebaseerd op slechts 3 planversies");
    expect(html).toContain(`/w/${s.ws.slug}/investments/${loyalty}`);
    expect(html).toContain(locale === "en" ? "nothing realised yet" : "nog niets gerealiseerd");
  });

  it("renders for a member and is not found for an outsider", async () => {
    const page = (await import("@/app/(app)/w/[slug]/accuracy/page")).default;
    const render = (user: { id: string; email: string; name: string }) => actAs(user, () => page({ params: Promise.resolve({ slug: s.ws.slug }) }));
    expect(await render(s.owner)).toBeTruthy();
    const outsider = await createUser(getDb());
    await expect(render(outsider)).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/) });
  });

  it("explains when accuracy becomes measurable when nothing is", async () => {
    const empty = await portfolioWorkspace();
    const accuracy = await getWorkspaceAccuracy(empty.ws.id, TODAY);
    expect(accuracy).toEqual({ overall: { n: 0, notMeasurable: 0, biasPct: null, mapePct: null }, byCategory: [], investments: [] });
    const html = renderPage("en", en, empty.ws.slug, accuracy);
    expect(html).toContain("Accuracy becomes measurable once an approved plan has months with realised benefit recorded");
  });
});

describe("the consultant overview", () => {
  it("gives each client its bias and MAPE with n, and sorts by MAPE", async () => {
    // The owner of this workspace is also a viewer of a second client with one measurable version.
    const other = await portfolioWorkspace();
    await getDb().membership.create({ data: { userId: s.owner.id, workspaceId: other.ws.id, role: "viewer" } });
    // Forecast 1,000 in January against 1,250 realised: (1,000 − 1,250) ÷ 1,250 = −20%.
    const shop = await addInvestment(other.ctx, { name: "Shop", startMonth: "2026-01", horizonMonths: 12, plan: plan(1000) });
    await recordMonths(other.ctx, shop, [{ month: "2026-01", cost: 2000, benefit: 1250 }], TODAY);

    const overview = await getConsultantOverview(s.owner.id, { today: TODAY, sort: "accuracy", direction: "desc" });
    expect(overview.rows.map((r) => [r.workspaceId, r.accuracy])).toEqual([
      // Largest MAPE first: 49.52 before 20.
      [s.ws.id, { n: 3, notMeasurable: 1, biasPct: 49.52, mapePct: 49.52 }],
      [other.ws.id, { n: 1, notMeasurable: 0, biasPct: -20, mapePct: 20 }],
    ]);
    const ascending = await getConsultantOverview(s.owner.id, { today: TODAY, sort: "accuracy", direction: "asc" });
    expect(ascending.rows.map((r) => r.workspaceId)).toEqual([other.ws.id, s.ws.id]);
  });
});
