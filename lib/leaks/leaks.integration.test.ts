import { beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "@/tests/support/session";
import { getDb } from "@/lib/db/client";
import { refreshInvestmentFigures } from "@/lib/portfolio/refresh";
import { getWorkspacePortfolio } from "@/lib/portfolio/workspace-portfolio";
import { createUser, createWorkspace } from "@/prisma/factories";
import { seedDemo } from "@/prisma/seed";
import { appErrorOf, workspaceContextFor } from "@/tests/support/workspace-context";
import { acknowledgeLeakAction, snoozeLeakAction, undoLeakReviewAction, updateLeakThresholdsAction } from "./actions";
import { acknowledgeLeak, snoozeLeak, undoLeakReview } from "./mutations";

// The demo is seeded relative to this day, and the dashboard looks at it from there.
const today = new Date("2026-11-15T12:00:00Z");

let bakery = { id: "", slug: "bakkerij-de-vries", currency: "EUR" };
let bikes = { id: "", slug: "fietsenwinkel-jansen", currency: "EUR" };
let consultant = { id: "", email: "", name: "" };

beforeAll(async () => {
  await seedDemo(getDb(), { today });
  bakery = await getDb().workspace.findUniqueOrThrow({ where: { slug: "bakkerij-de-vries" } });
  bikes = await getDb().workspace.findUniqueOrThrow({ where: { slug: "fietsenwinkel-jansen" } });
  consultant = await getDb().user.findUniqueOrThrow({ where: { email: "demo@realised.local" } });
  signInAs(consultant);
});

const leaksOf = async (workspace: { id: string; currency: string }, day = today) => (await getWorkspacePortfolio(workspace, { today: day, leakLimit: 100 })).leaks;
const codesOf = async (workspace: { id: string; currency: string }, day = today) => (await leaksOf(workspace, day)).open.map((l) => `${l.investmentName}:${l.code}`);

describe("leak reviews", () => {
  it("an acknowledged leak disappears, and comes back when it gets worse", async () => {
    const ai = await getDb().investment.findFirstOrThrow({ where: { workspaceId: bakery.id, name: "AI-marketingtool" } });
    expect(await codesOf(bakery)).toContain("AI-marketingtool:UNDER_FORECAST");
    const ctx = await workspaceContextFor(consultant, bakery.slug);
    await acknowledgeLeak(ctx, { investmentId: ai.id, code: "UNDER_FORECAST", subject: "", reason: "Campaign paused in summer" }, today);
    expect(await codesOf(bakery)).not.toContain("AI-marketingtool:UNDER_FORECAST");
    expect((await leaksOf(bakery)).reviewed.map((l) => [l.investmentName, l.code, l.review?.reason])).toEqual([["AI-marketingtool", "UNDER_FORECAST", "Campaign paused in summer"]]);
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { workspaceId: bakery.id, action: "leak.acknowledge" } });
    expect(audit.after).toMatchObject({ code: "UNDER_FORECAST", reason: "Campaign paused in summer" });

    // The last recorded month brings in nothing: the shortfall grows, so the leak is back.
    const last = await getDb().actualMonth.findFirstOrThrow({ where: { investmentId: ai.id }, orderBy: { month: "desc" } });
    await getDb().$transaction(async (tx) => {
      await tx.actualMonth.update({ where: { id: last.id }, data: { benefit: "0" } });
      await refreshInvestmentFigures(tx, { workspaceId: bakery.id, investmentId: ai.id, fromMonth: last.month, today });
    });
    expect(await codesOf(bakery)).toContain("AI-marketingtool:UNDER_FORECAST");
  });

  it("a snoozed leak stays away until the chosen month", async () => {
    const form = await getDb().investment.findFirstOrThrow({ where: { workspaceId: bakery.id, name: "Online bestelformulier" } });
    const past = await snoozeLeakAction({ workspaceSlug: bakery.slug, investmentId: form.id, code: "NO_BASELINE", until: "2020-01" });
    expect(past.ok).toBe(false);
    if (!past.ok) expect(past.fieldErrors.until).toBeDefined();
    const ctx = await workspaceContextFor(consultant, bakery.slug);
    const snooze = (until: string) =>
      snoozeLeak(ctx, { investmentId: form.id, code: "NO_BASELINE", subject: "", until, reason: "Baseline measured next quarter" }, today);
    // On 2026-11-15 the current month is not "future" either.
    await expect(snooze("2026-11")).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { until: ["Snooze until a future month"] } });
    await snooze("2027-01");
    expect(await codesOf(bakery)).not.toContain("Online bestelformulier:NO_BASELINE");
    expect(await codesOf(bakery, new Date("2026-12-31T23:00:00Z"))).not.toContain("Online bestelformulier:NO_BASELINE");
    expect(await codesOf(bakery, new Date("2027-01-01T00:00:00Z"))).toContain("Online bestelformulier:NO_BASELINE");
  });

  it("refuses to review a leak that is not open, and viewers cannot review", async () => {
    const form = await getDb().investment.findFirstOrThrow({ where: { workspaceId: bakery.id, name: "Online bestelformulier" } });
    expect(await acknowledgeLeakAction({ workspaceSlug: bakery.slug, investmentId: form.id, code: "ZOMBIE_COST", reason: "Not a leak" })).toMatchObject({ ok: false, error: "NOT_FOUND" });
    const viewer = await createUser(getDb());
    await getDb().membership.create({ data: { workspaceId: bakery.id, userId: viewer.id, role: "viewer" } });
    signInAs(viewer);
    expect(await acknowledgeLeakAction({ workspaceSlug: bakery.slug, investmentId: form.id, code: "MISSING_ACTUALS", reason: "x y z" })).toMatchObject({ ok: false, error: "FORBIDDEN" });
    signInAs(consultant);
  });

  it("owners change the thresholds: a 100% cost-overrun threshold silences the Google Ads overrun", async () => {
    expect(await codesOf(bikes)).toContain("Google Ads voor e-bikes:COST_OVERRUN");
    const thresholds = { underForecastPct: 20, underForecastMinMonths: 2, costOverrunPct: 100, zombieBenefitPct: 5, zombieMinMonths: 3, kpiRegressionTolerancePct: 0, paybackSlipGraceMonths: 0, negativeAfterRampGraceMonths: 0 };
    const bad = await updateLeakThresholdsAction({ workspaceSlug: bikes.slug, ...thresholds, costOverrunPct: -5 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.fieldErrors.costOverrunPct).toBeDefined();
    expect((await updateLeakThresholdsAction({ workspaceSlug: bikes.slug, ...thresholds })).ok).toBe(true);
    expect(await codesOf(bikes)).not.toContain("Google Ads voor e-bikes:COST_OVERRUN");
  });

  it("undoing a review opens the leak again, audited; another workspace's review is not found and stays", async () => {
    const form = await getDb().investment.findFirstOrThrow({ where: { workspaceId: bakery.id, name: "Online bestelformulier" } });
    const ctx = await workspaceContextFor(consultant, bakery.slug);
    const { id } = await acknowledgeLeak(ctx, { investmentId: form.id, code: "MISSING_ACTUALS", subject: "", reason: "Owner on holiday" }, today);
    expect(await codesOf(bakery)).not.toContain("Online bestelformulier:MISSING_ACTUALS");
    const reviewed = (await leaksOf(bakery)).reviewed.find((l) => l.review?.id === id);
    expect(reviewed?.review).toMatchObject({ by: consultant.name, reason: "Owner on holiday", kind: "acknowledged" });

    // The same review id under another workspace the caller belongs to: not found, nothing deleted.
    const bikesCtx = await workspaceContextFor(consultant, bikes.slug);
    expect((await appErrorOf(undoLeakReview(bikesCtx, { reviewId: id }))).code).toBe("NOT_FOUND");
    expect(await undoLeakReviewAction({ workspaceSlug: bikes.slug, reviewId: id })).toMatchObject({ ok: false, error: "NOT_FOUND" });
    // And from a workspace the caller is not a member of.
    const outsider = await createUser(getDb());
    const elsewhere = await createWorkspace(getDb(), { members: [{ userId: outsider.id, role: "owner" }] });
    signInAs(outsider);
    expect(await undoLeakReviewAction({ workspaceSlug: elsewhere.slug, reviewId: id })).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await undoLeakReviewAction({ workspaceSlug: bakery.slug, reviewId: id })).toMatchObject({ ok: false, error: "NOT_FOUND" });
    signInAs(consultant);
    expect(await getDb().leakReview.count({ where: { id } })).toBe(1);

    expect(await undoLeakReviewAction({ workspaceSlug: bakery.slug, reviewId: id })).toEqual({ ok: true, data: { id } });
    expect(await getDb().leakReview.count({ where: { id } })).toBe(0);
    expect(await codesOf(bakery)).toContain("Online bestelformulier:MISSING_ACTUALS");
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { workspaceId: bakery.id, action: "leak.review-undo", entityId: id } });
    expect(audit.before).toMatchObject({ id, code: "MISSING_ACTUALS", reason: "Owner on holiday", createdByName: consultant.name });
    expect(await undoLeakReviewAction({ workspaceSlug: bakery.slug, reviewId: id })).toMatchObject({ ok: false, error: "NOT_FOUND" });
  });

  it("viewers cannot undo a review", async () => {
    const form = await getDb().investment.findFirstOrThrow({ where: { workspaceId: bakery.id, name: "Online bestelformulier" } });
    const ctx = await workspaceContextFor(consultant, bakery.slug);
    const { id } = await acknowledgeLeak(ctx, { investmentId: form.id, code: "MISSING_ACTUALS", subject: "", reason: "Owner on holiday" }, today);
    const viewer = await createUser(getDb());
    await getDb().membership.create({ data: { workspaceId: bakery.id, userId: viewer.id, role: "viewer" } });
    signInAs(viewer);
    expect(await undoLeakReviewAction({ workspaceSlug: bakery.slug, reviewId: id })).toMatchObject({ ok: false, error: "FORBIDDEN" });
    signInAs(consultant);
    expect(await getDb().leakReview.count({ where: { id } })).toBe(1);
  });
});
