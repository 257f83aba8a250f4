import { beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "@/tests/support/session";
import { getDb } from "@/lib/db/client";
import { getWorkspaceDashboard } from "@/lib/dashboard/workspace-dashboard";
import { createUser } from "@/prisma/factories";
import { seedDemo } from "@/prisma/seed";
import { workspaceContextFor } from "@/tests/support/workspace-context";
import { acknowledgeLeakAction, snoozeLeakAction, updateLeakThresholdsAction } from "./actions";
import { acknowledgeLeak, snoozeLeak } from "./mutations";

// The demo is seeded relative to this day, and the dashboard looks at it from there.
const today = new Date("2026-11-15T12:00:00Z");

let bakery = { id: "", slug: "bakkerij-de-vries" };
let bikes = { id: "", slug: "fietsenwinkel-jansen" };
let consultant = { id: "", email: "", name: "" };

beforeAll(async () => {
  await seedDemo(getDb(), { today });
  bakery = await getDb().workspace.findUniqueOrThrow({ where: { slug: "bakkerij-de-vries" } });
  bikes = await getDb().workspace.findUniqueOrThrow({ where: { slug: "fietsenwinkel-jansen" } });
  consultant = await getDb().user.findUniqueOrThrow({ where: { email: "demo@realised.local" } });
  signInAs(consultant);
});

const codesOf = async (workspaceId: string, day = today) =>
  (await getWorkspaceDashboard(workspaceId, { today: day })).leaks.map((l) => `${l.investmentName}:${l.code}`);

describe("leak reviews", () => {
  it("an acknowledged leak disappears, and comes back when it gets worse", async () => {
    const ai = await getDb().investment.findFirstOrThrow({ where: { workspaceId: bakery.id, name: "AI-marketingtool" } });
    expect(await codesOf(bakery.id)).toContain("AI-marketingtool:UNDER_FORECAST");
    const ctx = await workspaceContextFor(consultant, bakery.slug);
    await acknowledgeLeak(ctx, { investmentId: ai.id, code: "UNDER_FORECAST", subject: "", reason: "Campaign paused in summer" }, today);
    expect(await codesOf(bakery.id)).not.toContain("AI-marketingtool:UNDER_FORECAST");
    expect((await getWorkspaceDashboard(bakery.id, { today })).hiddenLeaks).toBe(1);
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { workspaceId: bakery.id, action: "leak.acknowledge" } });
    expect(audit.after).toMatchObject({ code: "UNDER_FORECAST", reason: "Campaign paused in summer" });

    // The last recorded month brings in nothing: the shortfall grows, so the leak is back.
    const last = await getDb().actualMonth.findFirstOrThrow({ where: { investmentId: ai.id }, orderBy: { month: "desc" } });
    await getDb().actualMonth.update({ where: { id: last.id }, data: { benefit: "0" } });
    expect(await codesOf(bakery.id)).toContain("AI-marketingtool:UNDER_FORECAST");
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
    expect(await codesOf(bakery.id)).not.toContain("Online bestelformulier:NO_BASELINE");
    expect(await codesOf(bakery.id, new Date("2026-12-31T23:00:00Z"))).not.toContain("Online bestelformulier:NO_BASELINE");
    expect(await codesOf(bakery.id, new Date("2027-01-01T00:00:00Z"))).toContain("Online bestelformulier:NO_BASELINE");
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
    expect(await codesOf(bikes.id)).toContain("Google Ads voor e-bikes:COST_OVERRUN");
    const thresholds = { underForecastPct: 20, underForecastMinMonths: 2, costOverrunPct: 100, zombieBenefitPct: 5, zombieMinMonths: 3, kpiRegressionTolerancePct: 0, paybackSlipGraceMonths: 0, negativeAfterRampGraceMonths: 0 };
    const bad = await updateLeakThresholdsAction({ workspaceSlug: bikes.slug, ...thresholds, costOverrunPct: -5 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.fieldErrors.costOverrunPct).toBeDefined();
    expect((await updateLeakThresholdsAction({ workspaceSlug: bikes.slug, ...thresholds })).ok).toBe(true);
    expect(await codesOf(bikes.id)).not.toContain("Google Ads voor e-bikes:COST_OVERRUN");
  });
});
