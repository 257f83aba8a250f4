// The month the month view opens on, decided on a real database: by the query alone with
// `today` injected, and through /w/[slug]/month and the landing after sign-in (the clock set
// to the day the test is about).
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { actAs } from "@/tests/support/session";
import { getDb } from "@/lib/db/client";
import { periodToDate } from "@/lib/investments/months";
import { createUser, createWorkspace } from "@/prisma/factories";
import { findMonthOpeningFacts, openingMonthPath } from "./month-opening-query";

type User = Awaited<ReturnType<typeof createUser>>;
type Workspace = Awaited<ReturnType<typeof createWorkspace>>;

const PLAN = { costs: [{ kind: "oneTime", label: "Set-up", amount: 1000, month: 1 }], benefits: [{ kind: "fixed", label: "Fee", monthly: 300 }] };

async function investment(workspace: Workspace, startMonth: string, options: { archived?: boolean } = {}) {
  return getDb().investment.create({
    data: {
      workspaceId: workspace.id,
      name: `Investment from ${startMonth}`,
      startMonth: periodToDate(startMonth),
      horizonMonths: 24,
      status: "active",
      plan: PLAN,
      archivedAt: options.archived ? new Date("2026-06-01T00:00:00Z") : null,
    },
  });
}
const record = (workspace: Workspace, investmentId: string, month: string) =>
  getDb().actualMonth.create({ data: { workspaceId: workspace.id, investmentId, month: periodToDate(month), cost: "100", benefit: "150" } });
const ctxOf = (workspace: Workspace) => ({ workspace: { id: workspace.id, name: workspace.name, slug: workspace.slug, currency: workspace.currency, locale: workspace.locale } });

let owner: User;
let outsider: User;
/** Investments since March 2026, recorded up to and including October 2026. */
let shop: Workspace;
let shopInvestmentId: string;
/** Another tenant, with actuals for November and December 2026 that must not count for the shop. */
let other: Workspace;
/** Its only investment starts in November 2026. */
let fresh: Workspace;
/** Recorded November 2026 only on an archived investment. */
let archivedOnly: Workspace;

beforeAll(async () => {
  owner = await createUser(getDb(), { name: "Olga Owner" });
  outsider = await createUser(getDb(), { name: "Otto Outsider" });
  shop = await createWorkspace(getDb(), { name: "Shop", members: [{ userId: owner.id, role: "owner" }] });
  shopInvestmentId = (await investment(shop, "2026-03")).id;
  for (const month of ["2026-03", "2026-09", "2026-10"]) await record(shop, shopInvestmentId, month);

  other = await createWorkspace(getDb(), { name: "Other", members: [{ userId: outsider.id, role: "owner" }] });
  const otherInvestment = await investment(other, "2026-01");
  for (const month of ["2026-11", "2026-12"]) await record(other, otherInvestment.id, month);

  fresh = await createWorkspace(getDb(), { name: "Fresh" });
  await investment(fresh, "2026-11");

  archivedOnly = await createWorkspace(getDb(), { name: "Archived only" });
  await investment(archivedOnly, "2026-02");
  const archived = await investment(archivedOnly, "2026-02", { archived: true });
  await record(archivedOnly, archived.id, "2026-11");
});

describe("findMonthOpeningFacts and openingMonthPath (today injected)", () => {
  const firstOfNovember = new Date("2026-11-01T07:00:00Z");

  it("on the 1st, with nothing recorded for the new month yet: the last complete month", async () => {
    expect(await findMonthOpeningFacts(ctxOf(shop), firstOfNovember)).toEqual({ currentMonthHasData: false, firstPeriod: "2026-03" });
    expect(await openingMonthPath(ctxOf(shop), firstOfNovember)).toBe(`/w/${shop.slug}/month/2026-10`);
  });

  it("another workspace's actuals for the current month do not count", async () => {
    expect(await openingMonthPath(ctxOf(other), firstOfNovember)).toBe(`/w/${other.slug}/month/2026-11`);
    expect(await openingMonthPath(ctxOf(shop), new Date("2026-12-01T07:00:00Z"))).toBe(`/w/${shop.slug}/month/2026-11`);
  });

  it("an archived investment's actuals do not count either", async () => {
    expect(await findMonthOpeningFacts(ctxOf(archivedOnly), firstOfNovember)).toEqual({ currentMonthHasData: false, firstPeriod: "2026-02" });
    expect(await openingMonthPath(ctxOf(archivedOnly), firstOfNovember)).toBe(`/w/${archivedOnly.slug}/month/2026-10`);
  });

  it("a workspace whose investments start this month opens on this month", async () => {
    expect(await findMonthOpeningFacts(ctxOf(fresh), firstOfNovember)).toEqual({ currentMonthHasData: false, firstPeriod: "2026-11" });
    expect(await openingMonthPath(ctxOf(fresh), firstOfNovember)).toBe(`/w/${fresh.slug}/month/2026-11`);
  });

  it("over the year boundary: December until January has data", async () => {
    const newYear = new Date("2027-01-01T00:30:00Z");
    expect(await openingMonthPath(ctxOf(other), newYear)).toBe(`/w/${other.slug}/month/2026-12`);
    const january = await record(other, (await getDb().investment.findFirstOrThrow({ where: { workspaceId: other.id } })).id, "2027-01");
    expect(await openingMonthPath(ctxOf(other), newYear)).toBe(`/w/${other.slug}/month/2027-01`);
    await getDb().actualMonth.delete({ where: { id: january.id } });
  });
});

describe("the redirects (the clock set to the day)", () => {
  type Page = { default: (props: { params: Promise<{ slug: string }> }) => Promise<unknown> };
  const redirectOf = async (user: User | null, run: () => Promise<unknown>) => {
    try {
      await actAs(user, run);
    } catch (error) {
      const digest = (error as { digest?: unknown }).digest;
      if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return digest.split(";")[2];
      if (typeof digest === "string" && digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return "404";
      throw error;
    }
    throw new Error("expected a redirect");
  };
  const monthPage = async () => (await import("@/app/(app)/w/[slug]/month/page")) as Page;
  const home = async () => (await import("@/app/page")).default;
  const on = (iso: string) => vi.useFakeTimers({ toFake: ["Date"], now: new Date(iso) });

  afterEach(() => {
    vi.useRealTimers();
  });

  it("/w/[slug]/month opens last month on the 1st, and this month once it has data", async () => {
    on("2026-11-01T07:00:00Z");
    const page = await monthPage();
    expect(await redirectOf(owner, () => page.default({ params: Promise.resolve({ slug: shop.slug }) }))).toBe(`/w/${shop.slug}/month/2026-10`);
    const november = await record(shop, shopInvestmentId, "2026-11");
    expect(await redirectOf(owner, () => page.default({ params: Promise.resolve({ slug: shop.slug }) }))).toBe(`/w/${shop.slug}/month/2026-11`);
    await getDb().actualMonth.delete({ where: { id: november.id } });
  });

  it("/w/[slug]/month answers 404 to an outsider before looking at months", async () => {
    on("2026-11-01T07:00:00Z");
    const page = await monthPage();
    expect(await redirectOf(outsider, () => page.default({ params: Promise.resolve({ slug: shop.slug }) }))).toBe("404");
  });

  it("the landing after sign-in opens the single workspace at the month that needs action", async () => {
    on("2026-11-01T07:00:00Z");
    const landing = await home();
    expect(await redirectOf(owner, () => landing())).toBe(`/w/${shop.slug}/month/2026-10`);
    // Otto owns only the other workspace, which has November data.
    expect(await redirectOf(outsider, () => landing())).toBe(`/w/${other.slug}/month/2026-11`);
    expect(await redirectOf(null, () => landing())).toBe("/sign-in");
  });
});
